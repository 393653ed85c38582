// Mon agenda, as a person uses it: star sessions, reload, find them again; a second tab; notes;
// clashes; the calendar file downloaded and read back; a share link opened in a fresh browser;
// damaged or full storage; what changed when the programme is republished.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, repo, imports, withServerAndBrowser, server, browser, shareCode } from './support.mjs';

withServerAndBrowser();

const NEC = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
const CAFE = 'accueil-cafe-des-conseillers-numeriques-27'; // 08:30–09:30, accueil (level 0)
const OPENING = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques'; // 09:30, plenary (level 2)
const VILLAGE = 'village-des-exposants-ouverture-27'; // 09:00–18:00, open all along: clashes with nothing
const ARTOIS = 'comment-communiquer-sur-mon-action-et-la-valoriser'; // 10:45–12:15, salon Artois
const ITINERANTS = 'conseillers-numeriques-itinerants-aller-vers-de-nouveaux-pub'; // 10:45–11:45, atelier 1
const LUNCH = 'dejeuner-27'; // 12:15–13:45, restauration (level 1); a ";" in its abstract
const AI = 'intelligence-artificielle-dans-les-services-publics-promesse'; // a "," in its title
const ATELIER_4 = 'construire-son-reseau-local-d-aidants-numeriques'; // 13:45, atelier 4: stairs only
const title = (id) => NEC.sessions.find((s) => s.id === id).title;
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The star of a session on its page. */
const starOn = (page) => page.locator('.session-actions button.star');

async function keep(page, id) {
  await page.goto(`${server.origin}/session/${id}`);
  const star = starOn(page);
  await star.waitFor();
  if ((await star.getAttribute('data-kept')) !== 'true') await star.click();
  assert.equal(await star.getAttribute('data-kept'), 'true');
}

/** Ids listed on the agenda page, in order. */
async function listed(page) {
  return page.locator('.planned').evaluateAll((els) => els.map((e) => e.dataset.session));
}

