// Shared helpers for the end-to-end tests: a static server for the release build (with the
// single-page-app fallback a real host needs) and a headless Chromium launched as root can run.
import http from 'node:http';
import { before, after } from 'node:test';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const dist = process.env.NEC_DIST ?? path.join(repo, 'dist');
/** The release build made for a sub-path (the site of the package `cargo xtask test` makes),
 * and that path. */
export const subPathDist = process.env.NEC_DIST_SUB_PATH ?? path.join(repo, 'target', 'package-e2e', 'nec2022-nec-lyon', 'site');
export const subPath = process.env.NEC_SUB_PATH ?? '/nec-lyon/';
const fixtures = path.join(repo, 'tests', 'fixtures');
/** Files the tests make (such as an imported c3voc programme), served under /test-imports/. */
export const imports = path.join(repo, 'target', 'e2e-imports');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
};

async function fileOrNull(file) {
  try {
    return (await stat(file)).isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/** Serves dist/ on 127.0.0.1 (a free port), tests/fixtures/ under /test-fixtures/ and
 * target/e2e-imports/ under /test-imports/. Like a real static host, each file has an ETag and
 * a request that already holds it gets a 304 without the body. `log` lists every answer:
 * `{ path, status, bytes }` (bytes of body sent). */
export async function startServer({ compress = false, root = dist, base = '/' } = {}) {
  // As a real host does, when asked (`cargo xtask bench`): brotli or gzip, made once per file.
  const packed = new Map();
  const pack = (file, body, encoding) => {
    const key = `${file} ${encoding}`;
    if (!packed.has(key)) {
      packed.set(key, encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }));
    }
    return packed.get(key);
  };
  /** path → [content type, body]: a test publishes a new file (a new worker, new data). */
  const overrides = new Map();
  const log = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, headers, body) => {
      log.push({ path: url.pathname, status, bytes: body ? body.length : 0 });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (overrides.has(url.pathname)) {
      const [type, body] = overrides.get(url.pathname);
      send(200, { 'content-type': type, 'cache-control': 'no-cache' }, body);
      return;
    }
    const clean = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const mounts = [['/test-fixtures/', fixtures], ['/test-imports/', imports]];
    const mount = mounts.find(([prefix]) => clean.startsWith(prefix));
    // An app built for a sub-path (`base`) is served there only, as on a shared host.
    const inApp = base === '/' || clean.startsWith(base) || `${clean}/` === base;
    if (!mount && !inApp) {
      send(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
      return;
    }
    const [folder, rel] = mount ? [mount[1], clean.slice(mount[0].length)] : [root, clean.slice(base.length - 1)];
    let file = path.join(folder, rel);
    let body = await fileOrNull(file);
    // A deep link that names no kind of file the site has (`/session/s.2022_REX-1` is not one)
    // is a route of the app: answer with the app.
    if (body === null && !types[path.extname(rel)] && !mount) {
      file = path.join(root, 'index.html');
      body = await fileOrNull(file);
    }
    if (body === null) {
      send(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
      return;
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = !compress || /\.png$/.test(file) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}${encoding ? `-${encoding}` : ''}"`;
    const headers = { 'content-type': type, etag, ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}) };
    if (req.headers['if-none-match'] === etag) {
      send(304, { etag }, null);
      return;
    }
    send(200, headers, encoding ? pack(file, body, encoding) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    overrides,
    log,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless; `env` adds variables such as TZ to the browser's own. */
export function launch(env = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumFlags,
    env: { ...process.env, ...env },
  });
}

/**
 * Opens a page that records what a person would never see but a tester must: console errors,
 * uncaught exceptions, and every request (to check that nothing leaves our origin).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  return { context, page, problems, requests };
}

/** Scrolls down like a reader until the whole day is drawn (cards are drawn near the screen). */
export async function scrollToEnd(page) {
  for (let i = 0; i < 60 && await page.locator('.more').isVisible(); i += 1) {
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(50);
  }
}

/** The server and Chromium of a test file (live bindings, set by `withServerAndBrowser`). */
/** Waits until the service worker controls the page: its offline copy is made (a worker takes
 * control only once it has copied every file of its build). */
export async function offlineCopyMade(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

export let server;
export let browser;

/** For a test file: the server and Chromium, started before its tests and stopped after. */
export function withServerAndBrowser(options) {
  before(async () => {
    server = await startServer(options);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** The share link's fragment for these session ids, as the app writes it (domain/share.rs):
 * version 1, the FNV-1a 32 checksum of the ids joined by "~" in 8 hex digits, the ids. */
export function shareCode(ids) {
  const body = ids.join('~');
  let sum = 0x811c9dc5;
  for (const byte of Buffer.from(body)) sum = Math.imul(sum ^ byte, 0x01000193) >>> 0;
  return `1.${sum.toString(16).padStart(8, '0')}.${body}`;
}

/** The list a built service worker precaches: [{ url, revision }]. */
export function precacheList(workerText) {
  return JSON.parse(workerText.match(/const PRECACHE = (\[[\s\S]*?\n\]);/)[1]);
}
