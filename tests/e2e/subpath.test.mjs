// The app served under a sub-path (NEC_BASE_PATH=/nec-lyon/, built by `cargo xtask test` into
// target/dist-sub-path), on a server that answers nothing outside it, as a shared host does:
// every address the app makes stays under it, it installs there, and works offline there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, launch, repo, startServer, subPath, subPathDist, offlineCopyMade } from './support.mjs';

const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const SESSION = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques';
const SPEAKER = NEC.speakers[0];

let server;
let browser;
before(async () => {
  server = await startServer({ root: subPathDist, base: subPath });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const at = (address) => `${server.origin}${subPath}${address.replace(/^\//, '')}`;

/** Every address on the page (links, images, the manifest, scripts) that is of this site but
 * not under the sub-path. */
const outside = (page) => page.evaluate((base) => [...document.querySelectorAll('[href], [src]')]
  .flatMap((el) => [el.getAttribute('href'), el.getAttribute('src')].filter((v) => v && !v.startsWith('#')))
  .map((value) => new URL(value, location.href))
  .filter((url) => url.origin === location.origin && !url.pathname.startsWith(base))
  .map((url) => url.pathname), subPath);

test('under a sub-path, every page, link and file stays under it', { timeout: 180000 }, async () => {
  const { context, page, problems, requests } = await openPage(browser);
  await page.goto(at('/programme'));
  await page.locator('.session-card').first().waitFor();
  // A tap on a card's title opens the session under the sub-path.
  await page.locator('.session-card h4 a').first().click();
  await page.waitForURL((url) => url.pathname.startsWith(`${subPath}session/`));
  await page.locator('main h1').waitFor();
  for (const address of ['/programme', `/session/${SESSION}`, `/intervenant/${SPEAKER.id}`, '/intervenants',
    '/plan?depuis=entree-principale&vers=pleniere', '/maintenant', '/agenda', '/a-propos', '/accessibilite']) {
    await page.goto(at(address));
    await page.locator('main h1').first().waitFor();
    assert.deepEqual(await outside(page), [], address);
  }
  // The nav's links work with the router: from the map to the agenda and back.
  await page.locator('header nav, nav.tab-bar').first().getByRole('link', { name: 'Mon agenda' }).first().click();
  await page.waitForURL((url) => url.pathname === `${subPath}agenda`);
  // The manifest installs the app under the sub-path.
  const manifest = await (await page.request.get(at('/manifest.webmanifest'))).json();
  assert.equal(manifest.scope, subPath);
  assert.equal(manifest.id, subPath);
  assert.equal(manifest.start_url, `${subPath}programme`);
  for (const icon of manifest.icons) {
    assert.ok(icon.src.startsWith(subPath), icon.src);
    assert.equal((await page.request.get(server.origin + icon.src)).status(), 200, icon.src);
  }
  // The worker's scope and its cache's name are the sub-path's.
  await offlineCopyMade(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, `${server.origin}${subPath}`);
  const caches = await page.evaluate(() => caches.keys());
  assert.ok(caches.every((name) => name.startsWith(`nec-compagnon${subPath}`)), caches.join(', '));
  // No request ever left the sub-path (or the site).
  const stray = requests.filter((url) => !url.startsWith(`${server.origin}${subPath}`) && !url.startsWith('data:'));
  assert.deepEqual(stray, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under a sub-path, offline after one visit: deep links, a shared agenda, the calendar', { timeout: 180000 }, async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(at('/programme'));
  await page.locator('main h1').waitFor();
  await offlineCopyMade(page);
  // Keep a session, and take the agenda's share link and calendar file.
  await page.goto(at(`/session/${SESSION}`));
  await page.locator('.session-actions button.star').click();
  await page.locator('.session-actions button.star[data-kept="true"]').waitFor();
  await page.goto(at('/agenda'));
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  assert.ok(link.startsWith(`${server.origin}${subPath}agenda/partage#`), link);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger tout mon agenda (.ics)' }).click(),
  ]);
  const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
  assert.match(ics, new RegExp(`URL:${server.origin}${subPath}session/${SESSION}`));

  await context.setOffline(true);
  const visits = [
    [`/session/${SESSION}`, 'h1', /Ouverture de la Journée nationale/],
    [`/intervenant/${SPEAKER.id}`, 'h1', new RegExp(SPEAKER.name.replace(/[()]/g, '.'))],
    ['/plan?depuis=entree-principale&vers=pleniere&sansmarches=1', '.directions', /ascenseur/i],
    ['/agenda', `.planned[data-session="${SESSION}"]`, /Ouverture/],
    ['/programme', 'main', /Programme/],
  ];
  for (const [address, selector, expected] of visits) {
    await page.goto(at(address));
    await page.locator(selector).first().waitFor();
    assert.match(await page.locator(selector).first().textContent(), expected, address);
  }
  // The shared agenda opens offline, in a page of its own.
  await page.goto(link);
  await page.getByRole('heading', { name: 'Agenda partagé' }).waitFor();
  assert.deepEqual(await page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session)), [SESSION]);
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();
});
