// The service worker's promise (xtask/pwa/sw.js, docs/offline-and-updates.md): any error in it
// falls back to the network, and a copy the browser emptied is downloaded again, so a broken or
// evicted cache never keeps a person from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, dist, withServerAndBrowser, server, browser, offlineCopyMade } from './support.mjs';

withServerAndBrowser();

const WORKER = readFileSync(path.join(dist, 'sw.js'), 'utf8');
const WASM = /\/nec-compagnon-[0-9a-f]+_bg\.wasm/.exec(WORKER)[0];

/** Opens the app and waits until the worker controls the page with its offline copy made. */
async function installed(page) {
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  await offlineCopyMade(page);
}

/** Reloads, waits for the app, and says which of our files the server was asked for. */
async function reloadAndListAsked(page) {
  const from = server.log.length;
  await page.reload();
  await page.locator('.session-card').first().waitFor();
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the worker answered this load');
  return server.log.slice(from).map((e) => e.path);
}

test('an error in the worker falls back to the network: a cache that fails still gives the app', async () => {
  // The build's own worker, with its Cache Storage made to fail (as a broken disk or a browser
  // bug would) once the page has put a marker there. Its install and its fetch handler are
  // the build's, untouched.
  const failing = `
    const realOpen = CacheStorage.prototype.open;
    const realMatch = CacheStorage.prototype.match;
    const realHas = CacheStorage.prototype.has;
    const broken = async (storage) => realHas.call(storage, 'test-cache-broken');
    CacheStorage.prototype.open = async function open(...args) {
      if (await broken(this)) throw new DOMException('the cache fails (test)', 'UnknownError');
      return realOpen.apply(this, args);
    };
    CacheStorage.prototype.match = async function match(...args) {
      if (await broken(this)) throw new DOMException('the cache fails (test)', 'UnknownError');
      return realMatch.apply(this, args);
    };
  `;
  server.overrides.set('/sw.js', ['text/javascript', failing + WORKER]);
  const { context, page } = await openPage(browser);
  try {
    await installed(page);
    // Working: a reload is answered from the offline copy, the server is not asked.
    const cached = await reloadAndListAsked(page);
    assert.ok(!cached.includes('/programme') && !cached.includes(WASM), `from the copy: ${cached}`);
    // The cache fails: every answer of the worker fails, and the network gives each file.
    await page.evaluate(() => caches.open('test-cache-broken'));
    const failed = await reloadAndListAsked(page);
    assert.ok(failed.includes('/programme'), `the page from the network: ${failed}`);
    assert.ok(failed.includes(WASM), `the WASM from the network: ${failed}`);
    assert.ok(failed.includes('/programme.json'), `the programme from the network: ${failed}`);
    // And the app works: a session opens.
    await page.locator('.session-card a').first().click();
    await page.locator('.session-page h1').waitFor();
  } finally {
    server.overrides.delete('/sw.js');
  }
  await context.close();
});

test('an offline copy the browser emptied: the network answers instead', async () => {
  const { context, page, problems } = await openPage(browser);
  await installed(page);
  // The browser evicted the copy (storage pressure) while the worker stays registered.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
  const asked = await reloadAndListAsked(page);
  assert.ok(asked.includes('/programme') && asked.includes(WASM), `from the network: ${asked}`);
  assert.equal(await page.locator('main h1').count() > 0, true);
  assert.deepEqual(problems, []);
  await context.close();
});
