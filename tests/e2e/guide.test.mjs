// The README's guide "Publier pour votre événement" cannot drift: every command of its code
// blocks runs here as written, in the repository, and what the guide says comes out does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repo } from './support.mjs';

const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
const guide = readme.slice(readme.indexOf('<!-- guide:start'), readme.indexOf('<!-- guide:end -->'));

/** The commands of the guide's shell blocks, in order, each once (the English part repeats the
 * French one's). */
function commands() {
  const found = [];
  for (const [, block] of guide.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block.split('\n').map((l) => l.trim())) {
      if (line && !line.startsWith('#') && !found.includes(line)) found.push(line);
    }
  }
  return found;
}

test('the guide has its commands, the same in French and in English', () => {
  assert.ok(guide.length > 0, 'README.md has the guide between its markers');
  const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  const half = blocks.length / 2;
  assert.ok(half >= 2);
  assert.deepEqual(blocks.slice(0, half), blocks.slice(half), 'the English guide runs the same commands');
  assert.ok(guide.indexOf('### Publishing for your event') > guide.indexOf('Vérifiez-le et regardez-le'), 'French first');
});

test('every command of the guide runs as written and makes what the guide says', { timeout: 900000 }, () => {
  const list = commands();
  assert.deepEqual(list.map((c) => c.split(' ').slice(0, 3).join(' ')), [
    'cargo nec-data import-sheet', 'cargo nec-data check-data', 'cargo nec-data check-venue', 'cargo xtask package']);
  for (const command of list) {
    // Words as a shell reads them: "a quoted title" is one.
    const [program, ...args] = command.match(/"[^"]*"|\S+/g).map((word) => word.replace(/^"(.*)"$/, '$1'));
    const run = spawnSync(program, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 0, `${command}\n${run.stdout}\n${run.stderr}`);
  }
  // What step 2 says the spreadsheet gives: the NEC 2022 template, as a checked programme.
  const imported = JSON.parse(readFileSync(path.join(repo, 'target', 'mon-programme.json'), 'utf8'));
  assert.equal(imported.event.name, 'Numérique en Commun[s] 2022');
  assert.equal(imported.event.time_zone, 'Europe/Paris');
  assert.equal(imported.sessions.length, JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8')).sessions.length);
  // What step 3 says you get.
  const made = path.join(repo, 'target', 'package', 'nec2022-nec-lyon');
  for (const file of ['site/index.html', 'site/publier.html', 'site/modele-programme.csv', 'site/sw.js', 'site/.htaccess', 'site/404.html', 'site/.nojekyll',
    'site/_redirects', 'site/_headers', 'nginx/nec2022-nec-lyon.conf', 'LISEZMOI.txt']) {
    assert.ok(existsSync(path.join(made, file)), file);
  }
  assert.ok(existsSync(`${made}.zip`));
  const manifest = JSON.parse(readFileSync(path.join(made, 'site', 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.short_name, 'NEC 2022', 'the app installs under the event\'s name');
  assert.equal(manifest.scope, '/nec-lyon/');
});
