// The package `cargo xtask package` makes, put online as an organiser does: its zip unpacked,
// its site/ under /nec-lyon/ of a real nginx (Debian's, which `cargo xtask test` installs) that
// runs the server block it ships, only `listen` and `root` changed as its comments ask. Then the
// headers a host must send, and the whole offline journey in Chromium.
//
// `cargo xtask test` makes the package once, in NEC_PACKAGE_DIR; run alone, this file makes it
// (`cargo xtask package`, a release build of about 2 minutes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, openPage, offlineCopyMade, repo, subPath } from './support.mjs';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const SESSION = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques';
const SPEAKER = NEC.speakers[0];
/** The package's name, as xtask/src/package.rs makes it: the event's id, then the path. */
const NAME = `${NEC.event.id}-${subPath.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;

let packageDir;
let prefix;
let nginx;
let origin;
let browser;

/** The files under `dir` (relative, `/`-separated, folders ending with `/`), sorted. */
function tree(dir, prefixPath = '') {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefixPath + name;
    return statSync(full).isDirectory() ? [`${rel}/`, ...tree(full, `${rel}/`)] : [rel];
  });
}

/** Unpacks a zip into `into`, checking each file's CRC-32 (APPNOTE 6.3, section 4.3). */
function unzip(file, into) {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has an end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i += 1) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, `central header ${i}`);
    const [method, crc, size, length] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const name = zip.toString('utf8', at + 46, at + 46 + length);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    assert.ok(!name.split('/').includes('..') && !name.startsWith('/'), name);
    names.push(name);
    const target = path.join(into, name);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + size);
    const data = method === 8 ? zlib.inflateRawSync(stored) : stored;
    assert.equal(zlib.crc32(data), crc, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return names;
}

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  }).on('error', reject);
});

/** One request as a browser or a cache sends it; the body as sent (compressed or not). */
function get(address, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(`${origin}${address}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

