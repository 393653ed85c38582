// Screenshots of every page at phone and laptop width, light and dark, for a person to look at
// (`cargo xtask screenshots`). Not a test: it asserts nothing and writes target/screenshots/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startServer, launch, repo, shareCode, offlineCopyMade } from './support.mjs';

const out = path.join(repo, 'target', 'screenshots');
const pages = [
  ['programme', '/programme'],
  ['plan', '/plan'],
  ['plan-route', '/plan?espace=pleniere&depuis=entree-principale&vers=pleniere&sansmarches=1&maintenant=2022-09-28T10:00'],
  ['plan-stairs', '/plan?niveau=3&depuis=entree-principale&vers=atelier-4&sansmarches=1'],
  ['agenda', '/agenda'],
  ['about', '/a-propos'],
  ['accessibility', '/accessibilite'],
  ['search', '/programme?jour=2022-09-28&q=donnees'],
  ['session', '/session/comment-le-numerique-transforme-l-education-populaire-et-inv'],
  ['speakers', '/intervenants'],
  ['grid', '/programme?jour=2022-09-28&vue=grille'],
  ['now', '/maintenant?maintenant=2022-09-28T10:15'],
  ['error', '/programme?programme=/test-fixtures/invalid-references.json'],
];
const shared = ['accueil-cafe-des-conseillers-numeriques-27', 'ouverture-de-la-journee-nationale-des-conseillers-numeriques', 'ancien-atelier'];
pages.push(['shared', `/agenda/partage#${shareCode(shared)}`]);
pages.push(['shared-bad', '/agenda/partage#1.00000000.abc']);
// An agenda with a clash, a tight walk, a note and free time, for the agenda's pictures.
const agenda = {
  version: 2,
  sessions: Object.fromEntries([
    'accueil-cafe-des-conseillers-numeriques-27',
    'ouverture-de-la-journee-nationale-des-conseillers-numeriques',
    'village-des-exposants-ouverture-27',
    'comment-le-numerique-transforme-l-education-populaire-et-inv',
  ].map((id) => [id, { kept: true, changed: 1 }])),
};
agenda.sessions['accueil-cafe-des-conseillers-numeriques-27'].note = 'Retrouver Awa près du vestiaire';
const widths = [390, 1280];
const schemes = ['light', 'dark'];
const langs = ['fr', 'en'];

await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await launch();
for (const width of widths) {
  for (const colorScheme of schemes) {
   for (const lang of langs) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, colorScheme, locale: 'fr-FR' });
    // The app stores the language as gloo-storage does: JSON.
    await context.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
    await context.addInitScript((text) => localStorage.setItem('nec.agenda.v2', text), JSON.stringify(agenda));
    const page = await context.newPage();
    for (const [name, url] of pages) {
      await page.goto(server.origin + url);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !document.querySelector('.loading'));
      const file = path.join(out, `${name}-${lang}-${width}-${colorScheme}.png`);
      // Whole pages, but no taller than a few screens: a long programme would shrink to nothing.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 2400) } });
      console.log(file);
    }
    // Without a network, once the offline copy is made: the screen as it is (the notice stays
    // at its foot).
    await page.goto(`${server.origin}/programme`);
    await page.locator('.session-card').first().waitFor();
    await offlineCopyMade(page);
    await context.setOffline(true);
    await page.locator('.notice.offline').waitFor();
    const offline = path.join(out, `offline-${lang}-${width}-${colorScheme}.png`);
    await page.screenshot({ path: offline });
    console.log(offline);
    await context.setOffline(false);
    await context.close();
    // The programme's first view, as a person on a slow network sees it until the app runs
    // (here its WASM is still on its way); then, when its download is cut, the message.
    for (const [name, cut] of [['first-view', () => {}], ['download-cut', (route) => route.abort('connectionreset')]]) {
      const waiting = await browser.newContext({ viewport: { width, height: 844 }, colorScheme, locale: 'fr-FR', serviceWorkers: 'block' });
      await waiting.addInitScript((code) => localStorage.setItem('nec.lang.v1', JSON.stringify(code)), lang);
      const first = await waiting.newPage();
      await first.route('**/*.wasm', cut);
      await first.goto(`${server.origin}/programme`, { waitUntil: 'domcontentloaded' });
      await first.locator(`.preview[lang=${lang}]`).waitFor();
      if (name === 'download-cut') await first.locator('.app-stopped').waitFor();
      const file = path.join(out, `${name}-${lang}-${width}-${colorScheme}.png`);
      await first.screenshot({ path: file, fullPage: true });
      console.log(file);
      await waiting.close();
    }
   }
  }
}
await browser.close();
await server.close();
