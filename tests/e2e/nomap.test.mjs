// A programme without a venue map (many local NECs have none): no map tab, no map link, no walk
// between rooms, and nothing that leads to an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, repo, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const CAFE = 'accueil-cafe-des-conseillers-numeriques-27'; // 08:30–09:30, accueil
const OPENING = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques'; // 09:30, plenary
const FILE = '/sans-plan.json';
const withMap = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const withoutMap = structuredClone(withMap);
delete withoutMap.event.venue.map;

/** Links on the page that lead to the map. */
const mapLinks = (page) => page.evaluate(() => [...document.querySelectorAll('a[href]')]
  .map((a) => new URL(a.getAttribute('href'), location.href).pathname)
  .filter((p) => p === '/plan'));

test('without a venue map: no map tab, no map link, no walks, no error', { timeout: 120000 }, async () => {
  server.overrides.set(FILE, ['application/json', JSON.stringify(withoutMap)]);
  const { context, page, problems, requests } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  const q = `programme=${encodeURIComponent(FILE)}&maintenant=2022-09-27T08:00`;
  // The same two sessions, back to back in two rooms, that the stadium's map says are a walk apart.
  for (const id of [CAFE, OPENING]) {
    await page.goto(`${server.origin}/session/${id}?${q}`);
    await page.locator('.session-actions button.star').click();
    await page.locator('.session-actions button.star[data-kept="true"]').waitFor();
    // Where it is, said in words; no "Voir sur le plan".
    assert.equal(await page.getByRole('link', { name: 'Voir sur le plan' }).count(), 0, id);
    assert.match(await page.locator('.facts').textContent(), /Où/);
  }
  for (const address of ['/programme', `/session/${OPENING}`, '/agenda', '/maintenant', '/intervenants', '/a-propos']) {
    await page.goto(`${server.origin}${address}${address.includes('?') ? '&' : '?'}${q}`);
    await page.locator('main h1').first().waitFor();
    await page.locator('nav .tab, nav li').first().waitFor();
    assert.deepEqual(await mapLinks(page), [], address);
    assert.equal(await page.locator('nav').getByRole('link', { name: 'Plan' }).count(), 0, `no map tab on ${address}`);
  }
  // The agenda counts no walk, and does not say it could not read a map.
  await page.goto(`${server.origin}/agenda?${q}`);
  await page.locator(`.planned[data-session="${OPENING}"]`).waitFor();
  const agenda = await page.locator('main').textContent();
  assert.doesNotMatch(agenda, /à pied|de marche|plan du stade n'a pas pu/i);
  assert.equal(await page.locator('.gap .warnings').count(), 0);
  // Maintenant names the next room, with no way to a map.
  await page.goto(`${server.origin}/maintenant?programme=${encodeURIComponent(FILE)}&maintenant=2022-09-27T08:45`);
  await page.locator('.mine').waitFor();
  assert.deepEqual(await mapLinks(page), []);
  // An old link to the map says there is none, calmly.
  await page.goto(`${server.origin}/plan?${q}`);
  await page.getByText("Ce programme n'a pas de plan du lieu.").waitFor();
  assert.equal(await page.locator('.data-error').count(), 0);
  // No map file was ever asked for.
  assert.deepEqual(requests.filter((url) => url.endsWith('venue.json')), []);
  assert.deepEqual(problems, []);
  server.overrides.delete(FILE);
  await context.close();
});

test('with the map, the same pages have the tab, the links and the walk', { timeout: 60000 }, async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/session/${OPENING}`);
  await page.getByRole('link', { name: 'Voir sur le plan' }).waitFor();
  assert.equal(await page.locator('nav').getByRole('link', { name: 'Plan' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a local NEC is called by its own name: title, header, "À propos"', { timeout: 60000 }, async () => {
  const local = structuredClone(withoutMap);
  Object.assign(local.event, { name: 'NEC Lyon 2026', short_name: 'NEC Lyon' });
  server.overrides.set('/lyon.json', ['application/json', JSON.stringify(local)]);
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?programme=%2Flyon.json`);
  await page.locator('.session-card').first().waitFor();
  await page.waitForFunction(() => document.title === 'Programme · NEC Lyon');
  assert.equal((await page.locator('.site-header .brand-name').textContent()).trim(), 'NEC Lyon');
  await page.goto(`${server.origin}/a-propos?programme=%2Flyon.json`);
  await page.getByText('NEC Compagnon présente le programme de NEC Lyon 2026').waitFor();
  assert.deepEqual(problems, []);
  server.overrides.delete('/lyon.json');
  await context.close();
});