test('a star on a card is kept across a reload and listed by day, with free time', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/agenda`);
  await page.getByRole('heading', { name: 'Votre agenda est vide' }).waitFor();
  assert.match(await page.locator('.agenda-empty').textContent(), /touchez « ☆ Ajouter à mon agenda »/);
  await page.getByRole('link', { name: 'Parcourir le programme' }).click();
  const card = page.locator(`.session-card[data-session="${CAFE}"]`);
  // The star says what it does: add, then remove (its sign ☆ then ★), the session's title after.
  await card.getByRole('button', { name: new RegExp(`^Ajouter à mon agenda\\s: ${title(CAFE)}`) }).waitFor();
  const star = card.locator('button.star');
  assert.equal(await star.getAttribute('data-kept'), 'false');
  assert.equal(await star.getAttribute('aria-pressed'), null, 'words that change: no toggle state');
  await star.click();
  assert.equal(await star.getAttribute('data-kept'), 'true');
  await card.getByRole('button', { name: new RegExp(`^Retirer de mon agenda\\s: ${title(CAFE)}`) }).waitFor();
  assert.equal(await page.locator('[role=status][aria-live=polite]').first().textContent(),
    `« ${title(CAFE)} » ajoutée à votre agenda.`);
  // The keyboard works too: Space on the next card's star.
  const next = page.locator(`.session-card[data-session="${OPENING}"] button.star`);
  await next.focus();
  await page.keyboard.press('Space');
  assert.equal(await next.getAttribute('data-kept'), 'true');
  await page.reload();
  await card.waitFor();
  assert.equal(await card.locator('button.star').getAttribute('data-kept'), 'true', 'kept after reload');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon agenda' }).click();
  await page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(page), [CAFE, OPENING]);
  assert.equal(await page.locator('.agenda-day h2').textContent(), 'mardi 27 septembre');
  assert.equal(await page.locator('.planned .when').first().textContent(), '08:30–09:30');
  assert.match(await page.locator('.planned .meta').first().textContent(), /Accueil/);
  assert.equal(await page.locator('.gap .gap-time').textContent(), 'Enchaînement direct');
  // The walk from the welcome desk (level 0) to the plenary (level 2) does not fit in 0 min:
  // said once, between the two sessions, in plain words.
  assert.equal(await page.locator('.agenda .warnings li').count(), 1);
  assert.match(await page.locator('.gap .warnings').textContent(),
    /^⚠ Attention\s:\sEnviron \d+ min à pied depuis « Accueil café des conseillers numériques » : prévoyez de partir un peu avant la fin\.$/);
  // The other session's title is in its own language (WCAG 3.1.2), within the sentence.
  assert.equal(await page.locator('.gap .warnings li [lang="fr"]').textContent(), title(CAFE));
  // Removing from the agenda page, from the keyboard: said once (the live region), the focus
  // on "Annuler" beside the line that shows it; taken back, the session is there again and
  // the focus on the count.
  await page.locator(`.planned[data-session="${OPENING}"] button.star`).focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await listed(page), [CAFE]);
  await page.waitForFunction(() => document.activeElement?.closest('.undo'));
  assert.equal(await page.locator('.undo').textContent(), `« ${title(OPENING)} » retirée de votre agenda. Annuler\u00a0: ${title(OPENING)}`);
  assert.equal(await page.locator('.undo [aria-hidden=true]').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BUTTON');
  assert.equal(await page.locator('[role=status][aria-live=polite]').first().textContent(), `« ${title(OPENING)} » retirée de votre agenda.`);
  await page.keyboard.press('Enter');
  assert.deepEqual(await listed(page), [CAFE, OPENING]);
  await page.waitForFunction(() => document.activeElement?.classList.contains('agenda-count'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '2 sessions dans votre agenda');
  assert.equal(await page.locator('.undo').count(), 0);
  // Removed again, by a tap this time: "Annuler" is offered again, and not needed.
  await page.locator(`.planned[data-session="${OPENING}"] button.star`).click();
  assert.deepEqual(await listed(page), [CAFE]);
  await page.locator('.undo').getByRole('button', { name: 'Annuler' }).waitFor();
  await page.reload();
  await page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(page), [CAFE]);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('nec.agenda.v2')));
  assert.equal(stored.version, 2);
  assert.equal(stored.sessions[CAFE].kept, true);
  assert.equal(stored.sessions[OPENING].kept, false, 'a removal is remembered');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the stadium map, the agenda says its walks are not counted, and counts them once it is read', async () => {
  const { context, page } = await openPage(browser, { serviceWorkers: 'block' });
  await keep(page, CAFE);
  await keep(page, OPENING);
  const venue = (url) => url.pathname === '/venue.json';
  await page.route(venue, (route) => route.abort('connectionreset'));
  await page.goto(`${server.origin}/agenda`);
  const note = page.locator('.walks-unknown');
  await note.waitFor();
  assert.equal(await note.getAttribute('role'), 'status');
  assert.match(await note.textContent(),
    /^Le plan du stade n'a pas pu être lu : les temps de marche entre les salles ne sont pas comptés\./);
  // The agenda itself is all there.
  assert.deepEqual(await listed(page), [CAFE, OPENING]);
  assert.equal(await page.locator('.agenda .warnings').count(), 0, 'no walk without the map');
  await page.unroute(venue);
  await note.getByRole('button', { name: 'Réessayer' }).click();
  await note.waitFor({ state: 'detached' });
  assert.match(await page.locator('.gap .warnings').textContent(), /min à pied/);
  await context.close();
});

test('the grid has a star on each session too', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?vue=grille`);
  const cell = page.locator('.grid-session', { hasText: title(CAFE) });
  await cell.getByRole('button', { name: new RegExp(`^Ajouter à mon agenda\\s: ${title(CAFE)}`) }).click();
  const star = cell.locator('button.star');
  assert.equal(await star.getAttribute('data-kept'), 'true');
  assert.equal(await star.textContent(), `★ Retirer de mon agenda\u00a0: ${title(CAFE)}`);
  await page.goto(`${server.origin}/agenda`);
  await page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(page), [CAFE]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each overlap and walk is said once, between its sessions; the village clashes with nothing; step-free walks', async () => {
  const { context, page, problems } = await openPage(browser);
  for (const id of [CAFE, VILLAGE, OPENING, ARTOIS, ITINERANTS]) await keep(page, id);
  // On the session page: what it overlaps, and nothing about the village around it.
  const warnings = await page.locator('.session-page .warnings').textContent();
  assert.match(warnings, new RegExp(`En même temps que « ${escaped(title(ARTOIS))} » \\(10:45–12:15\\)\\. Vous ne pourrez suivre que l'une des deux\\.`));
  assert.doesNotMatch(warnings, /Village/);
  await page.goto(`${server.origin}/agenda`);
  await page.locator('.planned').first().waitFor();
  // The village is open all along: no warning, no overlap counted, and it says so.
  assert.equal(await page.locator(`.planned[data-session="${VILLAGE}"] .warnings li`).count(), 0);
  assert.match(await page.locator(`.planned[data-session="${VILLAGE}"]`).textContent(), /En continu, passez quand vous voulez/);
  // No warning on a card: each is said once, between the two sessions it is about.
  assert.equal(await page.locator('.planned .warnings').count(), 0);
  const between = await page.locator('.gap').evaluateAll((els) => els.map((e) => e.querySelector('.warnings')?.textContent ?? ''));
  assert.equal(between.length, 3);
  assert.match(between[0], /^⚠ Attention\s:\sEnviron \d+ min à pied depuis « Accueil café/);
  assert.equal(between[1], '', 'the walk from the plenary to the workshop fits in 15 min');
  assert.match(between[2], new RegExp(`^⚠ Attention\\s:\\sEn même temps que « ${escaped(title(ITINERANTS))} » \\(10:45–11:45\\)\\. Vous ne pourrez suivre que l'une des deux\\.$`));
  // One overlap of an hour (10:45–11:45), and the free time counted from the plenary, not the village.
  assert.deepEqual(await page.locator('.gap.overlap .gap-time').allTextContents(), ['Chevauchement de 1 h']);
  assert.deepEqual(await page.locator('.gap .gap-time').allTextContents(), ['Enchaînement direct', 'Temps libre : 15 min', 'Chevauchement de 1 h']);
  // The village opens its day, above the hours, as a calendar shows an all-day event: the
  // free-time lines sit between the sessions they count from and to.
  const rows = await page.locator('.agenda-day').first().locator('.planned-list > li')
    .evaluateAll((els) => els.map((e) => e.dataset.session ?? e.querySelector('.gap-time').textContent.trim()));
  assert.deepEqual(rows, [VILLAGE, CAFE, 'Enchaînement direct', OPENING, 'Temps libre : 15 min', ITINERANTS, 'Chevauchement de 1 h', ARTOIS]);
  // The step-free preference is used for the walk, and kept.
  await page.getByLabel('Mes trajets sans marches (ascenseurs uniquement)').check();
  await page.waitForFunction(() => document.body.textContent.includes('à pied, sans marches, depuis'));
  await page.reload();
  await page.locator('.planned').first().waitFor();
  assert.ok(await page.getByLabel('Mes trajets sans marches (ascenseurs uniquement)').isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});

