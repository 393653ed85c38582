// trunk's post_build hook (Trunk.toml). In every build, the page names (and its script
// preloads) the programme file the build reads by default: /programme.json, or the one
// NEC_PROGRAMME_URL names (see src/domain/source.rs), and shows that file's first sessions
// until the app runs. In a release
// build it also makes the app installable and safe to run offline:
// - sw.js from xtask/pwa/sw.js, with the list of every built file and its content hash
//   (generated here at each build, never kept by hand) and a version made from those hashes;
// - a Content-Security-Policy <meta> with no 'unsafe-inline' and no 'unsafe-eval': each
//   inline script (trunk's, and index.html's own for the first view and the theme) is allowed
//   by its SHA-256 hash, computed here;
// - <meta name="service-worker">, which tells the app to register the worker (debug builds
//   served by `trunk serve` have none, so no worker caches a page being edited).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run me from trunk');

// 0. The path the app is served under (NEC_BASE_PATH, `/` by default; the WASM was built with
// the same, src/domain/source.rs): the page's own addresses, the manifest's and the worker's
// follow it. Trunk writes its own script and WASM addresses under it (TRUNK_BUILD_PUBLIC_URL).
const base = process.env.NEC_BASE_PATH ?? '/';
if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base) || base.split('/').some((part) => part === '..' || part === '.')) {
  throw new Error(`NEC_BASE_PATH must be a path that starts and ends with / such as /nec-lyon/, not ${base}`);
}
const indexPath = path.join(staging, 'index.html');
{
  let page = readFileSync(indexPath, 'utf8');
  const own = ['/icon.svg', '/icons/', '/manifest.webmanifest'];
  for (const address of own) {
    if (!page.includes(`href="${address}`)) throw new Error(`index.html no longer names ${address}: update postbuild.mjs`);
    page = page.replaceAll(`href="${address}`, `href="${base}${address.slice(1)}`);
  }
  const baseMeta = '<meta name="nec-base" content="/">';
  if (!page.includes(baseMeta)) throw new Error('index.html no longer has <meta name="nec-base">: update postbuild.mjs');
  writeFileSync(indexPath, page.replace(baseMeta, `<meta name="nec-base" content="${base}">`));
}

