// A person opens the served release build: the programme shows, deep links work, and a broken
// or missing programme file gives a clear message instead of a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage, repo, imports, scrollToEnd, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const SAMPLE = '/programme?programme=/test-fixtures/sample.json';

test('the NEC 2022 programme shows its three days in Paris time, with no console error', async () => {
  const { context, page, problems, requests } = await openPage(browser);
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();

  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('main h1').textContent(), 'Programme');
  const days = await page.locator('.days li:not(.all-days) .day-name').allTextContents();
  assert.deepEqual(days, ['mardi 27 septembre', 'mercredi 28 septembre', 'jeudi 29 septembre']);
  const perDay = await page.locator('.days li:not(.all-days) .count').allTextContents();
  const total = perDay.map((c) => Number.parseInt(c, 10)).reduce((a, b) => a + b, 0);
  assert.ok(total >= 120, `${total} sessions`);
  // Only the chosen day is drawn (the first one by default), and only near the screen at
  // first: scrolling down draws the rest, and the "more" button goes away at the end.
  const dayCount = Number.parseInt(perDay[0], 10);
  await page.waitForTimeout(300);
  const drawn = await page.locator('.session-card').count();
  assert.ok(drawn >= 8 && drawn < dayCount, `${drawn} of ${dayCount} drawn at first`);
  assert.match(await page.locator('.more button').textContent(), new RegExp(`\\(${dayCount - drawn} sessions\\)`));
  // The button works from the keyboard too.
  await page.locator('.more button').focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  assert.ok(await page.locator('.session-card').count() >= Math.min(dayCount, drawn + 24), 'Enter draws more');
  for (let i = 0; i < 40 && (await page.locator('.session-card').count()) < dayCount; i += 1) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(50);
  }
  assert.equal(await page.locator('.session-card').count(), dayCount);
  assert.ok(await page.locator('.more').isHidden(), 'nothing more to show');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('link', { name: /mercredi 28 septembre/ }).click();
  await page.waitForURL('**/programme?jour=2022-09-28');
  await scrollToEnd(page);
  // A real fragment, at its real time.
  const rex = page.locator('.session-card', { hasText: "Comment le numérique transforme l'éducation populaire" });
  assert.equal(await rex.locator('.when').textContent(), '17:00–18:00');
  assert.match(await rex.locator('.speakers').textContent(), /Centres Sociaux Connectés/);
  const header = await page.locator('.event-line').textContent();
  assert.match(header, /Numérique en Commun\[s\] 2022/);
  assert.match(header, /27–29 septembre 2022/);
  assert.match(header, /Stade Bollaert-Delelis, Lens/);

  assert.deepEqual(problems, []);
  const foreign = requests.filter((url) => new URL(url).origin !== server.origin);
  assert.deepEqual(foreign, [], 'no request may leave our origin');
  await context.close();
});

test('something shows from the first bytes, and the programme downloads alongside the app', async () => {
  // The page itself says "Chargement…" before any script runs; the app takes its place.
  const html = await (await fetch(`${server.origin}/programme`)).text();
  assert.match(html, /id="demarrage"[\s\S]*Chargement…/);
  const { context, page, problems, requests } = await openPage(browser, { serviceWorkers: 'block' });
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('#demarrage').count(), 0, 'the start screen is gone');
  // One request for the programme (the preload is the one the app reads), started before the
  // WASM had finished arriving.
  assert.equal(requests.filter((url) => url.endsWith('/programme.json')).length, 1, requests.join('\n'));
  const timing = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })));
  const wasm = timing.find((e) => e.name.endsWith('.wasm'));
  const data = timing.find((e) => e.name.endsWith('/programme.json'));
  assert.ok(data.start < wasm.end, `programme.json asked at ${data.start} ms, WASM done at ${wasm.end} ms`);
  assert.deepEqual(problems, []);
  await context.close();

  // When the app does not start (here: its WASM is still on its way), the start screen stays
  // and, after 10 s, says why, in the page's language (a cut download says more: see
  // offline.test.mjs).
  for (const [lang, words] of [['fr', /JavaScript et\s+WebAssembly sont nécessaires/], ['en', /it needs JavaScript and WebAssembly/]]) {
    const broken = await openPage(browser, { serviceWorkers: 'block' });
    await broken.context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    await broken.page.route('**/*.wasm', () => {});
    await broken.page.goto(`${server.origin}/programme`, { waitUntil: 'domcontentloaded' });
    const slow = broken.page.locator(`#demarrage .slow[lang=${lang}]`);
    await slow.waitFor({ state: 'attached' });
    assert.equal(await slow.isVisible(), false, 'the last line takes no room before 10 s');
    await broken.page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    assert.equal(await slow.isVisible(), true);
    assert.equal(await broken.page.locator('#demarrage .slow:visible').count(), 1, 'in one language');
    assert.match(await slow.textContent(), words);
    await broken.context.close();
  }
});

