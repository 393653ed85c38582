// Finding a session like a person in a corridor: search, filter, open a session, go back,
// reload — the view stays the same; a shared link shows what the sender saw; English is
// remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, repo, scrollToEnd, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const titles = (page) => page.locator('.session-card .title').allTextContents();

test('search, filter, open a session, go back, reload: the view is the same', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();

  // Day, then words typed without accents.
  await page.getByRole('link', { name: /mercredi 28 septembre/ }).click();
  await page.getByLabel('Chercher une session, une personne, une salle').fill('tiers lieu');
  await page.waitForURL(/q=tiers\+lieu/);
  // Words look in every day: the list is longer than a screen, drawn as the reader scrolls.
  await scrollToEnd(page);
  const found = await titles(page);
  assert.ok(found.includes('Un tiers-lieu numérique dans une ancienne cité minière'), found.join('\n'));
  assert.ok(await page.locator('.session-card mark').count() > 0, 'matches are highlighted');
  assert.match(await page.locator('main').getByRole('status').textContent(), /sessions? trouvées?/);

  // A filter, with its count.
  await page.getByRole('button', { name: 'Format', exact: true }).click();
  const label = page.locator('label[for="f-format-rex"]');
  const count = Number.parseInt(await label.locator('.count [aria-hidden="true"]').textContent(), 10);
  await label.click();
  await page.waitForURL(/format=rex/);
  await scrollToEnd(page);
  assert.equal((await titles(page)).length, count);
  const view = page.url();
  const shown = await titles(page);

  // Open a session, then back: the same view.
  await page.locator('.session-card .title a').first().click();
  await page.waitForURL('**/session/**');
  assert.equal(await page.locator('main h1').textContent(), shown[0]);
  await page.goBack();
  await page.waitForURL(view);
  await scrollToEnd(page);
  assert.deepEqual(await titles(page), shown);
  assert.equal(await page.getByLabel('Chercher une session, une personne, une salle').inputValue(), 'tiers lieu');

  // Reload: still the same.
  await page.reload();
  await page.locator('.session-card').first().waitFor();
  await scrollToEnd(page);
  assert.deepEqual(await titles(page), shown);

  // A shared link in a fresh browser shows what the sender saw.
  const other = await openPage(browser);
  await other.page.goto(view);
  await other.page.locator('.session-card').first().waitFor();
  await scrollToEnd(other.page);
  assert.deepEqual(await titles(other.page), shown);
  await other.context.close();

  // One tap clears everything, the day stays.
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await page.waitForURL('**/programme?jour=2022-09-28');
  assert.ok((await titles(page)).length > shown.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, the filters take one line; a choice shows as a chip that removes it', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 }, bypassCSP: true });
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  await scrollToEnd(page);
  const all = await titles(page);
  await page.evaluate(() => window.scrollTo(0, 0));

  // Closed, the filters are one line of buttons, beside "Liste" and "Grille": no wall of boxes.
  const bar = await page.locator('.facet-bar').boundingBox();
  const views = await page.locator('.views').boundingBox();
  const firstCard = await page.locator('.session-card').first().boundingBox();
  assert.ok(bar.height < 60, `the filters' row is ${bar.height} px tall`);
  assert.ok(Math.abs(bar.y + bar.height / 2 - (views.y + views.height / 2)) < 4, 'on the line of "Liste" and "Grille"');
  assert.ok(firstCard.y - views.y < 120, `the list starts ${firstCard.y - views.y} px below the views`);
  assert.equal(await page.locator('.filters input[type=checkbox]').count(), 1, 'only "en cours" before a dimension opens');
  const bar390 = await page.locator('.facet-bar button').evaluateAll((bs) => bs.map((b) => b.textContent));
  assert.deepEqual(bar390, ['Thème', 'Format', 'Salle', 'Langue', 'Accessibilité']);

  // A dimension opens onto its options; the numbers say what they count.
  const format = page.getByRole('button', { name: 'Format', exact: true });
  await format.click();
  assert.equal(await format.getAttribute('aria-expanded'), 'true');
  const options = page.getByRole('group', { name: 'Format' });
  assert.match(await page.locator('.counts-note').textContent(), /^Nombre de sessions par option, le mercredi 28 septembre$/);
  const workshop = options.getByRole('checkbox', { name: 'Atelier 12 sessions' });
  assert.equal(await options.getByRole('checkbox').count(), NEC.formats.length);
  // Tick, and the button says how many are chosen.
  await workshop.check();
  await page.waitForURL(/jour=2022-09-28&format=atelier$/);
  assert.equal(await page.locator('.days a[aria-current="page"] .count').textContent(), '12 sessions');
  assert.equal(await page.getByRole('button', { name: 'Format (1 choix)' }).count(), 1);
  // No chip while the options are open; Escape closes them and gives the focus back.
  assert.equal(await page.locator('.chips').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.facet-panel').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'format');

  // Axe finds nothing to say about an open dimension, nor about chips.
  const axe = readFileSync(path.join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const violations = async () => {
    await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  };
  assert.deepEqual(await violations(), []);

  // Closed, the choice is a chip; a second choice brings "Retirer tous les filtres".
  const chip = page.getByRole('button', { name: 'Retirer le filtre Atelier' });
  assert.equal(await chip.textContent(), 'Atelier✕');
  assert.equal(await page.getByRole('button', { name: 'Retirer tous les filtres' }).count(), 0);
  await page.getByRole('button', { name: 'Thème', exact: true }).click();
  assert.deepEqual(await violations(), []);
  await page.locator('label[for="f-theme-inclusion"]').click();
  await page.waitForURL(/theme=inclusion&format=atelier$/);
  await page.getByRole('button', { name: 'Fermer' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'theme');
  const chips = page.getByRole('list', { name: 'Filtres choisis' });
  assert.deepEqual(await chips.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent)),
    ['Retirer le filtre Inclusion numérique', 'Retirer le filtre Atelier', 'Retirer tous les filtres']);
  assert.deepEqual(await violations(), []);
  // Every chip is a target a finger can hit.
  for (const b of await chips.getByRole('button').all()) {
    const box = await b.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `a chip of ${box.width}×${box.height}`);
  }
  // Closed, the filters' line and two chips take three lines at most.
  const closed = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.facet-bar, .chips')].map((e) => e.getBoundingClientRect());
    return Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
  });
  assert.ok(closed < 160, `the closed filters take ${closed} px`);

  // Removing a chip is unticking: the address changes, the focus goes to the next chip.
  await chip.click();
  await page.waitForURL(/jour=2022-09-28&theme=inclusion$/);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Retirer le filtre Inclusion numérique');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/programme\?jour=2022-09-28$/);
  // The last one gone, the focus is on its dimension's button; the whole day is back.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'theme');
  assert.equal(await page.locator('.chips').count(), 0);
  await scrollToEnd(page);
  assert.deepEqual(await titles(page), all);

  // Back: the choice is there again, as a chip.
  await page.goBack();
  await page.waitForURL(/theme=inclusion$/);
  assert.equal(await page.getByRole('button', { name: 'Retirer le filtre Inclusion numérique' }).count(), 1);

  // A search looks in every day: so do the counts, and they say so.
  await page.locator('#recherche').fill('donnees');
  await page.waitForURL(/q=donnees/);
  await page.getByRole('button', { name: 'Thème (1 choix)' }).click();
  assert.equal(await page.locator('.counts-note').textContent(), 'Nombre de sessions par option, tous les jours confondus');

  // In English too.
  await page.locator('.lang-switch').click();
  assert.equal(await page.locator('.counts-note').textContent(), 'Sessions per option, all days together');
  await page.getByRole('button', { name: 'Theme (1 chosen)' }).click();
  assert.equal(await page.getByRole('button', { name: 'Remove filter Digital inclusion' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('results stay put while the address catches up with the typing; back empties the box', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  const box = page.getByLabel('Chercher une session, une personne, une salle');
  await box.fill('ouverture journee nationale');
  // A result focused before the address follows (300 ms later) keeps its focus, and its card is
  // the same element afterwards: nothing is drawn again.
  const link = page.locator('.session-card .title a').first();
  await link.focus();
  await page.evaluate(() => { window.focusedCard = document.activeElement.closest('.session-card'); });
  await page.waitForURL(/q=ouverture\+journee\+nationale/);
  await page.waitForTimeout(100);
  assert.ok(await page.evaluate(() => window.focusedCard.isConnected && window.focusedCard.contains(document.activeElement)));
  // Another day, a search there, then back: the day before, its address without words, and
  // an empty box (what was typed went with the address it was typed over).
  await page.getByRole('link', { name: /mercredi 28 septembre/ }).click();
  await page.waitForURL(/jour=2022-09-28/);
  await box.fill('');
  await page.waitForURL((url) => !url.search.includes('q='));
  await page.getByRole('link', { name: /jeudi 29 septembre/ }).click();
  await page.waitForURL(/jour=2022-09-29/);
  await box.fill('tiers lieu');
  await page.waitForURL(/q=tiers\+lieu/);
  await page.goBack();
  await page.waitForURL(/jour=2022-09-28$/);
  assert.equal(await box.inputValue(), '');
  await page.goForward();
  await page.waitForURL(/q=tiers\+lieu/);
  assert.equal(await box.inputValue(), 'tiers lieu');
  // Typed, then cleared at once: the box stays empty when the address follows.
  await box.fill('tiers lieu');
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await page.waitForTimeout(400);
  assert.equal(await box.inputValue(), '');
  assert.doesNotMatch(page.url(), /q=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a session page links its speakers, its space on the map and what runs alongside', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/session/cerémonie`.replace('cerémonie', 'ceremonie-d-ouverture-de-numerique-en-commun-s-2022'));
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), "Cérémonie d'ouverture de Numérique en Commun[s] 2022");
  assert.match(await page.locator('.facts').textContent(), /mercredi 28 septembre · 09:30–10:45/);
  assert.equal(await page.getByRole('link', { name: 'Voir sur le plan' }).getAttribute('href'), '/plan?espace=pleniere');
  // What runs at the same time: the village is open.
  assert.match(await page.locator('.session-page .cards').textContent(), /Village des exposants/);
  await page.getByRole('link', { name: 'Henri Verdier' }).click();
  await page.waitForURL('**/intervenant/henri-verdier');
  assert.equal(await page.locator('main h1').textContent(), 'Henri Verdier');
  assert.match(await page.locator('.about').textContent(), /Ambassadeur pour le numérique/);
  assert.equal(await page.locator('.session-card').count(), 1);

  // The speakers index finds people without accents.
  await page.goto(`${server.origin}/intervenants`);
  await page.getByLabel('Rechercher une personne ou une organisation').fill('medNUM');
  assert.deepEqual(await page.locator('.people a').allTextContents(), ['La MedNum']);
  assert.match(await page.locator('main').getByRole('status').textContent(), /^1 personne$/);

  // An unknown session is said so.
  await page.goto(`${server.origin}/session/n-existe-pas`);
  assert.equal(await page.locator('main h1').textContent(), 'Page introuvable');
  assert.deepEqual(problems, []);
  await context.close();
});

test('English is one tap away and remembered', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?jour=2022-09-29`);
  await page.locator('.session-card').first().waitFor();
  await page.getByRole('button', { name: 'Read in English' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.day > h2').textContent(), 'Thursday 29 September');
  assert.equal(await page.getByRole('link', { name: 'My agenda' }).count(), 1);
  await page.reload();
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.day > h2').textContent(), 'Thursday 29 September');
  await page.getByRole('button', { name: 'Lire en français' }).click();
  assert.equal(await page.locator('.day > h2').textContent(), 'jeudi 29 septembre');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every text says its language to screen readers: English sessions on French pages, French texts on English pages', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const language = Object.fromEntries(NEC.sessions.map((s) => [s.id, s.language]));
  const COMMONS = 'digital-commons-in-europe-how-public-bodies-can-fund-and-sus';
  // Each card's title carries its session's language, on a French page as on an English one.
  const cardLangs = () => page.locator('.session-card').evaluateAll((cards) =>
    cards.map((c) => [c.dataset.session, c.querySelector('.title').getAttribute('lang')]));
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  // The whole day, not only the cards near the screen: as before printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('.session-card').length === 47);
  const cards = await cardLangs();
  assert.ok(cards.some(([id]) => id === COMMONS), cards.map(([id]) => id).join(' '));
  for (const [id, lang] of cards) assert.equal(lang, language[id], id);
  // An English session's page in French: its title and summary are read in English.
  await page.goto(`${server.origin}/session/${COMMONS}`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.abstract').getAttribute('lang'), 'en');
  // In English: French titles in the grid say they are French, and so does a room known only by
  // its French proper name; the plenary hall's English name and facts carry no mark.
  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.goto(`${server.origin}/programme?jour=2022-09-28&vue=grille`);
  await page.locator('.grid-session a').first().waitFor();
  const grid = await page.locator('.grid-session a').evaluateAll((links) =>
    links.map((a) => [a.getAttribute('href').replace('/session/', ''), a.getAttribute('lang')]));
  assert.ok(grid.length > 10);
  for (const [id, lang] of grid) assert.equal(lang, language[id], id);
  const heads = await page.locator('.grid thead th[scope=col] > span:first-child').evaluateAll((spans) =>
    spans.map((s) => [s.textContent, s.getAttribute('lang')]));
  assert.deepEqual(heads.find(([name]) => name.startsWith('Grand Salon')), ['Grand Salon – plenary hall', null]);
  assert.deepEqual(heads.find(([name]) => name.startsWith('Salon Artois')), ['Salon Artois', 'fr']);
  await page.goto(`${server.origin}/plan?espace=pleniere`);
  const panel = page.locator('.space-panel');
  await panel.waitFor();
  assert.equal(await panel.locator('h2').textContent(), 'Grand Salon – plenary hall');
  assert.equal(await panel.locator('h2').getAttribute('lang'), null);
  const facts = await panel.locator('.facts-list li').evaluateAll((items) => items.map((li) => [li.textContent, li.getAttribute('lang')]));
  assert.ok(facts.some(([text]) => text === 'Lifts from the Lepagnot stand hall; wheelchair spaces in the front row.'), JSON.stringify(facts));
  assert.ok(facts.every(([, lang]) => lang === null), JSON.stringify(facts));
  await page.goto(`${server.origin}/plan?espace=salon-artois`);
  await page.locator('.space-panel h2', { hasText: 'Salon Artois' }).waitFor();
  assert.equal(await page.locator('.space-panel h2').getAttribute('lang'), 'fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Maintenant: a countdown before, now and next during, thanks after; the clock can be set', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-20T08:00`);
  await page.locator('.countdown').waitFor();
  assert.equal(await page.locator('.countdown').textContent(), "L'événement commence dans 7 jours 30 min.");
  assert.match(await page.locator('.simulated').textContent(), /mardi 20 septembre 08:00/);

  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-28T10:15`);
  await page.locator('.session-card').first().waitFor();
  const sections = await page.locator('h2').allTextContents();
  assert.deepEqual(sections, ['En ce moment', 'Ensuite, mercredi 28 septembre 11:00']);
  assert.match(await page.locator('.cards').first().textContent(), /Cérémonie d'ouverture de Numérique en Commun\[s\] 2022/);

  // The setting: another time, typed in the event's time.
  await page.locator('.simulate summary').click();
  await page.getByLabel("Date et heure, à l'heure de l'événement").fill('2022-10-01T09:00');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await page.waitForURL('**/maintenant?maintenant=2022-10-01T09%3A00');
  assert.equal(await page.locator('h2').first().textContent(), "Merci de votre venue !");
  await page.getByRole('link', { name: "Revenir à l'heure réelle" }).click();
  await page.waitForURL('**/maintenant');
  assert.equal(await page.locator('.simulated').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Maintenant puts my own sessions first: the one I am in, the next one, and the way there', async () => {
  const CAFE = 'accueil-cafe-des-conseillers-numeriques-27'; // 08:30–09:30, accueil
  const VILLAGE = 'village-des-exposants-ouverture-27'; // open all along: not one to walk to
  const OPENING = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques'; // 09:30–10:30, plenary
  const agenda = { version: 2, sessions: Object.fromEntries([CAFE, VILLAGE, OPENING].map((id) => [id, { kept: true, changed: 1 }])) };
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript((text) => {
    if (!localStorage.getItem('nec.agenda.v2')) localStorage.setItem('nec.agenda.v2', text);
  }, JSON.stringify(agenda));
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-27T09:15`);
  const mine = page.locator('section.mine');
  await mine.waitFor();
  assert.equal(await mine.getByRole('heading').textContent(), 'Dans mon agenda');
  const items = mine.locator('li');
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).textContent(), /^En ce moment\s*Accueil café des conseillers numériques\s*08:30–09:30 · Accueil – parvis/);
  assert.match(await items.nth(1).textContent(), /^Ensuite, 09:30\s*Ouverture de la Journée nationale/);
  // From the café's room to the plenary hall, step-free as chosen in the agenda.
  await page.goto(`${server.origin}/agenda`);
  await page.getByLabel('Mes trajets sans marches (ascenseurs uniquement)').check();
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-27T09:15`);
  const way = page.getByRole('link', { name: /^Itinéraire depuis Accueil – parvis/ });
  // The simulated moment goes along, so the map's "now and next" are the same moment's.
  assert.equal(await way.getAttribute('href'), '/plan?depuis=accueil&vers=pleniere&sansmarches=1&maintenant=2022-09-27T09%3A15');
  await way.click();
  await page.waitForURL('**/plan?depuis=accueil&vers=pleniere&sansmarches=1&maintenant=2022-09-27T09%3A15');
  await page.locator('ol.directions').waitFor();
  assert.match(await page.locator('ol.directions').textContent(), /ascenseur/);
  // The next day, nothing of mine is left: the section is not there, everyone's sessions are.
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-28T10:15`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('section.mine').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the grid view is a real table, scrolls in its own region, and keeps the filters', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  await page.getByRole('link', { name: 'Grille' }).click();
  await page.waitForURL('**/programme?jour=2022-09-28&vue=grille');
  const table = page.getByRole('table');
  const columns = await table.locator('thead th[scope=col]').allTextContents();
  assert.equal(await table.locator('caption').textContent(), `Grille · mercredi 28 septembre · ${columns.length - 1} salles, de gauche à droite`);
  assert.equal(columns[0], 'Heure');
  assert.ok(columns.some((c) => c.startsWith('Salon Artois')), columns.join(' | '));
  assert.equal(await table.locator('tbody th[scope=row]').first().textContent(), '08:30');
  // The opening spans its rows in the plenary hall's column.
  const opening = table.locator('td', { hasText: "Cérémonie d'ouverture" });
  assert.ok(Number(await opening.getAttribute('rowspan')) >= 1);
  // The region scrolls by keyboard: it can take focus.
  const region = page.getByRole('region', { name: /^Grille · mercredi 28 septembre · \d+ salles/ });
  assert.equal(await region.getAttribute('tabindex'), '0');
  // On a wide screen it reaches past the page's column towards the screen's right edge (more
  // spaces side by side), its left edge aligned with the page's title; the page itself does
  // not scroll sideways.
  const [box, title, column, [scroll, client]] = [await region.boundingBox(), await page.locator('main h1').boundingBox(),
    await page.locator('.search').boundingBox(),
    await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])];
  assert.equal(box.x, title.x);
  assert.ok(box.x + box.width > column.x + column.width + 100, `${JSON.stringify(box)} within ${JSON.stringify(column)}`);
  assert.ok(box.x + box.width <= client - 16 && scroll <= client, `${JSON.stringify(box)}, page ${scroll} px in ${client} px`);
  // A filter applies to the grid too, and the choice of view survives it.
  await page.getByLabel('Chercher une session, une personne, une salle').fill('pitch');
  await page.waitForURL(/vue=grille.*q=pitch|q=pitch.*vue=grille/);
  const cells = await table.locator('.grid-session a').allTextContents();
  assert.equal(cells.length, 8, cells.join('\n'));
  await page.getByRole('link', { name: 'Liste' }).click();
  assert.equal(await page.locator('.session-card').count(), 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every day in one list, to read or print the whole programme', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  const all = page.locator('.days').getByRole('link', { name: /^Tous les jours/ });
  assert.match(await all.textContent(), new RegExp(`${NEC.sessions.length} sessions$`));
  await all.click();
  await page.waitForURL('**/programme?jour=tous');
  assert.equal(await all.getAttribute('aria-current'), 'page');
  assert.equal(await page.locator('.days [aria-current]').count(), 1);
  assert.equal(await page.locator('section.day h2').first().textContent(), 'Tout le programme');
  assert.equal(await page.locator('.result-status span').first().textContent(), `${NEC.sessions.length} sessions`);
  // The four tabs hold in one row on a phone.
  const tops = await page.locator('.days li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  assert.equal(tops.length, 4);
  assert.equal(new Set(tops).size, 1, `tabs at ${tops}`);
  // Before printing, every session of every day is drawn, each day under its name.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('.session-card').length === n, NEC.sessions.length);
  assert.deepEqual(await page.locator('.results-day').allTextContents(), ['mardi 27 septembre', 'mercredi 28 septembre', 'jeudi 29 septembre']);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.results-day').first().isVisible(), true);
  assert.equal(await page.locator('.days').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  // A day's tab goes back to that day alone.
  await page.locator('.days').getByRole('link', { name: /^jeudi 29 septembre/ }).click();
  await page.waitForURL('**/programme?jour=2022-09-29');
  assert.equal(await page.locator('section.day h2').first().textContent(), 'jeudi 29 septembre');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, the grid shows two rooms and more side by side, and fits above the tab bar', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/programme?jour=2022-09-28&vue=grille`);
  const region = page.getByRole('region', { name: /^Grille · mercredi 28 septembre · \d+ salles, de gauche à droite$/ });
  await region.waitFor();
  await region.scrollIntoViewIfNeeded();
  const box = await region.boundingBox();
  const heads = await region.locator('thead th[scope=col]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const whole = heads.slice(1).filter((h) => h.left >= heads[0].right - 1 && h.right <= box.x + box.width + 1);
  assert.ok(whole.length >= 2, `${whole.length} whole rooms in ${box.width} px: ${JSON.stringify(heads.slice(0, 4))}`);
  // Scrolled to it, the whole box is on the screen above the tab bar: its own scrolling never
  // traps the page's.
  const tabs = await page.locator('.site-header nav').boundingBox();
  await page.evaluate(() => document.querySelector('.grid-scroll').scrollIntoView({ block: 'start' }));
  const shown = await region.boundingBox();
  assert.ok(shown.height <= tabs.y, `box ${JSON.stringify(shown)}, tab bar at ${tabs.y}`);
  // The page itself does not scroll sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  assert.deepEqual(problems, []);
  await context.close();
});

test('while the event runs, the programme opens at now: what is over folded, what runs marked', async () => {
  const { context, page, problems } = await openPage(browser);
  const at = (text) => new Date(text).getTime();
  const now = at('2022-09-28T14:10:00+02:00');
  const wednesday = NEC.sessions.filter((s) => s.start.startsWith('2022-09-28'));
  const over = wednesday.filter((s) => at(s.end) <= now);
  const running = wednesday.filter((s) => at(s.start) <= now && now < at(s.end) && s.status !== 'cancelled');
  assert.ok(over.length > 5 && running.length > 0, 'the data has a morning and a running slot');

  await page.goto(`${server.origin}/programme?maintenant=2022-09-28T14:10`);
  await page.locator('.session-card').first().waitFor();
  // Today is Wednesday: its tab is the current one, and the list starts with what runs now.
  assert.equal(await page.locator('.days a[aria-current="page"] .day-name').textContent(), 'mercredi 28 septembre');
  const fold = page.locator('.over-fold button');
  assert.equal(await fold.textContent(), `Afficher les ${over.length} sessions terminées`);
  assert.equal(await fold.getAttribute('aria-expanded'), 'false');
  const ids = await page.locator('.session-card').evaluateAll((cards) => cards.map((c) => c.dataset.session));
  for (const id of ids) {
    const session = NEC.sessions.find((s) => s.id === id);
    assert.ok(at(session.end) > now, `${id} is over but shown before the fold is opened`);
  }
  const first = NEC.sessions.find((s) => s.id === ids[0]);
  assert.ok(at(first.start) <= now, `the first card runs now: ${first.id} at ${first.start}`);
  // Running sessions say so, in words (not only a colour).
  const runningCard = page.locator(`.session-card[data-session="${running[0].id}"]`);
  assert.equal(await runningCard.locator('.badge-now').textContent(), 'En cours');
  assert.match(await runningCard.getAttribute('class'), /\brunning\b/);

  // The fold opens and closes; what is over says it.
  await fold.click();
  assert.equal(await fold.getAttribute('aria-expanded'), 'true');
  assert.equal(await fold.textContent(), 'Masquer les sessions terminées');
  const overCard = page.locator(`.session-card[data-session="${over[0].id}"]`);
  await overCard.waitFor();
  assert.equal(await overCard.locator('.badge-over').textContent(), 'Terminée');
  await fold.click();
  await overCard.waitFor({ state: 'detached' });

  // Searching shows every match, over or not; another day is not folded.
  await page.goto(`${server.origin}/programme?jour=2022-09-29&maintenant=2022-09-28T14:10`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('.over-fold').count(), 0, 'tomorrow has nothing over');
  // After the event, nothing is folded either.
  await page.goto(`${server.origin}/programme?jour=2022-09-28&maintenant=2022-10-01T09:00`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await page.locator('.over-fold').count(), 0, 'after the event, the day is whole');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a search looks in every day: each day\'s results under its name, the tabs counting them', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?jour=2022-09-27`);
  await page.locator('.session-card').first().waitFor();
  const box = page.getByLabel('Chercher une session, une personne, une salle');
  await box.fill('verdier');
  await page.waitForURL(/q=verdier/);
  // Henri Verdier speaks on Wednesday: found from Tuesday, under Wednesday's name.
  assert.deepEqual(await titles(page), ["Cérémonie d'ouverture de Numérique en Commun[s] 2022"]);
  assert.deepEqual(await page.locator('.results-day').allTextContents(), ['mercredi 28 septembre']);
  assert.equal(await page.locator('main').getByRole('status').locator('span').first().textContent(), '1 session trouvée');
  assert.deepEqual(await page.locator('.days li:not(.all-days) .count').allTextContents(), ['aucune session', '1 session', 'aucune session']);
  assert.equal(await page.locator('.days a[aria-current="page"]').count(), 0, 'no day is the page while searching');

  // Words found on several days: each day's matches under its name, in order.
  await box.fill('pitch');
  await page.waitForURL(/q=pitch/);
  // A tap on a day's tab draws that day's results and brings them into view.
  await page.getByRole('link', { name: /jeudi 29 septembre/ }).click();
  await page.waitForURL(/jour=2022-09-29/);
  await page.waitForTimeout(200);
  const thursday = await page.locator('#resultats-2022-09-29').boundingBox();
  assert.ok(thursday.y > -2 && thursday.y < 400, `Thursday's results are in view (${thursday.y})`);
  await scrollToEnd(page);
  const days = await page.locator('.results-day').allTextContents();
  assert.deepEqual(days, ['mardi 27 septembre', 'mercredi 28 septembre', 'jeudi 29 septembre']);
  const perDay = (await page.locator('.days li:not(.all-days) .count').allTextContents()).map((c) => Number.parseInt(c, 10) || 0);
  assert.match(await page.locator('main').getByRole('status').locator('span').first().textContent(),
    new RegExp(`^${perDay.reduce((a, b) => a + b, 0)} sessions trouvées sur 3 jours$`));

  // Cleared, the day tapped last is the page again.
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await page.waitForURL('**/programme?jour=2022-09-29');
  assert.equal(await page.locator('.results-day').count(), 0);
  assert.equal(await page.locator('.days a[aria-current="page"] .day-name').textContent(), 'jeudi 29 septembre');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, a session page says when and where first; a speaker\'s sessions say their day', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022`);
  await page.locator('.session-page h1').waitFor();
  const top = async (selector) => (await page.locator(selector).first().boundingBox()).y;
  const when = await top('.facts dt');
  assert.equal(await page.locator('.facts dt').first().textContent(), 'Quand');
  assert.ok(when < await top('.session-actions'), 'when comes before the actions');
  assert.ok(await top('.map-link') < await top('.session-actions'), 'where comes before the actions');
  assert.ok(await top('.session-actions') < await top('.note'), 'the note comes after the actions');
  // Where, with a real button to the map, within the first screen.
  const map = await page.getByRole('link', { name: 'Voir sur le plan' }).boundingBox();
  assert.ok(map.height >= 44 && map.width >= 44, `the map link is ${map.width}×${map.height}`);
  assert.ok(map.y + map.height < 844 - 60, 'the map link is on the first screen');

  // Henri Verdier's sessions, each with its day.
  await page.goto(`${server.origin}/intervenant/henri-verdier`);
  await page.locator('.session-card').first().waitFor();
  assert.deepEqual(await page.locator('.session-card .when').allTextContents(), ['mercredi 28 septembre · 09:30–10:45']);
  assert.deepEqual(problems, []);
  await context.close();
});
