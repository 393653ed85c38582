// Stadium Wi-Fi: install the app, use it offline, get updates without a white screen, recover
// from a faulty worker; and trust it: a Content-Security-Policy, no request to anyone else,
// programme texts shown as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { openPage, repo, chromiumFlags, withServerAndBrowser, server, browser, precacheList, offlineCopyMade } from './support.mjs';

withServerAndBrowser();

const dist = process.env.NEC_DIST ?? path.join(repo, 'dist');
const SESSION = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques';
const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const SPEAKER = NEC.speakers[0];

/** Opens the app and waits until the service worker controls the page. */
async function installed(page, url = '/programme') {
  await page.goto(server.origin + url);
  await page.locator('main h1').waitFor();
  await offlineCopyMade(page);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('the manifest is complete and Chromium finds no installability error', async () => {
  // A profile on disk: Chromium never offers to install from an incognito context.
  const profile = mkdtempSync(path.join(tmpdir(), 'nec-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumFlags,
    locale: 'fr-FR',
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await installed(page);
  const manifest = await (await page.request.get(`${server.origin}/manifest.webmanifest`)).json();
  assert.equal(manifest.short_name, 'NEC 2022');
  assert.equal(manifest.lang, 'fr');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '/programme');
  assert.equal(manifest.scope, '/');
  for (const icon of manifest.icons) {
    const response = await page.request.get(server.origin + icon.src);
    assert.equal(response.status(), 200, icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  assert.ok(manifest.icons.some((i) => i.sizes === '192x192' && i.type === 'image/png'));
  assert.deepEqual(manifest.screenshots.map((s) => s.form_factor), ['narrow', 'wide']);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  assert.deepEqual(problems, []);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test(`"Installer l'application" appears when the browser offers it; iPhones get an instruction`, async () => {
  const { context, page, problems } = await openPage(browser);
  // The footer's button, on a page of fixed length: on the programme, cards drawn as the view
  // nears the end of the list move the footer down, and a click can land where it was.
  await installed(page, '/a-propos');
  const button = page.getByRole('button', { name: "Installer l'application" });
  assert.equal(await button.isVisible(), false, 'hidden until the browser offers it');
  // What Chromium sends when the app can be installed (its real prompt needs a person).
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => { window.prompted = true; return Promise.resolve(); };
    window.dispatchEvent(offer);
  });
  await button.click();
  assert.equal(await page.evaluate(() => window.prompted), true);
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await button.waitFor({ state: 'hidden' });
  await context.close();
  const iphone = await openPage(browser, {
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  await iphone.page.goto(`${server.origin}/programme`);
  await iphone.page.locator('.install-ios').waitFor();
  assert.match(await iphone.page.locator('.install-ios').textContent(), /touchez Partager, puis « Sur l'écran d'accueil »/);
  assert.deepEqual([...problems, ...iphone.problems], []);
  await iphone.context.close();
});

test('a programme file over 8 MB is refused with a message, before it is read', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'block' });
  await page.route('**/programme.json', (route) => route.fulfill({ contentType: 'application/json', body: `{"x": "${'a'.repeat(9 * 1024 * 1024)}"}` }));
  await page.goto(`${server.origin}/programme`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /est trop gros \(9 Mo\) : l'application lit des fichiers de 8 Mo au plus/);
  await context.close();
});

test('the worker precaches every built file with its hash, listed at build time', async () => {
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const list = precacheList(worker);
  const urls = list.map((e) => e.url);
  for (const built of ['/index.html', '/programme.json', '/venue.json', '/manifest.webmanifest', '/icons/icon-192.png']) {
    assert.ok(urls.includes(built), built);
  }
  assert.ok(urls.some((u) => /\/nec-compagnon-[0-9a-f]+_bg\.wasm$/.test(u)), 'the WASM');
  assert.ok(urls.some((u) => /\/nec-compagnon-[0-9a-f]+\.js$/.test(u)), 'the JS');
  assert.ok(!urls.some((u) => u.endsWith('.css')), 'no stylesheet file: it is written into the page');
  assert.ok(!urls.some((u) => u.startsWith('/screenshots/')), 'not the install screenshots');
  assert.ok(list.every((e) => /^[0-9a-f]{16}$/.test(e.revision)));
});

test('offline after one visit: deep links reload and a star still saves', async () => {
  const { context, page, problems } = await openPage(browser);
  await installed(page);
  await context.setOffline(true);
  const visits = [
    [`/session/${SESSION}`, 'h1', /Ouverture de la Journée nationale/],
    [`/intervenant/${SPEAKER.id}`, 'h1', new RegExp(SPEAKER.name.replace(/[()]/g, '.'))],
    ['/plan?depuis=entree-principale&vers=pleniere&sansmarches=1', '.directions', /ascenseur/i],
    ['/agenda', 'h1', /Mon agenda/],
    ['/programme?jour=2022-09-28&q=donnees', 'main', /données/i],
  ];
  for (const [url, selector, expected] of visits) {
    await page.goto(server.origin + url);
    await page.locator(selector).first().waitFor();
    assert.match(await page.locator(selector).first().textContent(), expected, url);
  }
  await page.goto(`${server.origin}/session/${SESSION}`);
  await page.locator('.session-actions button.star').click();
  await page.reload();
  await page.locator('.session-actions button.star[data-kept="true"]').waitFor();
  await page.goto(`${server.origin}/agenda`);
  await page.locator(`.planned[data-session="${SESSION}"]`).waitFor();
  // A local NEC's programme, opened once with ?programme=, opens offline too.
  await context.setOffline(false);
  const local = 'programme=%2Ftest-fixtures%2Fsample.json';
  await page.goto(`${server.origin}/programme?${local}`);
  await page.locator('.session-card').first().waitFor();
  await context.setOffline(true);
  await page.goto(`${server.origin}/session/ouverture?${local}`);
  await page.getByRole('heading', { level: 1, name: "Cérémonie d'ouverture" }).waitFor();
  await page.getByRole('link', { name: 'Henri Verdier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Henri Verdier' }).waitFor();
  await context.setOffline(false);
  // Offline fetches fail in the console of the page only for files never cached: none here.
  assert.deepEqual(problems, []);
  await context.close();
});

test('without a network, the page says so and what still works, until the network is back', async () => {
  const { context, page, problems } = await openPage(browser);
  await installed(page, '/programme');
  const bar = page.locator('.notice.offline');
  assert.equal(await bar.count(), 0, 'nothing said while online');
  await context.setOffline(true);
  await bar.waitFor();
  assert.equal(await bar.getAttribute('role'), 'status');
  assert.equal(await bar.locator('p').textContent(),
    'Hors ligne. Le programme, le plan et votre agenda restent disponibles sur cet appareil.');
  // It covers the foot of the screen and moves nothing.
  assert.equal(await page.locator('.foot-notices').evaluate((b) => getComputedStyle(b).position), 'fixed');
  // Closed by the person, it stays closed while offline; the next time the network goes, it is said again.
  await bar.getByRole('button', { name: 'OK' }).click();
  assert.equal(await bar.count(), 0);
  await context.setOffline(false);
  await context.setOffline(true);
  await bar.waitFor();
  // Back online: gone by itself.
  await context.setOffline(false);
  await bar.waitFor({ state: 'detached' });
  // Offline from the start (a reload in the stadium): said at once, and the page is there.
  await context.setOffline(true);
  await page.reload();
  await page.locator('.session-card').first().waitFor();
  await bar.waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();

  // A device with no offline copy yet (here no worker at all), in English: the advice differs.
  const bare = await openPage(browser, { serviceWorkers: 'block' });
  await bare.context.addInitScript(() => localStorage.setItem('nec.lang.v1', JSON.stringify('en')));
  await bare.page.goto(`${server.origin}/programme`);
  await bare.page.locator('.session-card').first().waitFor();
  await bare.context.setOffline(true);
  const advice = bare.page.locator('.notice.offline p');
  await advice.waitFor();
  assert.equal(await advice.textContent(),
    'Offline, and the app is not saved on this device: do not reload this page until you are back online.');
  // The app itself goes on: another page of it opens without the network.
  await bare.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Speakers' }).click();
  await bare.page.getByRole('heading', { level: 1, name: 'Speakers' }).waitFor();
  await bare.context.close();
});

test('a first visit downloads each file once, its offline copy included', async () => {
  const { context, page, problems } = await openPage(browser);
  const from = server.log.length;
  await installed(page);
  // Once the worker is active, its copy of every built file is made.
  const list = precacheList(readFileSync(path.join(dist, 'sw.js'), 'utf8'));
  const copies = await page.evaluate(async () => {
    const names = await caches.keys();
    return (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname);
  });
  assert.deepEqual(copies.sort(), list.map((e) => e.url).sort());
  // The server sent each body once: the worker took the files named after their content from
  // the browser's cache, and got a 304 for the ones the page already had (the WASM was sent
  // twice before).
  // The page itself counts once under whatever address it was asked for: the app's address
  // (/programme) and /index.html are the same file (before, the worker downloaded it again).
  const page_ = (p) => (p === '/index.html' || path.extname(p) === '' ? 'the page' : p);
  const sent = new Map();
  for (const { path: p, status } of server.log.slice(from)) {
    if (status === 200) sent.set(page_(p), (sent.get(page_(p)) ?? 0) + 1);
  }
  assert.deepEqual([...sent].filter(([, n]) => n > 1), [], JSON.stringify([...sent]));
  assert.equal(sent.get('the page'), 1);
  const wasm = list.find((e) => e.url.endsWith('_bg.wasm')).url;
  assert.equal(sent.get(wasm), 1);
  assert.ok(server.log.slice(from).some((e) => e.path === '/programme.json' && e.status === 304),
    'the programme, preloaded by the page, is only checked by the worker');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the worker keeps the page it was opened with only when it is its own build', async () => {
  // The page a person opened is not the one this worker was built with (a build published
  // between the two): the worker must keep its own build's page for offline use, not that one.
  const own = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const other = own.replace('</body>', '<!-- another build --></body>');
  server.overrides.set('/a-propos', ['text/html', Buffer.from(other)]);
  const { context, page, problems } = await openPage(browser);
  const from = server.log.length;
  try {
    await installed(page, '/a-propos');
  } finally {
    server.overrides.clear();
  }
  const shell = await page.evaluate(async () => {
    const [name] = await caches.keys();
    return (await (await caches.open(name)).match('/index.html')).text();
  });
  assert.equal(shell, own);
  assert.ok(server.log.slice(from).some((e) => e.path === '/index.html' && e.status === 200),
    'its own page downloaded');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a first visit whose download is cut says so and tries again, in both languages', async () => {
  const wasm = readFileSync(path.join(dist, precacheList(readFileSync(path.join(dist, 'sw.js'), 'utf8'))
    .find((e) => e.url.endsWith('_bg.wasm')).url.slice(1)));
  const cases = [
    // The WASM's connection reset; the app's script not loaded; the WASM cut in the middle.
    ['fr', '_bg.wasm', (route) => route.abort('connectionreset')],
    ['en', '.js', (route) => route.abort('connectionreset')],
    ['fr', '_bg.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: wasm.subarray(0, wasm.length >> 1) })],
  ];
  const words = {
    fr: [/^L'application n'a pas pu être téléchargée : la connexion a été coupée\./, 'Réessayer'],
    en: [/^The app could not be downloaded: the connection was cut\./, 'Try again'],
  };
  for (const [lang, file, cut] of cases) {
    const { context, page } = await openPage(browser);
    await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    const ours = (url) => url.origin === server.origin && url.pathname.endsWith(file) && url.pathname.startsWith('/nec-compagnon-');
    await page.route(ours, cut);
    await page.goto(`${server.origin}/programme`);
    const [message, retry] = words[lang];
    const alert = page.getByRole('alert').filter({ hasText: message });
    await alert.waitFor();
    const button = alert.getByRole('button', { name: retry });
    assert.ok(await button.evaluate((b) => b === document.activeElement), `${lang} ${file}: the button has the focus`);
    assert.equal(await page.locator('.app-stopped').count(), 1, 'said once');
    // The network is back: one tap and the app starts.
    await page.unroute(ours);
    await page.keyboard.press('Enter');
    await page.locator('.session-card').first().waitFor();
    assert.equal(await page.locator('.app-stopped').count(), 0, 'gone once the app runs');
    await context.close();
  }
});

test('a new version waits until the person reloads; new programme data is announced', async () => {
  const { context, page, problems } = await openPage(browser);
  await installed(page);
  const [first] = await cacheNames(page);
  // A new build is published: the worker changes.
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  server.overrides.set('/sw.js', ['text/javascript', worker.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "nouvelle"')]);
  try {
    await page.reload();
    const bar = page.locator('.notice.update');
    const top = () => page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
    await page.locator('main h1').waitFor();
    const before = await top();
    await bar.waitFor({ timeout: 15000 });
    assert.match(await bar.textContent(), /Nouvelle version disponible\./);
    assert.equal(await top(), before, 'said over the foot of the screen: the page does not move');
    // "Plus tard": the notice goes, the new version still waits, and is told again at the next start.
    await bar.getByRole('button', { name: 'Plus tard' }).click();
    await bar.waitFor({ state: 'detached' });
    await page.reload();
    await bar.waitFor({ timeout: 15000 });
    // Until then the page runs the version it started with.
    const during = await cacheNames(page);
    assert.ok(during.includes(first) && during.includes('nec-compagnon-nouvelle'), during.join());
    await bar.getByRole('button', { name: 'Recharger' }).click();
    await page.waitForFunction(() => !document.querySelector('.notice.update') && document.querySelector('h1'));
    await page.waitForFunction(async () => (await caches.keys()).join() === 'nec-compagnon-nouvelle');
    // New programme data: the cached one shows at once, the new one is announced.
    const changed = structuredClone(NEC);
    changed.event.data_version = 'nouvelle-publication';
    server.overrides.set('/programme.json', ['application/json', JSON.stringify(changed)]);
    await page.reload();
    const data = page.locator('.notice.update');
    await data.waitFor({ timeout: 15000 });
    assert.match(await data.textContent(), /Le programme a été mis à jour\./);
    await data.getByRole('button', { name: 'Recharger' }).click();
    await page.goto(`${server.origin}/a-propos`);
    await page.locator('.facts code').waitFor();
    assert.equal(await page.locator('.facts code').textContent(), 'nouvelle-publication');
  } finally {
    server.overrides.clear();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a faulty worker cannot lock a person out: publishing sw-reset.js brings the app back', async () => {
  const { context, page } = await openPage(browser);
  await installed(page);
  const faulty = `
    self.addEventListener('install', () => self.skipWaiting());
    self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
    self.addEventListener('fetch', (e) => e.respondWith(new Response('panne', { status: 503 })));`;
  server.overrides.set('/sw.js', ['text/javascript', faulty]);
  // The browser looks for a new worker at navigations; the app also asks at each start.
  const lookForUpdate = () => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  }).catch(() => {});
  // A worker that takes over makes the app reload itself (controllerchange), which may cut the
  // test's own reload short: either reload will do.
  const reload = async () => {
    await page.reload().catch(() => {});
    await page.waitForLoadState('load').catch(() => {});
  };
  try {
    let broken = false;
    for (let i = 0; i < 10 && !broken; i += 1) {
      await lookForUpdate();
      await page.waitForTimeout(300);
      await reload();
      broken = (await page.textContent('body').catch(() => '')) === 'panne';
    }
    assert.ok(broken, 'the faulty worker took over');
    server.overrides.set('/sw.js', ['text/javascript', readFileSync(path.join(repo, 'xtask', 'pwa', 'sw-reset.js'), 'utf8')]);
    let back = false;
    for (let i = 0; i < 10 && !back; i += 1) {
      await lookForUpdate();
      await page.waitForTimeout(300);
      await reload();
      // The app shows once it has drawn its first view, a moment after the page's load event.
      back = await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 3000 })
        .then(() => true, () => false);
    }
    assert.ok(back, 'the app is back');
  } finally {
    server.overrides.clear();
  }
  // And the normal worker installs again, makes its copy and takes over, without waiting for
  // the person: no version of ours runs any more.
  const version = /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(path.join(dist, 'sw.js'), 'utf8'))[1];
  let settled = false;
  for (let i = 0; i < 5 && !settled; i += 1) {
    await installed(page).catch(() => {});
    settled = await page.waitForFunction(async (expected) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return (await caches.keys()).join() === expected && navigator.serviceWorker.controller
        && registration?.active && !registration.installing && !registration.waiting;
    }, `nec-compagnon-${version}`, { timeout: 5000 }).then(() => true, () => false);
  }
  if (!settled) assert.fail(`the worker of this build is not in charge with its copy: ${await cacheNames(page).catch((e) => e)}`);
  await context.close();
});

test('a Content-Security-Policy without unsafe-inline or unsafe-eval, and no violation', async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const url of ['/programme', '/plan?espace=pleniere', `/session/${SESSION}`, '/agenda', '/a-propos']) {
    await page.goto(server.origin + url);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    // The stylesheet is in the page, allowed by its hash: it applies.
    assert.match(csp, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.deepEqual(await page.evaluate(() => window.violations), [], url);
    assert.ok(await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0) > 100), `${url}: styled`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('no request leaves our origin, on any page', async () => {
  const { context, page, problems, requests } = await openPage(browser);
  const pages = ['/programme', '/programme?vue=grille&jour=2022-09-28', `/session/${SESSION}`, `/intervenant/${SPEAKER.id}`,
    '/intervenants', '/maintenant', '/plan?depuis=entree-principale&vers=pleniere', '/agenda', '/a-propos', '/accessibilite'];
  for (const url of pages) {
    await page.goto(server.origin + url);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
  }
  const elsewhere = requests.filter((r) => new URL(r).origin !== server.origin);
  assert.deepEqual(elsewhere, []);
  assert.ok(requests.length > pages.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('programme texts holding HTML and scripts are shown as text', async () => {
  const { context, page, problems } = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const fixture = '?programme=/test-fixtures/html-in-texts.json';
  await page.goto(`${server.origin}/programme${fixture}`);
  const card = page.locator('.session-card').first();
  await card.waitFor();
  assert.equal(await card.locator('.title').textContent(), '<img src=x onerror=alert(1)><script>alert(2)</script> Atelier');
  assert.equal(await page.locator('main img, main script').count(), 0);
  await page.goto(`${server.origin}/session/ouverture${fixture}`);
  await page.locator('.abstract').waitFor();
  assert.equal(await page.locator('main h1').textContent(), '<img src=x onerror=alert(1)><script>alert(2)</script> Atelier');
  assert.equal(await page.locator('main img, main script, main a[href^="javascript"]').count(), 0);
  assert.match(await page.locator('.abstract').textContent(), /<b>gras<\/b>/);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});