/** What the page holds when index.html's start screen goes, and in how many separate steps the
 * app's session cards were added behind it (each step a task of its own). */
async function firstDrawing(url) {
  const opened = await openPage(browser, { serviceWorkers: 'block' });
  await opened.page.addInitScript(() => {
    const seen = { steps: 0, shown: null };
    let wasUp = false;
    window.firstDrawing = seen;
    new MutationObserver((records) => {
      const up = document.getElementById('demarrage') !== null;
      wasUp ||= up;
      const cards = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1
        && (n.matches('.session-card') || n.querySelector('.session-card'))));
      if (up && cards) seen.steps += 1;
      if (wasUp && !up && !seen.shown) {
        const has = (selector) => document.querySelectorAll(selector).length;
        seen.shown = {
          header: has('header.site-header nav a'), footer: has('footer.site-footer'),
          search: has('#recherche'), filters: has('.filters .facet-bar'), cards: has('main .session-card'),
          map: has('svg.map polygon'), routeForm: has('.route-form select'), mapText: has('details.map-text'),
        };
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await opened.page.goto(server.origin + url);
  await opened.page.waitForFunction(() => window.firstDrawing.shown !== null);
  const seen = await opened.page.evaluate(() => window.firstDrawing);
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
  return seen;
}

test('the app draws its first view in steps behind the start screen, which goes once the view is whole', async () => {
  // The programme: the header, the tools, the first eight cards and the footer are all there
  // when the start screen goes, and the cards came in several steps, so that no single task
  // of the browser holds the whole drawing (a tap or a paint can come in between).
  const programme = await firstDrawing('/programme');
  assert.deepEqual(programme.shown, {
    header: 5, footer: 1, search: 1, filters: 1, cards: 8, map: 0, routeForm: 0, mapText: 0,
  });
  assert.ok(programme.steps >= 4, `cards added in ${programme.steps} steps`);
  // The map page waits for its own file too: the map, the route form and the text version are
  // there when the start screen goes.
  const map = await firstDrawing('/plan');
  assert.equal(map.shown.header, 5);
  assert.equal(map.shown.footer, 1);
  assert.ok(map.shown.map > 10, `${map.shown.map} spaces drawn`);
  assert.equal(map.shown.routeForm, 2);
  assert.equal(map.shown.mapText, 1);
});

const EVENT_LINE_FR = 'Numérique en Commun[s] 2022 · 27–29 septembre 2022 · Stade Bollaert-Delelis, Lens';

/** The page at `url` as a person sees it until the app runs: here its WASM never arrives
 * (`options.options` for the context, `options.at` for the browser's clock). */
async function blocked(url, { options = {}, at } = {}) {
  const opened = await openPage(browser, { serviceWorkers: 'block', ...options });
  if (at) await opened.page.clock.setFixedTime(new Date(at));
  await opened.page.route('**/*.wasm', (route) => route.abort());
  await opened.page.goto(server.origin + url);
  await opened.page.locator('#demarrage').waitFor();
  return opened;
}

test('until the app runs, the programme page shows its first day as plain HTML, beginning with the same sessions as the app', async () => {
  // The page as the server sends it holds the first day's sessions, with no script needed to
  // read them (the WASM never arrives here).
  const html = await (await fetch(`${server.origin}/programme`)).text();
  assert.match(html, /<section class="preview" lang="fr"[\s\S]*Mardi 27 septembre/);
  const before = await blocked('/programme');
  const preview = before.page.locator('.preview:visible');
  assert.equal(await preview.count(), 1, 'one preview, in one language');
  assert.equal(await preview.getAttribute('lang'), 'fr');
  assert.equal(await preview.locator('h1').textContent(), 'Programme');
  assert.match(await preview.locator('h2').textContent(), /^Mardi 27 septembre 36 sessions$/);
  assert.equal(await before.page.locator('#demarrage .starting-line').isVisible(), false, 'the preview says it is loading');
  const previewed = await preview.locator('.preview-card .title').allTextContents();
  const times = await preview.locator('.preview-card .when').allTextContents();
  const rooms = await preview.locator('.preview-card .space').allTextContents();
  // The first eight, as the app draws at first, and how many more come with it.
  assert.equal(previewed.length, 8);
  assert.equal(await preview.locator('.preview-more').textContent(),
    '… et 28 autres sessions ce jour-là, qui s\'affichent avec l\'application.');
  // No link, button or field a tap could use before the app runs.
  assert.equal(await preview.locator('a, button, input, select, textarea').count(), 0);
  await before.context.close();

  // The app, once it runs, begins with the same sessions at the same times in the same rooms
  // (each room's name begins the app's "room · level"), and the preview is gone.
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('.preview').count(), 0);
  const first = (texts) => texts.slice(0, previewed.length);
  assert.deepEqual(first(await page.locator('.session-card .title').allTextContents()), previewed);
  // The start screen's event line (on every page, see below) is the app's header line.
  assert.equal(await page.locator('header .event-line').textContent(), EVENT_LINE_FR);
  assert.deepEqual(first(await page.locator('.session-card .when').allTextContents()), times);
  const appRooms = first(await page.locator('.session-card .space').allTextContents());
  assert.equal(appRooms.length, rooms.length);
  appRooms.forEach((room, i) => assert.ok(room.startsWith(`${rooms[i]} · `), `${room} / ${rooms[i]}`));
  assert.deepEqual(problems, []);
  await context.close();

  // A person who chose English and the dark theme in the app gets both before the app runs,
  // the next time (here its WASM does not arrive).
  const english = await openPage(browser, { serviceWorkers: 'block', colorScheme: 'light' });
  await english.page.goto(`${server.origin}/programme`);
  await english.page.getByRole('button', { name: 'English' }).click();
  await english.page.getByRole('button', { name: /sombre|dark/i }).click();
  await english.page.route('**/*.wasm', (route) => route.abort());
  await english.page.reload();
  await english.page.locator('#demarrage').waitFor();
  assert.equal(await english.page.locator('.preview:visible').getAttribute('lang'), 'en');
  assert.match(await english.page.locator('.preview:visible h2').textContent(), /^Tuesday 27 September/);
  assert.equal(await english.page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await english.page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await english.page.locator('#demarrage .event-line:visible').textContent(),
    'Numérique en Commun[s] 2022 · 27–29 September 2022 · Stade Bollaert-Delelis, Lens');
  assert.deepEqual(english.problems.filter((p) => /Content.Security.Policy/i.test(p)), [], 'the page\'s own script breaks no CSP rule');
  await english.context.close();

  // Nowhere else: another page, another day, a filter or another programme file would not be
  // what it shows. The start screen says "Chargement…" there, as before.
  for (const url of ['/plan', '/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022', '/programme?jour=2022-09-28',
    '/programme?q=tiers', '/programme?programme=/test-fixtures/sample.json']) {
    const other = await blocked(url);
    assert.equal(await other.page.locator('.preview:visible').count(), 0, url);
    assert.equal(await other.page.locator('#demarrage .starting-line').isVisible(), true, url);
    // Every page's start screen says which event this is, as the app's header will; not a
    // page opened on another programme file, which has its own event.
    const line = other.page.locator('#demarrage .event-line:visible');
    if (url.includes('programme=')) assert.equal(await line.count(), 0, url);
    else assert.equal(await line.textContent(), EVENT_LINE_FR, url);
    await other.context.close();
  }
});

test('while the event runs, the programme opens on today; the first view shows only on the first day', async () => {
  // The second morning in Lens: the app opens on Wednesday 28, and the page shows no first
  // view, which is Tuesday's (here the WASM does not arrive).
  const second = await blocked('/programme', { at: '2022-09-28T08:00:00+02:00' });
  assert.equal(await second.page.locator('.preview:visible').count(), 0);
  assert.equal(await second.page.locator('#demarrage .starting-line').isVisible(), true);
  await second.context.close();
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  await page.clock.setFixedTime(new Date('2022-09-28T08:00:00+02:00'));
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('.day > h2').textContent(), 'mercredi 28 septembre');
  assert.equal(await page.locator('.days a[aria-current="page"] .day-name').textContent(), 'mercredi 28 septembre');
  // The first day is one tap away, and its address names it.
  await page.getByRole('link', { name: /mardi 27 septembre/ }).click();
  await page.waitForURL('**/programme?jour=2022-09-27');
  assert.equal(await page.locator('.day > h2').textContent(), 'mardi 27 septembre');
  assert.deepEqual(problems, []);
  await context.close();

  // Just after midnight in Paris (22:30 UTC on the 27th), it is already the 28th.
  const midnight = await blocked('/programme', { options: { timezoneId: 'UTC' }, at: '2022-09-27T22:30:00Z' });
  assert.equal(await midnight.page.locator('.preview:visible').count(), 0);
  await midnight.context.close();

  // On the first morning, the first view is there, and so is that day in the app.
  const first = await blocked('/programme', { at: '2022-09-27T08:00:00+02:00' });
  assert.equal(await first.page.locator('.preview:visible h2').textContent(), 'Mardi 27 septembre 36 sessions');
  await first.page.unroute('**/*.wasm');
  await first.page.reload();
  await first.page.locator('.session-card').first().waitFor();
  assert.equal(await first.page.locator('.day > h2').textContent(), 'mardi 27 septembre');
  await first.context.close();
});

test('the small sample programme shows each of its two days', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.origin + SAMPLE);
  await page.locator('.session-card').first().waitFor();
  const titles = await page.locator('.session-card .title').allTextContents();
  assert.equal(titles.length, 3);
  assert.equal(titles[0], "Cérémonie d'ouverture");
  assert.match(await page.locator('.event-line').textContent(), /28–29 septembre 2022/);
  // The other day, and the programme parameter is kept.
  await page.getByRole('link', { name: /jeudi 29 septembre/ }).click();
  await page.waitForURL('**/programme?jour=2022-09-29&programme=%2Ftest-fixtures%2Fsample.json');
  assert.deepEqual(await page.locator('.session-card .title').allTextContents(),
    ['Contribuer à un commun numérique sans être développeur', 'Cérémonie de clôture']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigation between Programme, Plan and Mon agenda, and deep links after a reload', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  await page.locator('.session-card').first().waitFor();

  await page.getByRole('link', { name: 'Plan' }).click();
  await page.waitForURL('**/plan');
  assert.equal(await page.locator('main h1').textContent(), 'Plan du stade');
  assert.equal(await page.getByRole('link', { name: 'Plan' }).getAttribute('aria-current'), 'page');

  await page.getByRole('link', { name: 'Mon agenda' }).click();
  assert.equal(await page.locator('main h1').textContent(), 'Mon agenda');
  await page.reload();
  assert.equal(await page.locator('main h1').textContent(), 'Mon agenda');

  await page.goBack();
  await page.waitForURL('**/plan');
  assert.equal(await page.locator('main h1').textContent(), 'Plan du stade');

  await page.getByRole('link', { name: 'À propos' }).click();
  assert.equal(await page.locator('main h1').textContent(), 'À propos');
  await page.locator('.data-note').waitFor();
  assert.match(await page.locator('.data-note').textContent(), /^Programme reconstitué\. Sont réels/);
  assert.match(await page.locator('.data-note').textContent(), /Sont illustratifs/);
  assert.equal(await page.locator('.facts dd').textContent(), '2022-09-26.3');

  await page.goto(`${server.origin}/nulle-part`);
  assert.equal(await page.locator('main h1').textContent(), 'Page introuvable');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken programme file shows the error state with its path, and retry recovers', async () => {
  const { context, page } = await openPage(browser);
  const good = await (await fetch(`${server.origin}/test-fixtures/sample.json`)).text();
  const broken = good.replace('"2022-09-28T11:00:00+02:00"', '"2022-09-28 11:00"');
  // Match the file's path only: the page's own address names it in its query string.
  const isSample = (url) => url.pathname === '/test-fixtures/sample.json';
  await page.route(isSample, (route) =>
    route.fulfill({ contentType: 'application/json', body: broken }));
  await page.goto(server.origin + SAMPLE);

  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.locator('h2').textContent(), 'Le fichier du programme est invalide : 1 problème');
  const problem = await alert.locator('li').textContent();
  assert.match(problem, /^sessions\[1\]\.start\u00a0: « 2022-09-28 11:00 » n'est pas une date et heure RFC 3339/);
  assert.equal(await page.locator('.session-card').count(), 0);

  // The organisers fix the file: "Réessayer" loads it without reloading the page.
  await page.unroute(isSample);
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('.session-card').count(), 3);
  await context.close();
});

