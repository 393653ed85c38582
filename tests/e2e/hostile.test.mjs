// Hostile files in a real browser: a programme whose links would run code is refused on every
// page and nothing is drawn as a link that is not a web or e-mail address; ids at the edge of
// the rule go through every kind of link the app makes and find their page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const PAGES = ['/programme', '/maintenant', '/plan', '/intervenants', '/session/ouverture',
  '/intervenant/henri-verdier', '/agenda', '/agenda/partage', '/a-propos', '/accessibilite'];

/** Every link and form target drawn on the page whose address is not http(s), mailto or ours. */
const unsafeTargets = (page) => page.evaluate(() => [...document.querySelectorAll('[href], [src], [action], [formaction]')]
  .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)).filter((v) => v !== null))
  .filter((value) => {
    const url = new URL(value, document.baseURI);
    return !['http:', 'https:', 'mailto:'].includes(url.protocol);
  }));

test('a programme with javascript: or data: links is refused on every page and draws none', { timeout: 300000 }, async () => {
  const { context, page, problems } = await openPage(browser);
  const files = {
    'javascript-session-link.json': 'sessions[0].links[0].url',
    'data-speaker-link.json': 'speakers[0].links[0].url',
    'javascript-contact.json': 'event.accessibility_contact',
    'javascript-event-site.json': 'event.url',
  };
  for (const [file, place] of Object.entries(files)) {
    for (const route of PAGES) {
      await page.goto(`${server.origin}${route}?programme=/test-fixtures/odd/${file}`);
      if (route === '/accessibilite') {
        // The statement stands without the programme: it gives no contact, as for any file
        // that gives none.
        await page.getByText('Le fichier du programme ne donne pas d\'adresse pour cela').waitFor();
      } else {
        await page.locator('.data-error').first().waitFor();
        assert.match(await page.locator('.data-error').first().textContent(), new RegExp(place.replace(/[.[\]]/g, '\\$&')), `${file} on ${route}`);
      }
      assert.deepEqual(await unsafeTargets(page), [], `${file} on ${route}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('ids at the edge of the rule find their page through every link the app makes', { timeout: 120000 }, async () => {
  const { context, page, problems } = await openPage(browser);
  const programme = 'programme=%2Ftest-fixtures%2Fodd%2Fids-at-the-edge-of-the-rule.json';
  const id = 's.2022_REX-1';
  // From the programme's card to the session's page.
  await page.goto(`${server.origin}/programme?${programme}&maintenant=2022-09-28T08:00`);
  const card = page.locator('.session-card').filter({ hasText: 'éducation populaire' });
  await card.getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname === `/session/${id}`);
  await page.locator('main h1').filter({ hasText: 'éducation populaire' }).waitFor();
  // Kept, it is in the agenda, whose link leads back to it.
  await page.getByRole('button', { name: /^Ajouter à mon agenda/ }).first().click();
  await page.goto(`${server.origin}/agenda?${programme}`);
  const row = page.locator('main').getByRole('link', { name: /éducation populaire/ }).first();
  assert.equal(new URL(await row.getAttribute('href'), server.origin).pathname, `/session/${id}`);
  // Its share link names it, and opened elsewhere, finds it.
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  const other = await openPage(browser);
  await other.page.goto(link);
  await other.page.locator('.shared-list li').first().waitFor();
  assert.deepEqual(await other.page.locator('.shared-list li').evaluateAll((els) => els.map((e) => e.dataset.session)), [id]);
  await other.context.close();
  // The calendar file's UID holds the id as it is.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger tout mon agenda (.ics)' }).click(),
  ]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, new RegExp(`UID:${id.replace('.', '\\.')}@`));
  assert.deepEqual(problems, []);
  await context.close();
});