before(async () => {
  assert.ok(existsSync(NGINX), `${NGINX} is missing: \`cargo xtask setup\` installs Debian's nginx`);
  if (process.env.NEC_PACKAGE_DIR) {
    packageDir = process.env.NEC_PACKAGE_DIR;
  } else {
    packageDir = path.join(repo, 'target', 'package-e2e');
    const made = spawnSync('cargo', ['xtask', 'package', '--programme', 'public/programme.json',
      '--venue', 'public/venue.json', '--base', subPath, '--out', packageDir], { cwd: repo, stdio: 'inherit' });
    assert.equal(made.status, 0, 'cargo xtask package failed');
  }
  // The zip, unpacked as an organiser does; its site/ in the folder of the path, under the root.
  prefix = mkdtempSync(path.join(os.tmpdir(), 'nec-nginx-'));
  chmodSync(prefix, 0o755); // nginx's workers run as nobody when started as root
  unzip(path.join(packageDir, `${NAME}.zip`), path.join(prefix, 'unzipped'));
  const www = path.join(prefix, 'www');
  mkdirSync(path.dirname(path.join(www, subPath)), { recursive: true });
  renameSync(path.join(prefix, 'unzipped', NAME, 'site'), path.join(www, subPath));

  // The shipped server block, with the two lines its comments say to change.
  let server = readFileSync(path.join(prefix, 'unzipped', NAME, 'nginx', `${NAME}.conf`), 'utf8');
  const port = await freePort();
  const change = (from, to) => {
    assert.equal(server.split(from).length, 2, `the server block has "${from}" once`);
    server = server.replace(from, to);
  };
  change('    listen 80;', `    listen 127.0.0.1:${port};`);
  change('    root /var/www;', `    root ${www};`);
  // Its brotli line, as its comment says, where Debian's module is there (`cargo xtask setup`).
  const brotli = existsSync(BROTLI_MODULE);
  if (brotli) change('# brotli_static on;', 'brotli_static on;');
  writeFileSync(path.join(prefix, 'server.conf'), server);
  const temp = (name) => `${name}_temp_path ${prefix}/temp-${name};`;
  writeFileSync(path.join(prefix, 'nginx.conf'), [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${prefix}/access.log;`,
    `    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}`,
    `    include ${prefix}/server.conf;`,
    '}',
    '',
  ].join('\n'));
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t refused the configuration:\n${check.stderr}`);
  nginx = spawn(NGINX, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    const up = await get(subPath).then((r) => r.status === 200, () => false);
    if (up) break;
    assert.ok(i < 100 && nginx.exitCode === null, `nginx did not answer: ${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((resolve) => nginx.once('exit', resolve));
    process.kill(nginx.pid, 'SIGTERM');
    await stopped;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const at = (address) => `${subPath}${address.replace(/^\//, '')}`;
const site = () => path.join(prefix, 'www', subPath);
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('the zip holds the package folder, file for file', () => {
  const unzipped = path.join(prefix, 'unzipped', NAME);
  const inZip = [...tree(unzipped), 'site/', ...tree(site()).map((rel) => `site/${rel}`)].sort();
  assert.deepEqual(inZip, tree(path.join(packageDir, NAME)));
  for (const rel of tree(site()).filter((r) => !r.endsWith('/'))) {
    assert.equal(sha(readFileSync(path.join(site(), rel))), sha(readFileSync(path.join(packageDir, NAME, 'site', rel))), rel);
  }
  // What each host needs is in it.
  for (const rel of ['LISEZMOI.txt', `nginx/${NAME}.conf`, 'site/.htaccess', 'site/_redirects', 'site/_headers', 'site/404.html', 'site/.nojekyll']) {
    assert.ok(inZip.includes(rel), rel);
  }
  assert.equal(readFileSync(path.join(site(), '404.html'), 'utf8'), readFileSync(path.join(site(), 'index.html'), 'utf8'));
});

test('nginx with the shipped server block: types, caching, deep links, compression', async () => {
  const files = readdirSync(site());
  const wasm = files.find((f) => /-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const js = files.find((f) => /-[0-9a-f]{16}\.js$/.test(f));
  const index = readFileSync(path.join(site(), 'index.html'));
  const year = /max-age=31536000/;

  // The worker is never kept by a cache.
  const worker = await get(at('/sw.js'));
  assert.equal(worker.status, 200);
  assert.match(worker.headers['cache-control'], /no-store/);
  assert.match(worker.headers['cache-control'], /no-cache/);
  assert.doesNotMatch(worker.headers['cache-control'], year);

  // Files named after their content: a year, immutable; the WASM with its type.
  const code = await get(at(`/${wasm}`));
  assert.equal(code.status, 200);
  assert.equal(code.headers['content-type'], 'application/wasm');
  assert.match(code.headers['cache-control'], year);
  assert.match(code.headers['cache-control'], /immutable/);
  assert.equal(sha(code.body), sha(readFileSync(path.join(site(), wasm))));
  assert.match((await get(at(`/${js}`))).headers['cache-control'], year);
  assert.match((await get(at(`/${js}`))).headers['content-type'], /javascript/);

  // The organisers' page is itself, not the app: its page, its own WASM, its templates.
  const organisers = await get(at('/publier.html'));
  assert.equal(organisers.status, 200);
  assert.match(organisers.headers['content-type'], /text\/html/);
  assert.equal(sha(organisers.body), sha(readFileSync(path.join(site(), 'publier.html'))));
  const own = files.find((f) => /^nec-publier-[0-9a-f]{16}_bg\.wasm$/.test(f));
  assert.equal((await get(at(`/${own}`))).headers['content-type'], 'application/wasm');
  const template = await get(at('/modele-programme.csv'));
  assert.equal(template.status, 200);
  assert.match(template.body.toString(), /titre/i);

  // The manifest with its type; data and pages asked again each time.
  const manifest = await get(at('/manifest.webmanifest'));
  assert.equal(manifest.headers['content-type'], 'application/manifest+json');
  assert.equal(JSON.parse(manifest.body).scope, subPath);
  for (const address of ['/programme.json', '/venue.json', '/index.html', '/icon.svg']) {
    const answer = await get(at(address));
    assert.equal(answer.status, 200, address);
    assert.equal(answer.headers['cache-control'], 'no-cache', address);
  }

  // Deep links are the app, with a 200, whatever their ids (dots allowed: programme-format.md);
  // the path without its slash leads to it; a missing file is a 404, never the app; nothing is
  // served outside the path.
  for (const address of ['/', '/programme', `/session/${SESSION}`, '/session/s.2022_REX-1', `/intervenant/${SPEAKER.id}`, '/plan', '/agenda/partage', '/icons']) {
    const answer = await get(at(address));
    assert.equal(answer.status, 200, address);
    assert.match(answer.headers['content-type'], /^text\/html/, address);
    assert.equal(answer.headers['cache-control'], 'no-cache', address);
    assert.equal(sha(answer.body), sha(index), address);
  }
  const bare = await get(subPath.replace(/\/$/, ''));
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location, origin).pathname, subPath);
  assert.equal((await get(at('/nothing.js'))).status, 404);
  assert.equal((await get(at('/session/nothing.json'))).status, 404);
  assert.equal((await get('/programme')).status, 404);

  // Compressed when asked: the WASM from its .gz (or .br) beside it, pages and data on the fly.
  const gzipped = await get(at(`/${wasm}`), { 'accept-encoding': 'gzip' });
  assert.equal(gzipped.headers['content-encoding'], 'gzip');
  assert.match(gzipped.headers.vary ?? '', /accept-encoding/i);
  assert.equal(sha(zlib.gunzipSync(gzipped.body)), sha(code.body));
  assert.equal(sha(gzipped.body), sha(readFileSync(path.join(site(), `${wasm}.gz`))), 'the .gz written by the package');
  assert.equal(gzipped.headers['content-type'], 'application/wasm');
  assert.match(gzipped.headers['cache-control'], year);
  if (existsSync(BROTLI_MODULE)) {
    const brotli = await get(at(`/${wasm}`), { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(sha(zlib.brotliDecompressSync(brotli.body)), sha(code.body));
  }
  for (const address of [`/session/${SESSION}`, '/programme.json', '/sw.js', '/manifest.webmanifest']) {
    const answer = await get(at(address), { 'accept-encoding': 'gzip' });
    assert.equal(answer.headers['content-encoding'], 'gzip', address);
    const plain = await get(at(address));
    assert.equal(plain.headers['content-encoding'], undefined, address);
    assert.equal(sha(zlib.gunzipSync(answer.body)), sha(plain.body), address);
  }
  assert.equal((await get(at('/icons/icon-192.png'), { 'accept-encoding': 'gzip' })).headers['content-encoding'], undefined);
});

test('on nginx under a sub-path: installed on a first visit, then offline: deep links, a shared agenda', { timeout: 180000 }, async () => {
  const { context, page, problems, requests } = await openPage(browser);
  await page.goto(`${origin}${at('/programme')}`);
  await page.locator('.session-card').first().waitFor();
  await offlineCopyMade(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, `${origin}${subPath}`);
  // Keep a session, and take the agenda's share link.
  await page.goto(`${origin}${at(`/session/${SESSION}`)}`);
  await page.locator('.session-actions button.star').click();
  await page.locator('.session-actions button.star[data-kept="true"]').waitFor();
  await page.goto(`${origin}${at('/agenda')}`);
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  assert.ok(link.startsWith(`${origin}${subPath}agenda/partage#`), link);

  await context.setOffline(true);
  const visits = [
    [`/session/${SESSION}`, 'h1', /Ouverture de la Journée nationale/],
    [`/intervenant/${SPEAKER.id}`, 'h1', new RegExp(SPEAKER.name.replace(/[()]/g, '.'))],
    ['/plan?depuis=entree-principale&vers=pleniere&sansmarches=1', '.directions', /ascenseur/i],
    ['/agenda', `.planned[data-session="${SESSION}"]`, /Ouverture/],
    ['/programme', 'main', /Programme/],
  ];
  for (const [address, selector, expected] of visits) {
    await page.goto(`${origin}${at(address)}`);
    await page.locator(selector).first().waitFor();
    assert.match(await page.locator(selector).first().textContent(), expected, address);
  }
  await page.goto(link);
  await page.getByRole('heading', { name: 'Agenda partagé' }).waitFor();
  assert.deepEqual(await page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session)), [SESSION]);
  await context.setOffline(false);
  // Nothing left the path, and nothing went wrong.
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${origin}${subPath}`) && !url.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});