test('a truncated or missing programme file is explained, never a blank page', async () => {
  // Without the service worker: with it, a copy cached at the first visit would be shown
  // (tested in offline.test.mjs); here the file itself is broken.
  const { context, page } = await openPage(browser, { serviceWorkers: 'block' });
  await page.route('**/programme.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"format_version": 1, "event": {"id": "nec' }));
  await page.goto(`${server.origin}/programme`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /le fichier s'arrête avant la fin/);

  await page.unroute('**/programme.json');
  await page.route('**/programme.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').locator('h2').textContent(),
    /Le fichier du programme \/programme\.json n'a pas pu être lu \(erreur HTTP 404\)/);
  await context.close();
});

test('?programme= loads another same-origin file, and refuses any other origin', async () => {
  const { context, page, requests } = await openPage(browser);
  await page.goto(`${server.origin}/programme?programme=/test-fixtures/invalid-references.json`);
  await page.getByRole('alert').waitFor();
  const items = await page.getByRole('alert').locator('li').allTextContents();
  assert.deepEqual(items, [
    'sessions[0].space\u00a0: espace « tribune-nord » introuvable dans « spaces »',
    'sessions[0].speakers[0]\u00a0: intervenante ou intervenant « inconnu » introuvable dans « speakers »',
  ]);

  // Its page does not download the NEC programme, which it will not show: index.html's script
  // preloads the build's file only on pages without ?programme= (the worker, blocked here, may
  // copy it for offline use).
  const other = await openPage(browser, { serviceWorkers: 'block' });
  await other.page.goto(`${server.origin}/programme?programme=/test-fixtures/sample.json`);
  await other.page.locator('.session-card').first().waitFor();
  assert.deepEqual(other.requests.filter((url) => new URL(url).pathname === '/programme.json'), []);
  assert.ok(other.requests.some((url) => new URL(url).pathname === '/test-fixtures/sample.json'));
  assert.deepEqual(other.problems, []);
  await other.context.close();

  await page.goto(`${server.origin}/programme?programme=https://example.org/programme.json`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /seul un fichier de ce site peut être chargé/);
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== server.origin), []);
  await context.close();
});