test('step-free is never silently wrong: a room reached by stairs only is said, on the agenda and on Maintenant', async () => {
  const { context, page, problems } = await openPage(browser);
  for (const id of [LUNCH, ATELIER_4]) await keep(page, id);
  await page.goto(`${server.origin}/agenda`);
  await page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(page), [LUNCH, ATELIER_4]);
  assert.equal(await page.locator('.gap .gap-time').textContent(), 'Enchaînement direct');
  const stepFree = page.getByLabel('Mes trajets sans marches (ascenseurs uniquement)');
  const workshop = page.locator(`.planned[data-session="${ATELIER_4}"] .warnings`);
  const walk = page.locator('.gap .warnings');
  const noWay = /Pas d'accès sans marches à « Atelier 4 \(tribune de presse\) » : on n'y arrive que par des marches\. Demandez à l'accueil une solution adaptée\./;
  // On foot, stairs allowed: the walk up to the press stand does not fit in 0 min.
  assert.ok(!(await stepFree.isChecked()));
  await walk.waitFor();
  assert.match(await walk.textContent(), /Environ \d+ min à pied depuis « Déjeuner » : prévoyez de partir un peu avant la fin\./);
  assert.equal(await workshop.count(), 0);
  // Step-free: no way up at all, said on the workshop, and on the workshop only.
  await stepFree.check();
  await page.waitForFunction(() => document.body.textContent.includes("Pas d'accès sans marches"));
  assert.match(await workshop.textContent(), noWay);
  assert.equal(await walk.count(), 0);
  assert.equal(await page.locator(`.planned[data-session="${LUNCH}"] .warnings`).count(), 0);
  // Untick it: the usual walk again.
  await stepFree.uncheck();
  await page.waitForFunction(() => !document.body.textContent.includes("Pas d'accès sans marches"));
  assert.match(await walk.textContent(), /Environ \d+ min à pied depuis « Déjeuner »/);
  // Maintenant, during lunch: the next session's room is on the map as usual, or, step-free,
  // said to have no step-free way rather than given a route that does not exist.
  const mine = page.locator('section.mine');
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-27T13:00`);
  await mine.waitFor();
  assert.equal(await mine.getByRole('link', { name: /^Itinéraire depuis Espace restauration/ }).count(), 1);
  assert.equal(await mine.locator('.warnings').count(), 0);
  await page.goto(`${server.origin}/agenda`);
  await stepFree.check();
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-27T13:00`);
  await mine.locator('.warnings').waitFor();
  assert.match(await mine.locator('.warnings').textContent(), noWay);
  assert.equal(await mine.getByRole('link', { name: /^Itinéraire depuis/ }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Maintenant shows every kept session coming next at once, the overlap said once', async () => {
  const { context, page, problems } = await openPage(browser);
  for (const id of [OPENING, ARTOIS, ITINERANTS]) await keep(page, id);
  await page.goto(`${server.origin}/maintenant?maintenant=2022-09-27T10:00`);
  const mine = page.locator('section.mine');
  await mine.waitFor();
  const lines = mine.locator('.mine-list > li');
  assert.equal(await lines.count(), 3);
  const when = await mine.locator('.mine-when').allTextContents();
  assert.match(when[1], /10:45$/);
  assert.equal(when[2], when[1]);
  const both = await mine.locator('.title').allTextContents();
  assert.deepEqual(both.slice(1).sort(), [title(ARTOIS), title(ITINERANTS)].sort());
  // The overlap, on the second of the two only, naming the first.
  assert.equal(await lines.nth(1).locator('.warnings').count(), 0);
  assert.match(await lines.nth(2).locator('.warnings').textContent(),
    new RegExp(`En même temps que « ${escaped(both[1])} » \\(10:45–1\\d:\\d\\d\\)\\. Vous ne pourrez suivre que l'une des deux\\.`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a note is kept with the agenda and shown on the agenda page', async () => {
  const { context, page, problems } = await openPage(browser);
  await keep(page, CAFE);
  const note = page.getByLabel('Ma note sur cette session');
  await note.fill('Retrouver Awa ; prendre des cartes, et le badge');
  await page.waitForTimeout(600);
  await page.reload();
  await note.waitFor();
  assert.equal(await note.inputValue(), 'Retrouver Awa ; prendre des cartes, et le badge');
  await page.goto(`${server.origin}/agenda`);
  assert.equal(await page.locator('.my-note').textContent(), 'Ma note\u00a0: Retrouver Awa ; prendre des cartes, et le badge');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a second tab sees a change at once, and two tabs editing never lose a session', async () => {
  const { context, page: one, problems } = await openPage(browser);
  const two = await context.newPage();
  await one.goto(`${server.origin}/agenda`);
  await two.goto(`${server.origin}/session/${VILLAGE}`);
  await one.locator('.agenda-empty').waitFor();
  await starOn(two).click();
  // Tab one shows it without a reload (storage event).
  await one.locator(`.planned[data-session="${VILLAGE}"]`).waitFor({ timeout: 5000 });
  // Both tabs add a session, one right after the other: both are kept.
  await one.goto(`${server.origin}/session/${CAFE}`);
  await two.goto(`${server.origin}/session/${OPENING}`);
  await Promise.all([starOn(one).click(), starOn(two).click()]);
  await one.goto(`${server.origin}/agenda`);
  await one.locator('.planned').first().waitFor();
  assert.deepEqual((await listed(one)).sort(), [CAFE, OPENING, VILLAGE].sort());
  assert.deepEqual(problems, []);
  await context.close();
});

/** Reads an iCalendar file: unfolds lines, splits properties. */
function readIcs(text) {
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'folded at 75 octets');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events = [];
  let current = null;
  for (const line of lines) {
    const at = line.indexOf(':');
    const [name, value] = [line.slice(0, at).split(';')[0], line.slice(at + 1)];
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT') { events.push(current); current = null; }
    else if (current && !(name in current)) current[name] = value;
  }
  return { lines, events };
}

/** A TEXT value read back as RFC 5545 §3.3.11 says; an unescaped "," or ";" is an error. */
function unescape(value) {
  return value.replace(/\\(.)|[,;]/g, (all, escaped) => {
    if (escaped === undefined) throw new Error(`an unescaped ${all} in ${value}`);
    if (escaped === 'n' || escaped === 'N') return '\n';
    if ('\\;,'.includes(escaped)) return escaped;
    throw new Error(`\\${escaped} is no escape of RFC 5545, in ${value}`);
  });
}

const utc = (rfc3339) => new Date(rfc3339).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

test('the calendar file is downloaded and every field reads back', async () => {
  const { context, page, problems } = await openPage(browser, { acceptDownloads: true, timezoneId: 'America/New_York' });
  await keep(page, CAFE);
  // One session, from its page.
  const [single] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ajouter à mon calendrier (.ics)' }).click(),
  ]);
  assert.equal(single.suggestedFilename(), `nec2022-${CAFE}.ics`);
  const one = readIcs(readFileSync(await single.path(), 'utf8'));
  assert.equal(one.events.length, 1);
  await keep(page, OPENING);
  // A session whose title holds a comma, and one whose abstract holds a semicolon.
  await keep(page, AI);
  await keep(page, LUNCH);
  await page.goto(`${server.origin}/agenda`);
  await page.getByLabel('Rappel').selectOption('15');
  const [whole] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger tout mon agenda (.ics)' }).click(),
  ]);
  assert.equal(whole.suggestedFilename(), 'nec2022-agenda.ics');
  const { lines, events } = readIcs(readFileSync(await whole.path(), 'utf8'));
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.equal(events.length, 4);
  // Written as RFC 5545 writes them, literally (unfolded lines).
  const byId = Object.fromEntries(events.map((e) => [e.UID.replace(/@.*/, ''), e]));
  assert.equal(byId[AI].SUMMARY, 'Intelligence artificielle dans les services publics : promesses\\, limites et vigilance');
  assert.ok(byId[LUNCH].DESCRIPTION.startsWith(
    "Déjeuner servi dans les salons du niveau 1. Des plats végétariens et sans porc sont proposés \\; signalez une allergie à l'accueil."),
  byId[LUNCH].DESCRIPTION);
  assert.ok(lines.includes('LOCATION:Espace restauration – salons Lepagnot\\, niveau 1\\, Stade Bollaert-Delelis\\, Lens'));
  for (const event of events) {
    for (const name of ['SUMMARY', 'LOCATION', 'DESCRIPTION']) if (name in event) unescape(event[name]);
    const id = event.UID.replace(/@nec2022\.nec-compagnon$/, '');
    const s = NEC.sessions.find((x) => x.id === id);
    assert.ok(s, event.UID);
    // The same instants whatever the device's zone (this browser is in New York).
    assert.equal(event.DTSTART, utc(s.start));
    assert.equal(event.DTEND, utc(s.end));
    assert.equal(unescape(event.SUMMARY), s.title);
    assert.match(event.LOCATION, /Stade Bollaert-Delelis\\, Lens$/);
    // The room's floor too: a stadium has several.
    assert.match(event.LOCATION, /\\, (rez-de-chaussée|niveau \d)\\, Stade Bollaert-Delelis/);
    assert.equal(event.URL, `${server.origin}/session/${id}`);
    assert.match(event.DTSTAMP, /^\d{8}T\d{6}Z$/);
    assert.equal(event.TRIGGER, '-PT15M');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link opened in a fresh browser shows the agenda read-only, then merges or replaces', async () => {
  const { context, page, problems } = await openPage(browser);
  await keep(page, CAFE);
  await keep(page, OPENING);
  // A session the programme no longer has, kept in an older agenda.
  await page.evaluate(() => {
    const a = JSON.parse(localStorage.getItem('nec.agenda.v2'));
    a.sessions['atelier-supprime'] = { kept: true, changed: 1 };
    localStorage.setItem('nec.agenda.v2', JSON.stringify(a));
  });
  await page.goto(`${server.origin}/agenda`);
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  // The short code: a mark per session, all in a QR code's alphanumeric mode.
  assert.match(link, new RegExp(`^${server.origin}/agenda/partage#2\\.[4-9][A-Z2-7]{4}([A-Z2-7]{4,9}){2}$`));
  const modules = Number(await page.locator('svg.qr').getAttribute('data-modules'));
  assert.ok(modules >= 21 && modules <= 33, `QR code of ${modules} modules`);
  assert.equal(await page.locator('svg.qr').getAttribute('aria-label'), 'QR code du lien de partage, à scanner avec un autre téléphone');
  assert.match(await page.locator('.unknown').textContent(), /atelier-supprime/);
  // "Copier le lien" puts it on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await page.locator('.copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(problems, []);
  await context.close();

  // Someone else, in a fresh browser with an agenda of their own.
  const other = await openPage(browser);
  await keep(other.page, VILLAGE);
  await other.page.goto(link);
  await other.page.getByRole('heading', { name: 'Agenda partagé' }).waitFor();
  assert.match(await other.page.locator('main').textContent(), /On vous a partagé 2 sessions/);
  const shared = await other.page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session));
  assert.deepEqual(shared, [CAFE, OPENING]);
  // A session of no programme is not in the link.
  assert.equal(await other.page.locator('.unknown').count(), 0);
  await other.page.getByRole('button', { name: 'Ajouter à mon agenda' }).click();
  assert.match(await other.page.locator('.done').textContent(), /2 sessions ajoutées à votre agenda/);
  await other.page.goto(`${server.origin}/agenda`);
  await other.page.locator('.planned').first().waitFor();
  assert.deepEqual((await listed(other.page)).sort(), [CAFE, OPENING, VILLAGE].sort());
  // Replacing asks first; cancelling changes nothing.
  await other.page.goto(link);
  await other.page.getByRole('button', { name: 'Remplacer mon agenda' }).click();
  assert.match(await other.page.locator('.confirm').textContent(), /Vos 3 sessions actuelles en seront retirées/);
  await other.page.getByRole('button', { name: 'Annuler' }).click();
  assert.equal(await other.page.locator('.confirm').count(), 0);
  await other.page.getByRole('button', { name: 'Remplacer mon agenda' }).click();
  await other.page.getByRole('button', { name: 'Oui, remplacer' }).click();
  await other.page.goto(`${server.origin}/agenda`);
  await other.page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(other.page), [CAFE, OPENING]);
  // A link cut short, or changed by hand, is refused with a reason.
  for (const [bad, why] of [
    [link.slice(0, -3), /incomplet ou a été modifié/],
    [link.slice(0, -1) + (link.endsWith('A') ? 'B' : 'A'), /incomplet ou a été modifié/],
    [link.replace('#2.', '#2.0'), /incomplet ou a été modifié/],
    [`${server.origin}/agenda/partage`, /ne contient pas d'agenda/],
    [`${server.origin}/agenda/partage#9.00000000.abc`, /version plus récente/],
  ]) {
    await other.page.goto(bad);
    await other.page.locator('.data-error').waitFor();
    assert.match(await other.page.locator('.data-error').textContent(), why, bad);
  }
  // A link of the first format, given before, still opens, naming what the programme lost.
  await other.page.goto(`${server.origin}/agenda/partage#${shareCode([CAFE, 'atelier-supprime'])}`);
  await other.page.locator('.shared-list li').first().waitFor();
  assert.deepEqual(await other.page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session)), [CAFE]);
  assert.match(await other.page.locator('.unknown').textContent(), /atelier-supprime/);
  assert.deepEqual([...problems, ...other.problems], []);
  await other.context.close();
});

