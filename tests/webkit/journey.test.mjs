// The app in WebKit, the engine of every browser on an iPhone (Debian's WebKitGTK, driven
// through its WebDriver): a person finds a session, keeps it, sees it in their agenda, finds its
// room on the map with a route, then opens the app again with no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repo, startServer } from '../e2e/support.mjs';
import { startDisplay, startDriver, newSession } from './webdriver.mjs';

const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const VENUE = JSON.parse(readFileSync(path.join(repo, 'public', 'venue.json'), 'utf8'));
const SESSION = 'un-tiers-lieu-numerique-dans-une-ancienne-cite-miniere'; // 28 Sept. 14:00
const session = NEC.sessions.find((s) => s.id === SESSION);
const room = VENUE.spaces.find((s) => s.id === session.space);
// The app's clock, pinned: the event's second day, before the session.
const NOW = 'maintenant=2022-09-28T10:00';

let display;
let driver;
let server;
let browser;

before(async () => {
  display = await startDisplay();
  driver = await startDriver(display.display);
  server = await startServer();
  browser = await newSession(driver);
});

after(async () => {
  // Each by its own id, whatever failed before.
  await browser?.close().catch(() => {});
  await server?.close();
  await driver?.stop();
  await display?.stop();
});

/** Errors the page met since `watch` ran in it: uncaught ones, rejections, console.error; and
 * the app's own notice if it stopped. */
const watch = () => browser.run(() => {
  window.problems = [];
  addEventListener('error', (e) => window.problems.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.problems.push(`rejection: ${e.reason}`));
  const error = console.error.bind(console);
  console.error = (...args) => { window.problems.push(`console: ${args.join(' ')}`); error(...args); };
});
const problems = () => browser.run(() => [
  ...(window.problems ?? []),
  ...[...document.querySelectorAll('.app-stopped')].map((e) => `notice: ${e.textContent}`),
]);

/** The text of every element `css` finds, as shown. */
const texts = (css) => browser.run((c) => [...document.querySelectorAll(c)].map((e) => e.textContent.trim()), css);

test('find a session, keep it, see it in the agenda and on the map, then again offline', async () => {
  // The programme, on the day the clock says.
  await browser.goto(`${server.origin}/programme?${NOW}`);
  await browser.waitFor('the programme\'s first session cards', () => document.querySelectorAll('.session-card').length > 0);
  await watch();
  assert.equal((await texts('main h1'))[0], 'Programme');
  assert.match((await texts('a[aria-current=page] .day-name'))[0], /mercredi 28 septembre/i);

  // A search typed without accents finds the session, its words highlighted.
  await browser.click('#recherche');
  await browser.type('#recherche', 'cite miniere');
  const card = `.session-card[data-session="${SESSION}"]`;
  await browser.waitFor(`the card of "${session.title}" among the results`, (c) => document.querySelector(c), [card]);
  assert.equal((await texts(`${card} .title`))[0], session.title);
  assert.ok((await texts(`${card} mark`)).length > 0, 'the words found are highlighted');
  assert.match((await texts('main [role=status]')).join(' '), /trouvée/);
  await browser.waitFor('the search in the address', () => location.search.includes('q=cite+miniere'));

  // The star keeps it: its words change from adding to removing.
  const star = `${card} button.star`;
  assert.match((await texts(star))[0], /Ajouter à mon agenda/);
  await browser.click(star);
  await browser.waitFor('the star to say the session is kept', (s) => document.querySelector(s)?.dataset.kept === 'true', [star]);
  assert.match((await texts(star))[0], /Retirer de mon agenda/);

  // Mon agenda, from the main navigation: the session is there, on its day.
  await browser.clickText('nav a', 'Mon agenda');
  const planned = `.planned[data-session="${SESSION}"]`;
  await browser.waitFor('the kept session in Mon agenda', (p) => document.querySelector(p), [planned]);
  assert.ok((await texts(planned))[0].includes(session.title));
  assert.deepEqual(await texts('.agenda-day h2'), ['mercredi 28 septembre']);

  // Its room on the map, from the session's page, then the way there from the main entrance.
  await browser.click(`${planned} a[href^="/session/"]`);
  await browser.waitFor('the session\'s page', (t) => document.querySelector('main h1')?.textContent === t, [session.title]);
  await browser.clickText('a', 'Voir sur le plan');
  await browser.waitFor(`the map with ${room.name.fr}`, (id) =>
    document.querySelector(`svg.map [data-space="${id}"]`)?.getAttribute('aria-pressed') === 'true', [room.id]);
  assert.equal((await texts('.space-panel h2'))[0], room.name.fr);
  await browser.clickText('button', 'Itinéraire jusqu\'ici');
  await browser.waitFor('the route\'s steps', () => document.querySelectorAll('.directions li').length > 1);
  assert.match(await browser.run(() => location.search), /depuis=entree-principale/);
  const steps = await texts('.directions li');
  assert.equal(steps.at(-1), `Arrivée : ${room.name.fr}`);
  assert.match((await texts('.route-summary'))[0], /^\d+ m, environ \d+ min à pied/);
  assert.ok(await browser.run(() => document.querySelectorAll('svg.map .route line').length > 0), 'the route is drawn');
  assert.deepEqual(await problems(), []);

  // Offline: once the service worker controls the page, the network goes (the server stops),
  // and a reload of the session's address shows the page and the session still kept.
  const deepLink = `${server.origin}/session/${SESSION}`;
  await browser.goto(deepLink);
  await browser.waitFor('the session\'s page', (t) => document.querySelector('main h1')?.textContent === t, [session.title]);
  const controlled = await browser.runAsync(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
    return Boolean(navigator.serviceWorker.controller);
  }).catch((err) => `no: ${err.message}`);
  assert.equal(controlled, true, 'the service worker controls the page within 30 s (its offline copy is made)');
  await server.close();
  await assert.rejects(fetch(deepLink), 'the server is stopped');
  await browser.refresh();
  await browser.waitFor('the session\'s page, offline', (t) => document.querySelector('main h1')?.textContent === t, [session.title]);
  await watch();
  const kept = '.session-actions button.star';
  await browser.waitFor('the session\'s star', (s) => document.querySelector(s), [kept]);
  assert.equal(await browser.run((s) => document.querySelector(s).dataset.kept, kept), 'true');
  assert.match((await texts(kept))[0], /Retirer de mon agenda/);
  assert.deepEqual(await problems(), []);
  // Another address never opened offline: the worker answers it with the app too.
  await browser.goto(`${server.origin}/agenda`);
  await browser.waitFor('the kept session in Mon agenda, offline', (p) => document.querySelector(p), [planned]);
  assert.ok((await texts(planned))[0].includes(session.title));
  assert.deepEqual(await problems(), [], 'the app did not stop');
});
