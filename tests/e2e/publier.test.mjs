// The organisers' page, publier.html, as an organiser uses it on a phone: a spreadsheet with a
// mistake, its problems with their row and column, the same sheet fixed, the preview in the
// attendees' app (a session starred, the agenda), the checked programme.json downloaded, equal
// to what the command line writes. Then a c3voc schedule, a broken programme.json, a workbook,
// the page in English. Nothing leaves the browser; the attendees' app never loads the page's
// files, and its agenda stays the person's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { offlineCopyMade, openPage, precacheList, repo, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const HEADER = 'jour;début;fin;titre;salle;format;thèmes;intervenants;résumé';
const ROWS = [
  '28/09/2022;9h30;10h30;Ouverture de la journée;Grande salle;Plénière;Inclusion;Camille Martin (La MedNum);Le mot d\'accueil.',
  '28/09/2022;11:00;12:00;Atelier des aidants;Salle 2;Atelier;Inclusion, Territoires;"Léa Dupont (ANCT); Sam Roy";Un atelier.',
];
const BAD = [HEADER, ROWS[0], '28/09/2022;11h75;12:00;Atelier des aidants;Salle 2;Atelier;Inclusion;Léa Dupont (ANCT);Un atelier.'].join('\n');
const GOOD = [HEADER, ...ROWS].join('\n');

/** The organisers' command, built once: the page must give what it gives. */
function importSheet(csv) {
  execFileSync('cargo', ['build', '--quiet', '--package', 'nec-publish'], { cwd: repo, stdio: 'inherit' });
  const target = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'publier-'));
  const input = path.join(dir, 'programme.csv');
  const output = path.join(dir, 'programme.json');
  writeFileSync(input, csv);
  execFileSync(path.join(target, 'debug', 'nec-publish'),
    ['import-sheet', input, output, '--titre', 'NEC Lens test', '--fuseau', 'Europe/Paris'], { stdio: 'pipe' });
  return JSON.parse(readFileSync(output, 'utf8'));
}

const file = (name, text, mimeType = 'text/csv') => ({ name, mimeType, buffer: Buffer.from(text) });