// The manifest's addresses: the installed app opens, and stays, under the base.
{
  const manifestPath = path.join(staging, 'manifest.webmanifest');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: public/manifest.webmanifest is copied there by trunk`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const under = (address) => `${base}${address.replace(/^\//, '')}`;
  manifest.id = base;
  manifest.scope = base;
  manifest.start_url = under(manifest.start_url);
  for (const list of [manifest.icons, manifest.screenshots]) {
    for (const item of list ?? []) item.src = under(item.src);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

// 0a. The preloaded programme: the default the WASM was built with, not a file it never reads
// (relative to the base unless it starts with /).
const programmeSetting = process.env.NEC_PROGRAMME_URL ?? 'programme.json';
if (!/^\/?[A-Za-z0-9._~\/-]+$/.test(programmeSetting) || programmeSetting.includes('..')) {
  throw new Error(`NEC_PROGRAMME_URL must be a path of this site such as locales/drome.json, not ${programmeSetting}`);
}
const programmeUrl = programmeSetting.startsWith('/') ? programmeSetting : `${base}${programmeSetting}`;
{
  const page = readFileSync(indexPath, 'utf8');
  const meta = '<meta name="nec-programme" content="/programme.json">';
  if (!page.includes(meta)) throw new Error('index.html no longer names /programme.json: update postbuild.mjs');
  writeFileSync(indexPath, page.replace(meta, `<meta name="nec-programme" content="${programmeUrl}">`));
  if (programmeUrl !== '/programme.json') console.log(`postbuild: the page preloads ${programmeUrl}`);
}
// The programme's file in this build, when it is one of the build's files.
const programmeFile = programmeUrl.startsWith(base)
  ? path.join(staging, ...programmeUrl.slice(base.length).split('/'))
  : path.join(staging, ...programmeUrl.split('/'));

// 0a'. The event's own identity: a local NEC installs as itself. The manifest's name and short
// name, the page's first title, its description and the start screen's name come from the
// programme (`event.name`, `event.short_name`); NEC Compagnon is named on "À propos".
{
  let event = null;
  try {
    event = JSON.parse(readFileSync(programmeFile, 'utf8').replace(/^\uFEFF/, '')).event;
  } catch (error) {
    console.log(`postbuild: the programme could not be read (${error.message}): the app keeps its own name`);
  }
  if (event && typeof event.name === 'string' && event.name.trim()) {
    const name = event.name.trim();
    const short = typeof event.short_name === 'string' && event.short_name.trim() ? event.short_name.trim() : name;
    const where = [event.venue?.name, event.venue?.city].filter((x) => typeof x === 'string' && x).join(', ');
    const description = `Le programme et votre agenda pour ${name}${where ? `, ${where}` : ''}. Sans compte, hors ligne.`;
    const manifestPath = path.join(staging, 'manifest.webmanifest');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    Object.assign(manifest, { name, short_name: short, description });
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    let page = readFileSync(indexPath, 'utf8');
    const marks = [
      [/<title>[^<]*<\/title>/, `<title>${html(name)}</title>`],
      [/<meta name="description" content="[^"]*">/, `<meta name="description" content="${html(description)}">`],
      [/<meta name="apple-mobile-web-app-title" content="[^"]*">/, `<meta name="apple-mobile-web-app-title" content="${html(short)}">`],
      [/<p class="brand-name">[^<]*<\/p>/, `<p class="brand-name">${html(short)}</p>`],
    ];
    for (const [pattern, replacement] of marks) {
      if (!pattern.test(page)) throw new Error(`index.html no longer has ${pattern}: update postbuild.mjs`);
      // A function: `$&` or `$'` in an event's name are text, not patterns.
      page = page.replace(pattern, () => replacement);
    }
    writeFileSync(indexPath, page);
    console.log(`postbuild: the app is called ${short} (${name})`);
  }
}

// 0b. The first day's first sessions as plain HTML, shown on /programme until the WASM runs
// (publish/src/preview.rs), and the event's days for the page's script: written by the app's
// own domain code, from the file this build reads.
// nec-publish builds with the project's stable Rust, not the release build's nightly (main.rs, for_size).
const hostEnv = { ...process.env };
for (const name of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete hostEnv[name];
execFileSync('cargo', ['run', '--quiet', '--package', 'nec-publish', '--', 'first-view',
  programmeFile, indexPath],
{ cwd: path.join(here, '..', '..'), stdio: 'inherit', env: hostEnv });

// The organisers' page (publier/, built before the app by `cargo xtask`, into
// NEC_PUBLIER_DIR): copied beside the app as publier.html, after the worker's list is made, so
// that attendees never download it. A name both builds made would be one file for two: refused.
function addPublier() {
  const from = process.env.NEC_PUBLIER_DIR;
  if (!from) return;
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`NEC_PUBLIER_DIR=${from} holds no index.html: build publier/ first (cargo xtask build)`);
  for (const name of readdirSync(from)) {
    const to = path.join(staging, name === 'index.html' ? 'publier.html' : name);
    if (existsSync(to)) throw new Error(`${name} is both the app's and publier.html's: rename one of them`);
    if (statSync(path.join(from, name)).isDirectory()) throw new Error(`publier's build made a folder, ${name}: copy it here too (postbuild.mjs, addPublier)`);
    copyFileSync(path.join(from, name), to);
  }
  // In a release build, its own CSP: trunk's inline script by its hash, the preview's frame
  // from this site only.
  if (process.env.TRUNK_PROFILE === 'release') {
    const pagePath = path.join(staging, 'publier.html');
    const page = readFileSync(pagePath, 'utf8');
    const scripts = [...page.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    const policy = [
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    if (!page.includes('<meta charset="utf-8">')) throw new Error('publier/index.html no longer starts with <meta charset="utf-8">: update postbuild.mjs');
    writeFileSync(pagePath, page.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`));
  }
  console.log(`postbuild: publier.html and its ${readdirSync(from).length - 1} file(s) added, outside the worker's list`);
}

if (process.env.TRUNK_PROFILE !== 'release') {
  addPublier();
  console.log('postbuild: debug build, no service worker and no CSP');
  process.exit(0);
}

// Files a person never needs offline: the install dialog's screenshots, the worker itself.
const skip = (rel) => rel === 'sw.js' || rel.startsWith('screenshots/');

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix + name;
    return statSync(full).isDirectory() ? files(full, `${rel}/`) : [rel];
  });
}

const sha256 = (data, encoding = 'hex') => createHash('sha256').update(data).digest(encoding);

// 1. The page: its inline scripts' and stylesheet's hashes in a CSP, the worker's marker.
let html = readFileSync(indexPath, 'utf8');
// (Comments may name a tag: they are left out.)
const uncommented = html.replace(/<!--[\s\S]*?-->/g, '');
const hashesOf = (pattern) => [...uncommented.matchAll(pattern)].map((m) => `'sha256-${sha256(m[1], 'base64')}'`);
const hashes = hashesOf(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styleHashes = hashesOf(/<style[^>]*>([\s\S]*?)<\/style>/g);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styleHashes.join(' ')}`.trim(),
  "img-src 'self' data:",
  "font-src 'self'",
  // blob: the organisers' page's preview hands the app a programme held in memory
  // (src/domain/source.rs, is_preview); a page can read only the blobs of its own origin.
  "connect-src 'self' blob:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
const head = [
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
  `<meta name="service-worker" content="${base}sw.js">`,
].join('\n    ');
html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n    ${head}`);
writeFileSync(indexPath, html);

// 2. The worker: every built file with its hash.
const list = files(staging).filter((rel) => !skip(rel)).sort();
// Trunk names the JS, WASM and CSS after their content (`main-<16 hex>.css`): those names
// never hold other bytes, so the worker may take them from the browser's HTTP cache.
const named = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const precache = list.map((rel) => ({
  url: `${base}${rel}`,
  revision: sha256(readFileSync(path.join(staging, rel))).slice(0, 16),
  ...(named.test(rel) ? { immutable: true } : {}),
}));
const version = sha256(precache.map((e) => `${e.url} ${e.revision}`).join('\n')).slice(0, 16);
const worker = readFileSync(path.join(here, 'sw.js'), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace("'__BASE__'", JSON.stringify(base))
  .replace('__PRECACHE__', JSON.stringify(precache, null, 1));
writeFileSync(path.join(staging, 'sw.js'), worker);
console.log(`postbuild: sw.js version ${version}, ${precache.length} files precached; CSP with ${hashes.length} script and ${styleHashes.length} style hash(es)`);
addPublier();
