// The accessibility gate: axe-core on every page, in French and English, light and dark, with
// zero violations of the WCAG 2.1 A and AA rules; and a keyboard-only journey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repo, withServerAndBrowser, server, browser, shareCode } from './support.mjs';

withServerAndBrowser();

const axe = readFileSync(path.join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const CAFE = 'accueil-cafe-des-conseillers-numeriques-27';
const OPENING = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques';
const VILLAGE = 'village-des-exposants-ouverture-27';

const pages = [
  ['programme', '/programme'],
  ['grid', '/programme?jour=2022-09-28&vue=grille'],
  ['search', '/programme?jour=2022-09-28&q=donnees'],
  ['session', `/session/${OPENING}`],
  ['speaker', '/intervenant/csc-npdc'],
  ['speakers', '/intervenants'],
  ['now', '/maintenant?maintenant=2022-09-28T10:15'],
  ['now, with my own sessions first', '/maintenant?maintenant=2022-09-27T09:15'],
  ['map', '/plan?espace=pleniere'],
  ['route', '/plan?depuis=entree-principale&vers=pleniere&sansmarches=1'],
  ['agenda', '/agenda'],
  ['shared', `/agenda/partage#${shareCode([CAFE, OPENING, 'ancien-atelier'])}`],
  ['about', '/a-propos'],
  ['accessibility statement', '/accessibilite'],
];

const agenda = JSON.stringify({
  version: 2,
  sessions: Object.fromEntries([CAFE, OPENING, VILLAGE].map((id) => [id, { kept: true, changed: 1, note: 'Note' }])),
});

for (const lang of ['fr', 'en']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no WCAG 2.1 A or AA violation: ${lang}, ${colorScheme}`, async () => {
      // axe is injected by the test: the app's CSP rightly refuses such a script.
      const context = await browser.newContext({ bypassCSP: true, colorScheme, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
      await context.addInitScript(([code, text]) => {
        localStorage.setItem('nec.lang.v1', JSON.stringify(code));
        localStorage.setItem('nec.agenda.v2', text);
      }, [lang, agenda]);
      const page = await context.newPage();
      const found = [];
      for (const [name, url] of pages) {
        await page.goto(server.origin + url);
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.loading'));
        // Each address is the page it names, not "Page introuvable".
        assert.doesNotMatch(await page.locator('main h1').first().textContent(), /introuvable|not found/i, url);
        await page.evaluate(axe);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        for (const v of result.violations) {
          found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}: ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
        }
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

test('the programme\'s first view, shown until the app runs, has no WCAG 2.1 A or AA violation', async () => {
  const found = [];
  for (const lang of ['fr', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ bypassCSP: true, colorScheme, locale: 'fr-FR', serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
      await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
      const page = await context.newPage();
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(`${server.origin}/programme`);
      await page.locator(`.preview[lang=${lang}]`).waitFor();
      await page.evaluate(axe);
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      for (const v of result.violations) {
        found.push(`${lang} ${colorScheme}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});