test('a spreadsheet: its problems, fixed, previewed, starred, downloaded', { timeout: 180000 }, async () => {
  const { context, page, problems, requests } = await openPage(browser, { viewport: { width: 390, height: 844 }, acceptDownloads: true });
  await page.goto(`${server.origin}/publier.html`);
  await page.getByRole('heading', { level: 1, name: 'Publier votre programme' }).waitFor();
  assert.equal(await page.getByLabel('Fuseau horaire des heures du tableur').inputValue(), 'Europe/Paris');

  // A time that is not one: refused, at its row and column, in French.
  await page.locator('#fichier').setInputFiles(file('programme.csv', BAD));
  await page.locator('.verdict .bad').waitFor();
  assert.match(await page.locator('.verdict').textContent(), /«\s?programme\.csv \(tableur CSV\)\s?» ne peut pas être publié : 1 erreur/);
  const error = await page.locator('.problems.errors li').first().textContent();
  assert.match(error, /ligne 3/);
  assert.match(error, /début/);
  assert.match(error, /11h75/);
  assert.equal(await page.locator('iframe.preview').count(), 0, 'no preview of a file with errors');
  assert.equal(await page.getByRole('button', { name: 'Télécharger programme.json' }).count(), 0);

  // The input is emptied once read: the same file, corrected and picked again, is read again.
  assert.equal(await page.locator('#fichier').inputValue(), '');

  // Fixed: ready, with its counts. Without the event's name, the page asks for it.
  await page.locator('#fichier').setInputFiles(file('programme.csv', GOOD));
  await page.locator('.verdict .good').waitFor();
  await page.getByText("Donnez le nom de l'événement").waitFor();
  // The name typed, then straight to the download: leaving the field checks the sheet again,
  // and the click still downloads (the button stays where it is), with the name.
  await page.getByLabel("Nom de l'événement").fill('NEC Lens test');
  const [first] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger programme.json' }).click(),
  ]);
  assert.equal(JSON.parse(readFileSync(await first.path(), 'utf8')).event.name, 'NEC Lens test');
  assert.equal(await page.getByText("Donnez le nom de l'événement").count(), 0);
  // The preview is the attendees' app reading it from memory.
  assert.match(await page.locator('.verdict').textContent(), /prêt à publier : 2 sessions, 2 espaces, 3 intervenants/);
  const frame = page.frameLocator('iframe.preview');
  const src = await page.locator('iframe.preview').getAttribute('src');
  assert.match(src, /^\.\/\?programme=blob%3A/);
  await frame.getByText('Atelier des aidants').first().waitFor();
  assert.match(await frame.locator('body').textContent(), /NEC Lens test/);
  // A session, starred, then the agenda: as an attendee would.
  await frame.getByRole('link', { name: /Atelier des aidants/ }).first().click();
  await frame.getByRole('heading', { level: 1, name: 'Atelier des aidants' }).waitFor();
  assert.match(await frame.locator('main').textContent(), /11:00/);
  assert.match(await frame.locator('main').textContent(), /Léa Dupont/);
  await frame.locator('.session-actions button.star').click();
  await frame.locator('.session-actions button.star[data-kept="true"]').waitFor();
  await frame.getByRole('link', { name: /agenda/i }).first().click();
  await frame.locator('.planned').first().waitFor();
  assert.match(await frame.locator('main').textContent(), /Atelier des aidants/);
  // The preview's agenda is kept apart: the person's own is untouched.
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(!stored.includes('nec.agenda.v2'), stored.join(' '));
  assert.ok(stored.includes('nec.apercu.nec.agenda.v2'), stored.join(' '));

  // The download: the checked programme.json, the same as the command line's.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger programme.json' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'programme.json');
  const downloaded = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(downloaded, importSheet(GOOD));

  // Nothing was sent anywhere: every request is this site's (or the file in memory).
  const elsewhere = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('blob:'));
  assert.deepEqual(elsewhere, []);
  // The file was never sent to the site either: no request carried it.
  assert.ok(!server.log.some((entry) => /\.csv$/.test(entry.path) && entry.path !== '/modele-programme.csv'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a c3voc schedule, a broken programme.json, a workbook, and the page in English', { timeout: 120000 }, async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/publier.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();

  const camp = readFileSync(path.join(repo, 'tests', 'fixtures', 'c3voc', 'pretalx-democon.json'));
  await page.locator('#fichier').setInputFiles({ name: 'schedule.json', mimeType: 'application/json', buffer: camp });
  await page.locator('.verdict .good').waitFor();
  assert.match(await page.locator('.verdict').textContent(), /schedule\.json c3voc/);
  await page.frameLocator('iframe.preview').locator('main h1').first().waitFor();

  // A programme file cut short: its place, and no preview.
  const cut = readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8').slice(0, 5000);
  await page.locator('#fichier').setInputFiles({ name: 'programme.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  await page.locator('.verdict .bad').waitFor();
  assert.match(await page.locator('.problems.errors').textContent(), /formats\[\d+\]/);
  assert.equal(await page.locator('iframe.preview').count(), 0);

  // A workbook: how to save it as CSV.
  await page.locator('#fichier').setInputFiles({ name: 'programme.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\x03\x04') });
  await page.locator('.verdict').getByText(/CSV UTF-8/).waitFor();

  // In English, problems too; the choice is the app's own (shared with it).
  await page.locator('#fichier').setInputFiles(file('sheet.csv', BAD));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Publish your programme' }).waitFor();
  assert.match(await page.locator('.verdict').textContent(), /cannot be published: 1 error/);
  assert.match(await page.locator('.problems.errors').textContent(), /row 3/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => localStorage.getItem('nec.lang.v1')), '"en"');

  // The templates it offers are there.
  for (const name of ['modele-programme.csv', 'modele-programme-nec2022.csv']) {
    const response = await page.request.get(`${server.origin}/${name}`);
    assert.equal(response.status(), 200, name);
    assert.match(await response.text(), /titre/i, name);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('attendees never download the organisers\' page', { timeout: 120000 }, async () => {
  const { context, page, problems, requests } = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/programme`);
  await offlineCopyMade(page);
  const worker = await (await page.request.get(`${server.origin}/sw.js`)).text();
  const precached = precacheList(worker).map((entry) => entry.url);
  assert.ok(precached.length > 3);
  assert.deepEqual(precached.filter((url) => /publier|modele-programme/.test(url)), []);
  assert.deepEqual(requests.filter((url) => /publier|modele-programme/.test(url)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page has no WCAG 2.1 A or AA violation, in both languages, light and dark', { timeout: 120000 }, async () => {
  const axe = readFileSync(path.join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const lang of ['fr', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      // axe is injected by the test: the page's CSP rightly refuses such a script.
      const context = await browser.newContext({ bypassCSP: true, colorScheme, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
      await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
      const page = await context.newPage();
      await page.goto(`${server.origin}/publier.html`);
      await page.locator('h1').waitFor();
      const found = [];
      for (const [state, text] of [['errors', BAD], ['preview', GOOD]]) {
        await page.locator('#fichier').setInputFiles(file('programme.csv', text));
        await page.locator(state === 'errors' ? '.verdict .bad' : 'iframe.preview').waitFor();
        await page.addScriptTag({ content: axe });
        const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
        found.push(...result.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      assert.deepEqual(found, [], `${lang}, ${colorScheme}`);
      await context.close();
    }
  }
});