test('another programme stays from page to page, after a reload and in the links a person passes on', async () => {
  const KEPT = 'programme=%2Ftest-fixtures%2Fsample.json';
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}${SAMPLE}`);
  await page.locator('.session-card').first().waitFor();
  // The header's and the footer's links name the file, as each session's card does (the sample
  // has no venue map: no map tab).
  const hrefs = async (selector) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(await hrefs('.site-header nav a'),
    ['/programme', '/maintenant', '/intervenants', '/agenda'].map((p) => `${p}?${KEPT}`));
  assert.deepEqual(await hrefs('.site-footer a'), ['/a-propos', '/accessibilite'].map((p) => `${p}?${KEPT}`));
  await page.locator('.session-card', { hasText: "Cérémonie d'ouverture" }).locator('.title a').click();
  await page.waitForURL(`**/session/ouverture?${KEPT}`);
  await page.getByRole('heading', { level: 1, name: "Cérémonie d'ouverture" }).waitFor();
  // A reload (or the link sent to a colleague) shows the same session, not "Page introuvable".
  await page.reload();
  await page.getByRole('heading', { level: 1, name: "Cérémonie d'ouverture" }).waitFor();
  await page.getByRole('link', { name: 'Henri Verdier' }).click();
  await page.waitForURL(`**/intervenant/henri-verdier?${KEPT}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Henri Verdier' }).waitFor();
  // A session kept from this programme: the agenda's share link opens the same programme.
  await page.goBack();
  await page.locator('.session-actions button.star').click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
  await page.waitForURL(`**/agenda?${KEPT}`);
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  assert.match(link, new RegExp(`^${server.origin}/agenda/partage\\?${KEPT}#2\\.[4-9][A-Z2-7]+$`));
  const other = await openPage(browser);
  await other.page.goto(link);
  await other.page.getByRole('heading', { name: 'Agenda partagé' }).waitFor();
  assert.deepEqual(await other.page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session)), ['ouverture']);
  await other.context.close();
  // A simulated moment stays too, until "Revenir à l'heure réelle", which keeps the programme.
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-28T10:15&${KEPT}`);
  await page.locator('.simulated').waitFor();
  const now = 'maintenant=2022-09-28T10%3A15';
  assert.deepEqual(await hrefs('.site-header nav a'),
    ['/programme', '/maintenant', '/intervenants', '/agenda'].map((p) => `${p}?${KEPT}&${now}`));
  await page.locator('.simulate summary').click();
  await page.getByRole('link', { name: "Revenir à l'heure réelle" }).click();
  await page.waitForURL(`**/maintenant?${KEPT}`);
  assert.equal(await page.locator('.simulated').count(), 0);
  assert.deepEqual(await hrefs('.site-header nav a'),
    ['/programme', '/maintenant', '/intervenants', '/agenda'].map((p) => `${p}?${KEPT}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a build with NEC_PROGRAMME_URL preloads that file, not /programme.json', () => {
  const staging = mkdtempSync(path.join(tmpdir(), 'nec-staging-'));
  try {
    writeFileSync(path.join(staging, 'index.html'), readFileSync(path.join(repo, 'index.html')));
    writeFileSync(path.join(staging, 'manifest.webmanifest'), readFileSync(path.join(repo, 'public', 'manifest.webmanifest')));
    mkdirSync(path.join(staging, 'locales'));
    writeFileSync(path.join(staging, 'locales', 'drome.json'), readFileSync(path.join(repo, 'tests/fixtures/sample.json')));
    const run = (url, base = '/') => execFileSync('node', [path.join(repo, 'xtask/pwa/postbuild.mjs')], {
      env: { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_PROFILE: 'debug', NEC_PROGRAMME_URL: url, NEC_BASE_PATH: base },
      stdio: 'pipe',
    });
    run('/locales/drome.json');
    const page = readFileSync(path.join(staging, 'index.html'), 'utf8');
    assert.match(page, /<meta name="nec-programme" content="\/locales\/drome\.json">/);
    assert.doesNotMatch(page, /programme\.json/);
    // The first view is that file's first day.
    assert.match(page, /<section class="preview" lang="fr"[^]*<h2>Mercredi 28 septembre <span class="count">3 sessions<\/span><\/h2>[^]*Cérémonie d&#39;ouverture/);
    // Anything but a path of this site stops the build with a message.
    for (const bad of ['https://example.org/p.json', '/a"><script>.json', '/../p.json']) {
      assert.throws(() => run(bad), (e) => /NEC_PROGRAMME_URL must be a path of this site/.test(e.stderr.toString()));
    }
    // Under a sub-path, a relative file is read under it, and the page's own addresses follow.
    writeFileSync(path.join(staging, 'index.html'), readFileSync(path.join(repo, 'index.html')));
    writeFileSync(path.join(staging, 'manifest.webmanifest'), readFileSync(path.join(repo, 'public', 'manifest.webmanifest')));
    run('locales/drome.json', '/nec-lyon/');
    const under = readFileSync(path.join(staging, 'index.html'), 'utf8');
    assert.match(under, /<meta name="nec-programme" content="\/nec-lyon\/locales\/drome\.json">/);
    assert.match(under, /<meta name="nec-base" content="\/nec-lyon\/">/);
    assert.match(under, /<link rel="manifest" href="\/nec-lyon\/manifest\.webmanifest">/);
    assert.match(under, /Cérémonie d&#39;ouverture/);
    const manifest = JSON.parse(readFileSync(path.join(staging, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, '/nec-lyon/programme');
    assert.throws(() => run('programme.json', '/../x/'), (e) => /NEC_BASE_PATH must be a path/.test(e.stderr.toString()));
    // The installed app, the page and its start screen carry the event's own names.
    const lyon = JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/sample.json'), 'utf8'));
    Object.assign(lyon.event, { name: 'NEC Lyon <2026>', short_name: 'NEC Lyon' });
    writeFileSync(path.join(staging, 'locales', 'drome.json'), JSON.stringify(lyon));
    writeFileSync(path.join(staging, 'index.html'), readFileSync(path.join(repo, 'index.html')));
    writeFileSync(path.join(staging, 'manifest.webmanifest'), readFileSync(path.join(repo, 'public', 'manifest.webmanifest')));
    run('/locales/drome.json');
    const named = readFileSync(path.join(staging, 'index.html'), 'utf8');
    assert.match(named, /<title>NEC Lyon &lt;2026&gt;<\/title>/);
    assert.match(named, /<meta name="apple-mobile-web-app-title" content="NEC Lyon">/);
    assert.match(named, /<p class="brand-name">NEC Lyon<\/p>/);
    assert.match(named, /<meta name="description" content="Le programme et votre agenda pour NEC Lyon &lt;2026&gt;, Stade Bollaert-Delelis, Lens\./);
    const installed = JSON.parse(readFileSync(path.join(staging, 'manifest.webmanifest'), 'utf8'));
    assert.equal(installed.name, 'NEC Lyon <2026>');
    assert.equal(installed.short_name, 'NEC Lyon');
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
});

test('a c3voc schedule imported with cargo nec-data import-c3voc opens in the app', async () => {
  mkdirSync(imports, { recursive: true });
  execFileSync('cargo', ['nec-data', 'import-c3voc', 'tests/fixtures/c3voc/frab-camp2019.json',
    path.join(imports, 'camp2019.json')], { cwd: repo, stdio: 'inherit' });
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?programme=/test-imports/camp2019.json`);
  await page.locator('.session-card').first().waitFor();
  const perDay = await page.locator('.days li:not(.all-days) .count').allTextContents();
  // "aucune session" on a day without any counts as 0.
  assert.equal(perDay.map((c) => Number.parseInt(c, 10) || 0).reduce((a, b) => a + b, 0), 79);
  const days = await page.locator('.days li:not(.all-days) .day-name').allTextContents();
  assert.equal(days[0], 'mercredi 21 août');
  const opening = page.locator('.session-card', { hasText: 'Opening Ceremony' });
  assert.equal(await opening.locator('.when').textContent(), '11:00–11:30');
  assert.match(await opening.locator('.space').textContent(), /^Curie/);
  assert.equal(await opening.locator('.language').textContent(), 'EN');
  // No venue in c3voc: the header shows the name and dates only, without stray separators.
  assert.equal(await page.locator('.event-line').textContent(), 'Chaos Communication Camp 2019 · 21–26 août 2019');
  assert.equal(days.length, 6);
  assert.deepEqual(problems, []);
  await context.close();
});