test('the notices said over the page (offline, a download cut) have no WCAG 2.1 A or AA violation', async () => {
  const found = [];
  for (const lang of ['fr', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [what, notice] of [['offline', '.notice.offline'], ['download cut', '.app-stopped']]) {
        const context = await browser.newContext({ bypassCSP: true, colorScheme, locale: 'fr-FR', serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
        await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
        const page = await context.newPage();
        if (what === 'download cut') await page.route('**/*.wasm', (route) => route.abort('connectionreset'));
        await page.goto(`${server.origin}/programme`);
        if (what === 'offline') {
          await page.locator('.session-card').first().waitFor();
          await context.setOffline(true);
        }
        await page.locator(notice).waitFor();
        await page.evaluate(axe);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        for (const v of result.violations) {
          found.push(`${what} ${lang} ${colorScheme}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('each page has its own title, in the chosen language (WCAG 2.4.2)', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const titleOf = async (url, heading = 'h1') => {
    await page.goto(server.origin + url);
    await page.locator(heading).first().waitFor();
    // The title follows the data: wait until it names more than the loading state.
    await page.waitForFunction(() => document.title.endsWith(' · NEC 2022')
      && !document.title.startsWith('Chargement') && !document.title.startsWith('Loading'));
    return page.title();
  };
  const expected = [
    ['/programme', 'Programme · NEC 2022'],
    [`/session/${OPENING}`, 'Ouverture de la Journée nationale des Conseillers numériques France Services · NEC 2022'],
    ['/intervenant/csc-npdc',
      'Centres Sociaux Connectés Nord-Pas-de-Calais et Pays Picards · Intervenantes et intervenants · NEC 2022'],
    ['/intervenants', 'Intervenantes et intervenants · NEC 2022'],
    ['/maintenant?maintenant=2022-09-28T10:15', 'Maintenant · NEC 2022'],
    ['/plan', 'Plan du stade · NEC 2022'],
    ['/plan?espace=salon-artois', 'Salon Artois · Plan du stade · NEC 2022'],
    ['/plan?depuis=entree-principale&vers=pleniere', 'Itinéraire\u00a0: Grand Salon – salle plénière · Plan du stade · NEC 2022'],
    ['/agenda', 'Mon agenda · NEC 2022'],
    ['/a-propos', 'À propos · NEC 2022'],
    ['/accessibilite', "Déclaration d'accessibilité · NEC 2022"],
    ['/session/nulle-part', 'Page introuvable · NEC 2022'],
    ['/nulle-part', 'Page introuvable · NEC 2022'],
  ];
  for (const [url, title] of expected) assert.equal(await titleOf(url), title, url);
  // A tap on a link changes it too, and so does the language.
  await titleOf('/programme');
  await page.locator('.session-card .title a').first().click();
  await page.waitForURL('**/session/**');
  await page.waitForFunction(() => !document.title.startsWith('Programme'));
  assert.equal(await page.title(), `${(await page.locator('main h1').textContent()).trim()} · NEC 2022`);
  await page.getByRole('button', { name: 'Read in English' }).click();
  assert.equal(await titleOf('/plan?espace=pleniere'), 'Grand Salon – plenary hall · Stadium map · NEC 2022');
  assert.equal(await titleOf('/agenda'), 'My agenda · NEC 2022');
  await context.close();
});

test('the accessibility statement: named on every page, plain about its state, true about its checks', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const mention = page.locator('.site-footer').getByRole('link', { name: 'Accessibilité\u00a0: non conforme' });
  for (const url of ['/programme', `/session/${OPENING}`, '/plan', '/agenda', '/nulle-part']) {
    await page.goto(server.origin + url);
    await page.locator('main h1').first().waitFor();
    assert.equal(await mention.count(), 1, url);
  }
  await mention.click();
  await page.waitForURL('**/accessibilite');
  const statement = page.locator('.statement');
  assert.equal(await statement.locator('h1').textContent(), "Déclaration d'accessibilité");
  let text = await statement.textContent();
  assert.match(text, /NEC Compagnon est non conforme avec le RGAA 4\.1\u00a0: aucun audit complet/);
  assert.match(text, /Le fichier du programme ne donne pas d'adresse pour cela/);
  assert.match(text, /Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07/);
  // The tools it names are the ones the tests and the bench use, and this page is among those
  // axe-core checks.
  const axeVersion = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).devDependencies['axe-core'];
  const lighthouse = readFileSync(path.join(repo, 'xtask', 'src', 'tools.rs'), 'utf8').match(/LIGHTHOUSE_VERSION: &str = "([^"]+)"/)[1];
  assert.match(text, new RegExp(`axe-core ${axeVersion.replace(/\./g, '\\.')} vérifie chaque page`));
  assert.match(text, new RegExp(`Lighthouse ${lighthouse.replace(/\./g, '\\.')}`));
  assert.ok(pages.some(([, url]) => url === '/accessibilite'));
  // A programme that gives an address for it: a mailto link.
  const nec = JSON.parse(readFileSync(path.join(repo, 'public', 'programme.json'), 'utf8'));
  nec.event.accessibility_contact = 'accessibilite@example.org';
  server.overrides.set('/avec-contact.json', ['application/json', JSON.stringify(nec)]);
  await page.goto(`${server.origin}/accessibilite?programme=/avec-contact.json`);
  await statement.getByRole('link', { name: 'accessibilite@example.org' }).waitFor();
  assert.equal(await statement.getByRole('link', { name: 'accessibilite@example.org' }).getAttribute('href'), 'mailto:accessibilite@example.org');
  server.overrides.delete('/avec-contact.json');
  // In English.
  await page.goto(`${server.origin}/accessibilite`);
  await page.getByRole('button', { name: 'Read in English' }).click();
  assert.equal(await statement.locator('h1').textContent(), 'Accessibility statement');
  text = await statement.textContent();
  assert.match(text, /NEC Compagnon is not compliant with the RGAA 4\.1/);
  assert.equal(await page.locator('.site-footer').getByRole('link', { name: 'Accessibility: not compliant' }).count(), 1);
  await context.close();
});

test('keyboard only: find a session, keep it, open its room on the map, get a step-free route', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? ''} ${el.textContent.trim().slice(0, 80)}`;
  });
  /** Presses Tab until the focused element matches, like a person would. */
  async function tabTo(pattern, limit = 80) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if (pattern.test(await focused())) return;
    }
    throw new Error(`never reached ${pattern} (last: ${await focused()})`);
  }
  // Find: the search box, a few words.
  await tabTo(/^input/);
  await page.keyboard.type('ouverture journee nationale');
  const card = page.locator(`.session-card[data-session="${OPENING}"]`);
  await card.waitFor();
  // The address follows the search; the focus stays in the box.
  await page.waitForURL(/q=ouverture/);
  assert.match(await focused(), /^input/);
  // Keep it: its star, with the space bar.
  await tabTo(/^button\s+☆ Ajouter à mon agenda\s*:\s*Ouverture de la Journée/);
  await page.keyboard.press('Space');
  assert.equal(await card.locator('button.star').getAttribute('data-kept'), 'true');
  // Open it, then its room on the map.
  await page.keyboard.press('Shift+Tab');
  assert.match(await focused(), /^a\s+Ouverture de la Journée nationale/);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/session/${OPENING}`);
  // On a new page, the focus is on its heading: a screen reader says where the person is, and
  // the next Tab goes on from there.
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  assert.match(await focused(), /^h1\s+Ouverture de la Journée nationale/);
  await tabTo(/^a\s+Voir sur le plan/);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/plan?espace=pleniere');
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  assert.match(await focused(), /^h1\s+Plan du stade/);
  // The room's panel: "Itinéraire jusqu'ici", then step-free, from the main entrance.
  await tabTo(/^button\s+Itinéraire jusqu'ici/);
  await page.keyboard.press('Enter');
  await tabTo(/^select/);
  await page.keyboard.press('Home');
  await tabTo(/^input.*|^input/);
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement.type === 'checkbox')); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.directions'));
  assert.match(await page.locator('.directions').textContent(), /ascenseur/);
  assert.match(page.url(), /sansmarches=1/);
  assert.match(page.url(), /vers=pleniere/);
  await context.close();
});