test('damaged stored data is set aside and told; version 1 is migrated; a full storage is told once', async () => {
  // Damaged.
  let { context, page, problems } = await openPage(browser);
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('nec.agenda.v2', '{"version": 2, "sessions": {"x": cassé');
    }
  });
  await page.goto(`${server.origin}/agenda`);
  const alert = page.locator('.notice[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /n'a pas pu être lu\. Rien n'est effacé : il est mis de côté .*clé « nec\.agenda\.backup\.\d+ »/);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nec.agenda.backup.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, ['{"version": 2, "sessions": {"x": cassé']);
  // The app works: a star is stored again.
  await keep(page, CAFE);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('nec.agenda.v2'))).sessions[CAFE].kept, true);
  assert.deepEqual(problems, []);
  await context.close();

  // Version 1 (a list of ids) is read and migrated.
  ({ context, page, problems } = await openPage(browser));
  await context.addInitScript((id) => {
    if (!localStorage.getItem('nec.agenda.v2')) localStorage.setItem('nec.agenda.v1', JSON.stringify([id]));
  }, OPENING);
  await page.goto(`${server.origin}/agenda`);
  await page.locator('.planned').first().waitFor();
  assert.deepEqual(await listed(page), [OPENING]);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('nec.agenda.v2'))).version, 2);
  assert.deepEqual(problems, []);
  await context.close();

  // Full storage: the star still works in memory, and the person is told once.
  ({ context, page, problems } = await openPage(browser));
  await context.addInitScript(() => {
    Storage.prototype.setItem = function full() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await keep(page, CAFE);
  assert.match(await page.locator('.notice[role=alert]').textContent(), /ne peut pas être enregistré sur cet appareil/);
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.goto(`${server.origin}/session/${OPENING}`);
  assert.equal(await page.locator('.notice[role=alert]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('what changed: a republished programme marks moved and cancelled favourites, told once', async () => {
  mkdirSync(imports, { recursive: true });
  const before = structuredClone(NEC);
  before.event.data_version = 'essai-1';
  writeFileSync(path.join(imports, 'agenda-before.json'), JSON.stringify(before));
  const after = structuredClone(NEC);
  after.event.data_version = 'essai-2';
  const opening = after.sessions.find((s) => s.id === OPENING);
  opening.start = '2022-09-27T10:00:00+02:00';
  opening.end = '2022-09-27T11:00:00+02:00';
  after.sessions.find((s) => s.id === CAFE).status = 'cancelled';
  writeFileSync(path.join(imports, 'agenda-after.json'), JSON.stringify(after));

  const { context, page, problems } = await openPage(browser);
  for (const id of [CAFE, OPENING]) {
    await page.goto(`${server.origin}/session/${id}?programme=/test-imports/agenda-before.json`);
    await starOn(page).click();
  }
  await page.goto(`${server.origin}/agenda?programme=/test-imports/agenda-after.json`);
  const told = page.locator('.changes-notice');
  await told.waitFor();
  assert.match(await told.textContent(), /Le programme a été mis à jour : 1 de vos sessions a changé d'horaire ou de salle, 1 est annulée\./);
  assert.match(await page.locator(`.planned[data-session="${OPENING}"] .change`).textContent(), /Horaire changé \(avant : mardi 27 septembre · 09:30–/);
  assert.equal(await page.locator(`.planned[data-session="${CAFE}"] .change`).textContent(), 'Annulée depuis votre dernière visite');
  // The session's own page says it too.
  await page.goto(`${server.origin}/session/${OPENING}?programme=/test-imports/agenda-after.json`);
  assert.match(await page.locator('.session-page .change').textContent(), /Horaire changé \(avant : mardi 27 septembre · 09:30–/);
  await page.goto(`${server.origin}/agenda?programme=/test-imports/agenda-after.json`);
  await page.locator('.planned').first().waitFor();
  // Once: not told again on the next start; the marks stay until seen.
  await page.reload();
  await page.locator('.planned').first().waitFor();
  assert.equal(await told.count(), 0);
  assert.equal(await page.locator('.change').count(), 2);
  await page.getByRole('button', { name: "J'ai vu ces changements" }).click();
  assert.equal(await page.locator('.change').count(), 0);
  // The cancelled favourite stays until the person removes it.
  assert.deepEqual(await listed(page), [CAFE, OPENING]);
  assert.ok(await page.locator(`.planned[data-session="${CAFE}"].cancelled`).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test("a local NEC's sessions in the same agenda are named where the other programme is shown, never reported gone", async () => {
  const drome = JSON.parse(readFileSync(path.join(repo, 'tests', 'fixtures', 'sample.json'), 'utf8'));
  drome.event.id = 'nec-drome-2022';
  drome.event.name = 'NEC Drôme 2022';
  server.overrides.set('/locales/drome.json', ['application/json', JSON.stringify(drome)]);
  try {
    const { context, page, problems } = await openPage(browser);
    await keep(page, CAFE);
    await page.goto(`${server.origin}/session/ouverture?programme=/locales/drome.json`);
    await starOn(page).click();
    // On the local programme: the NEC session is named, with where it comes from.
    await page.goto(`${server.origin}/agenda?programme=/locales/drome.json`);
    await page.locator('.planned').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.changes-notice').count(), 0, 'nothing reported gone');
    assert.equal(await page.locator('.unknown h2').textContent(), 'Sessions absentes de ce programme');
    assert.match(await page.locator(`.unknown li[data-session="${CAFE}"]`).textContent(),
      new RegExp(`^${escaped(title(CAFE))} \\(dans un autre programme : Numérique en Commun\\[s\\] 2022\\) Retirer`));
    // Its title in its own language, for screen readers (WCAG 3.1.2).
    assert.equal(await page.locator(`.unknown li[data-session="${CAFE}"] [lang="fr"]`).textContent(), title(CAFE));
    // And the other way round.
    await page.goto(`${server.origin}/agenda`);
    await page.locator('.planned').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.changes-notice').count(), 0, 'nothing reported gone');
    assert.deepEqual(await listed(page), [CAFE]);
    assert.match(await page.locator('.unknown li[data-session="ouverture"]').textContent(),
      /^Cérémonie d'ouverture \(dans un autre programme : NEC Drôme 2022\) Retirer/);
    // Removing it there is the person's choice, named by its title for screen readers.
    await page.getByRole('button', { name: "Retirer Cérémonie d'ouverture" }).click();
    await page.locator('.unknown').waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    server.overrides.delete('/locales/drome.json');
  }
});

test('in English too', async () => {
  const { context, page, problems } = await openPage(browser, { locale: 'en-GB' });
  await page.goto(`${server.origin}/agenda`);
  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.getByRole('heading', { name: 'Your agenda is empty' }).waitFor();
  await keep(page, CAFE);
  assert.match(await starOn(page).textContent(), /^★ Remove from my agenda/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('if the app stops on a WebAssembly error, the page says so, offers a reload, and the agenda is kept', async () => {
  for (const [lang, message, reload] of [
    ['fr', /^L'application s'est arrêtée après une erreur\. Ce que vous avez enregistré est gardé/, 'Recharger'],
    ['en', /^The app stopped after an error\. What you saved is kept/, 'Reload'],
  ]) {
    const { context, page, problems } = await openPage(browser);
    await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    await keep(page, CAFE);
    // What a trap in the WASM does: a WebAssembly.RuntimeError ("unreachable") nobody catches,
    // here thrown from a task as an event handler's would be, and once from a promise.
    await page.evaluate(() => {
      setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); });
      Promise.reject(new WebAssembly.RuntimeError('unreachable'));
    });
    const alert = page.getByRole('alert').filter({ hasText: message });
    await alert.waitFor();
    assert.equal(await page.locator('.app-stopped').count(), 1, 'said once');
    assert.match(await alert.textContent(), message);
    const button = alert.getByRole('button', { name: reload });
    assert.ok(await button.evaluate((b) => b === document.activeElement), 'the reload button has the focus');
    assert.ok(problems.some((p) => /unreachable/.test(p)), 'the error reached the page');
    await page.keyboard.press('Enter');
    await starOn(page).waitFor();
    assert.equal(await page.locator('.app-stopped').count(), 0, 'gone after the reload');
    assert.equal(await starOn(page).getAttribute('data-kept'), 'true', 'the agenda is kept');
    await context.close();
  }
});

test('a real trap of the release build says the app stopped, and leaves what was saved untouched', async () => {
  const { context, page, problems } = await openPage(browser);
  await context.addInitScript(() => {
    // The WASM instance's exports, as trunk hands them to the page once the app runs.
    addEventListener('TrunkApplicationStarted', (e) => { window.wasmExports = e.detail.wasm; });
    addEventListener('error', (e) => {
      if (e.error) window.uncaught = { type: e.error.constructor.name, message: e.error.message, stack: e.error.stack };
    });
  });
  await keep(page, CAFE);
  await page.getByLabel('Ma note sur cette session').fill('Retrouver Awa ; prendre des cartes, et le badge');
  await page.waitForFunction(() => localStorage.getItem('nec.agenda.v2')?.includes('Retrouver Awa'));
  await page.waitForFunction(() => window.wasmExports);
  const saved = await page.evaluate(() => ({ ...localStorage }));
  // The release build's own allocator asked for an impossible size: it aborts (the release
  // profile's panics stop at once), which in WebAssembly is the `unreachable` instruction, a
  // trap. Called from a task, as an event handler of the app would run.
  await page.evaluate(() => { setTimeout(() => window.wasmExports.__wbindgen_malloc(0xfffffff0, 8)); });
  const alert = page.getByRole('alert').filter({ hasText: /^L'application s'est arrêtée après une erreur\. Ce que vous avez enregistré est gardé/ });
  await alert.waitFor();
  // A trap of the WASM, not an error thrown by a script.
  const uncaught = await page.evaluate(() => window.uncaught);
  assert.equal(uncaught.type, 'RuntimeError');
  assert.equal(uncaught.message, 'unreachable');
  assert.match(uncaught.stack, /^RuntimeError: unreachable\n\s+at [^\n]+_bg\.wasm:wasm-function\[\d+\]/, 'thrown inside the WASM');
  assert.ok(problems.some((p) => /unreachable/.test(p)), 'the error reached the page');
  assert.equal(await page.locator('.app-stopped').count(), 1, 'said once');
  assert.ok(await alert.getByRole('button', { name: 'Recharger' }).evaluate((b) => b === document.activeElement));
  // What was saved is exactly what it was, and comes back after the reload.
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), saved);
  await page.keyboard.press('Enter');
  await starOn(page).waitFor();
  assert.equal(await page.locator('.app-stopped').count(), 0, 'gone after the reload');
  assert.equal(await starOn(page).getAttribute('data-kept'), 'true', 'the agenda is kept');
  assert.equal(await page.getByLabel('Ma note sur cette session').inputValue(), 'Retrouver Awa ; prendre des cartes, et le badge');
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), saved);
  await context.close();
});

test('an ordinary script error does not say the app stopped', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  await page.evaluate(() => { setTimeout(() => { throw new TypeError('not the WASM'); }); });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.app-stopped').count(), 0);
  await context.close();
});

test('a kept session that is full says so in the agenda', async () => {
  const { context, page, problems } = await openPage(browser);
  const full = NEC.sessions.find((x) => x.registration?.full);
  await keep(page, full.id);
  await page.goto(`${server.origin}/agenda`);
  const row = page.locator(`.planned[data-session="${full.id}"]`);
  await row.waitFor();
  assert.equal(await row.locator('.badge-full').textContent(), 'Complet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the device has a share sheet, the agenda\'s link goes to it; elsewhere no such button', async () => {
  const { context, page, problems } = await openPage(browser);
  await keep(page, CAFE);
  await page.goto(`${server.origin}/agenda`);
  await page.locator('#lien-partage').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Partager…' }).count(), 0, 'no share sheet in this browser');
  await context.close();

  const phone = await openPage(browser);
  await phone.context.addInitScript(() => {
    navigator.share = async (data) => { window.sharedWith = data; };
  });
  await keep(phone.page, CAFE);
  await phone.page.goto(`${server.origin}/agenda`);
  await phone.page.getByRole('button', { name: 'Partager…' }).click();
  await phone.page.waitForFunction(() => window.sharedWith);
  const shared = await phone.page.evaluate(() => window.sharedWith);
  assert.equal(shared.url, await phone.page.locator('#lien-partage').inputValue());
  assert.match(shared.url, /\/agenda\/partage#/);
  assert.ok(shared.title.length > 0);
  assert.deepEqual([...problems, ...phone.problems], []);
  await phone.context.close();
});
