// The validator and the app agree on every file: each odd file of tests/fixtures/odd/ is read by
// `cargo nec-data check-data` and by the app in Chromium, and the test fails when one accepts
// what the other refuses, or when they name different places or say different things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openPage, repo, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const corpus = path.join(repo, 'tests', 'fixtures', 'odd');
const files = readdirSync(corpus).filter((name) => name.endsWith('.json')).sort();

/** The organisers' command, built once. */
function validator() {
  execFileSync('cargo', ['build', '--quiet', '--package', 'nec-publish'], { cwd: repo, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
  return path.join(target, 'debug', 'nec-publish');
}

/** What check-data says of a file: accepted, and each error as [path, what] (French). */
function checkData(binary, file) {
  const run = spawnSync(binary, ['check-data', file], { encoding: 'utf8' });
  const errors = run.stdout
    .split('\n')
    .filter((line) => /^erreur\s/.test(line))
    .map((line) => {
      const message = line.replace(/^erreur\s+/, '');
      const at = message.indexOf(' : ');
      const where = message.slice(0, at);
      return [where === '.' ? '' : where, message.slice(at + 3)];
    });
  return { accepted: run.status === 0, errors };
}

/** What the app shows of a file: accepted, and each error as [path, what] (French). */
async function app(page, name) {
  await page.goto(`${server.origin}/programme?programme=/test-fixtures/odd/${name}`);
  await page.locator('.data-error, .session-card').first().waitFor({ timeout: 15000 });
  if (await page.locator('.data-error').count() === 0) {
    return { accepted: true, errors: [] };
  }
  const errors = await page.locator('.data-error .problems li').evaluateAll((items) => items.map((li) => {
    const code = li.querySelector('code');
    const where = code ? code.textContent : '';
    const text = li.textContent.slice(where.length).replace(/^\s*:\s*/, '');
    // A whole-file problem starts with a capital letter in the app, as a sentence.
    return [where, code ? text : text.charAt(0).toLowerCase() + text.slice(1)];
  }));
  return { accepted: false, errors };
}

test('check-data and the app accept, refuse and place every odd file alike', { timeout: 600000 }, async () => {
  assert.ok(files.length >= 60, `the corpus has ${files.length} files`);
  const binary = validator();
  const { context, page, problems } = await openPage(browser);
  const disagreements = [];
  let accepted = 0;
  let placed = 0;
  for (const name of files) {
    const cli = checkData(binary, path.join(corpus, name));
    const shown = await app(page, name);
    if (cli.accepted) accepted += 1;
    placed += shown.errors.length;
    if (cli.accepted !== shown.accepted) {
      disagreements.push(`${name}: check-data ${cli.accepted ? 'accepts' : 'refuses'} it, the app ${shown.accepted ? 'accepts' : 'refuses'} it`);
    } else if (JSON.stringify(cli.errors) !== JSON.stringify(shown.errors)) {
      disagreements.push(`${name}:\n  check-data: ${JSON.stringify(cli.errors)}\n  app:        ${JSON.stringify(shown.errors)}`);
    }
    if (!cli.accepted) {
      assert.ok(cli.errors.length > 0, `${name}: refused without a problem named`);
    }
  }
  assert.deepEqual(disagreements, []);
  // Both kinds are in the corpus: the files that must load do.
  assert.ok(accepted >= 4 && accepted < files.length, `${accepted} accepted`);
  assert.ok(placed > files.length - accepted, `${placed} problems compared`);
  assert.deepEqual(problems, []);
  await context.close();
});
