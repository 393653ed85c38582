// What a person sees around the content: times that never move with the device's zone, a
// theme that stays chosen, pages that fit a 320 px screen (the width of 400 % zoom on a laptop).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, scrollToEnd } from './support.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

const REX = "Comment le numérique transforme l'éducation populaire";

test('in New York, the times stay Paris times and one note says so', async () => {
  const browser = await launch({ TZ: 'America/New_York' });
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  await scrollToEnd(page);
  assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), 'America/New_York');
  const rex = page.locator('.session-card', { hasText: REX });
  assert.equal(await rex.locator('.when').textContent(), '17:00–18:00');
  assert.equal(await page.locator('.tz-note').count(), 1);
  assert.match(await page.locator('.tz-note').textContent(), /à l'heure de l'événement \(Europe\/Paris\)/);
  assert.deepEqual(problems, []);
  await context.close();
  await browser.close();
});

test('in Paris, the same times and no note', async () => {
  const browser = await launch({ TZ: 'Europe/Paris' });
  const { context, page } = await openPage(browser, { timezoneId: 'Europe/Paris' });
  await page.goto(`${server.origin}/programme?jour=2022-09-28`);
  await page.locator('.session-card').first().waitFor();
  await scrollToEnd(page);
  const rex = page.locator('.session-card', { hasText: REX });
  assert.equal(await rex.locator('.when').textContent(), '17:00–18:00');
  assert.equal(await page.locator('.tz-note').count(), 0);
  await context.close();
  await browser.close();
});

test('the theme follows the system until chosen, then stays chosen', async () => {
  const browser = await launch();
  const { context, page } = await openPage(browser, { colorScheme: 'dark' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(`${server.origin}/programme`);
  await page.locator('.session-card').first().waitFor();
  assert.equal(await background(), 'rgb(22, 24, 29)', 'dark, as the system asks');
  await page.getByRole('button', { name: 'Thème clair' }).click();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'light');
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.reload();
  await page.locator('.session-card').first().waitFor();
  assert.equal(await background(), 'rgb(255, 255, 255)', 'the choice survives a reload');
  await page.getByRole('button', { name: 'Thème sombre' }).click();
  assert.equal(await background(), 'rgb(22, 24, 29)');
  await context.close();
  await browser.close();
});

test('at 320 px wide, no page scrolls sideways', async () => {
  const browser = await launch();
  const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  for (const url of ['/programme?jour=2022-09-28', '/programme?jour=2022-09-28&q=donnees',
    '/programme?jour=2022-09-28&vue=grille', '/maintenant?maintenant=2022-09-28T10:15',
    '/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022', '/intervenant/henri-verdier',
    '/intervenants', '/a-propos', '/accessibilite', '/plan', '/agenda']) {
    await page.goto(server.origin + url);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    // Open the spaces' filter where there is one: its options are the widest part of the page.
    if (await page.locator('.facet-button').count()) await page.locator('.facet-button[data-facet="espace"]').click();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${url}: ${scroll} px wide in ${client} px`);
  }
  assert.deepEqual(problems, []);
  await context.close();
  await browser.close();
});

test('printing gives one day of the programme, without the controls', async () => {
  const browser = await launch();
  const { context, page } = await openPage(browser);
  await page.goto(`${server.origin}/programme?jour=2022-09-29`);
  await page.locator('.session-card').first().waitFor();
  // What a browser does when asked to print: the whole day is drawn first.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const hidden = async (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display === 'none');
  for (const selector of ['.site-header nav', '.search', '.filters', '.site-footer', '.result-status',
    '.brand-tools', '.days', '.views', '.more']) {
    assert.ok(await hidden(selector), `${selector} is not printed`);
  }
  // The chosen day's heading names the page; its sessions are all there.
  assert.equal(await page.locator('.day > h2').textContent(), 'jeudi 29 septembre');
  assert.equal(await page.locator('.session-card').count(), 38);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a PDF is produced');
  await context.close();
  await browser.close();
});

test('on a phone, the programme\'s first screen shows sessions and the navigation stays at hand', async () => {
  const browser = await launch({ TZ: 'Europe/Paris' });
  const { context, page, problems } = await openPage(browser, { timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
  const tabBarTop = async () => (await page.locator('.site-header nav').boundingBox()).y;
  for (const address of ['/programme?maintenant=2022-09-28T14:10', '/programme?jour=2022-09-27', '/programme?jour=2022-09-29']) {
    await page.goto(`${server.origin}${address}`);
    await page.locator('.session-card').nth(2).waitFor();
    const bar = await tabBarTop();
    assert.ok(bar < 844 && bar > 700, `${address}: the tab bar is at the foot of the screen (${bar})`);
    // The third card starts above the tab bar, with room for its time and title.
    const third = await page.locator('.session-card').nth(2).boundingBox();
    assert.ok(third.y + 48 <= bar, `${address}: the third session starts at ${third.y}, the tab bar at ${bar}`);
  }
  // The navigation stays on screen while the list scrolls, and leads to every page.
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(() => window.scrollY) > 1000, 'the list scrolled');
  assert.ok(await tabBarTop() > 700, 'the tab bar is still at the foot of the screen');
  const tabs = page.locator('.site-header nav a');
  assert.deepEqual(await tabs.allTextContents(), ['Programme', 'Maintenant', 'Plan', 'Qui intervient', 'Mon agenda']);
  for (const tab of await tabs.all()) {
    const box = await tab.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `a tab of ${box.width}×${box.height}`);
  }
  await tabs.nth(4).click();
  await page.waitForURL('**/agenda');
  assert.equal(await page.locator('.site-header nav a[aria-current="page"]').textContent(), 'Mon agenda');
  // Nothing the page draws hides under the bar: the page's end scrolls clear of it.
  await page.goto(`${server.origin}/a-propos`);
  await page.locator('.site-footer').waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(100);
  const footer = await page.locator('.site-footer').boundingBox();
  assert.ok(footer.y + footer.height <= (await tabBarTop()) + 1, 'the footer ends above the tab bar');
  assert.deepEqual(problems, []);
  await context.close();
  await browser.close();
});

test('at 390 px wide, every control on every page is at least 44 × 44 px', async () => {
  const browser = await launch({ TZ: 'Europe/Paris' });
  const { context, page, problems } = await openPage(browser, { timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
  // Each page, with what it hides opened: the filters, the simulated clock, the map as text.
  const pages = [
    ['/programme?maintenant=2022-09-28T14:10', '.facet-button[data-facet="espace"]'],
    // The chosen filters as chips, and "en cours" on the filters' line.
    ['/programme?jour=2022-09-28&format=atelier,conference&theme=inclusion', null],
    ['/programme?q=pitch', null],
    ['/maintenant?maintenant=2022-09-27T09:15', '.simulate summary'],
    ['/plan?espace=pleniere', '.map-text summary'],
    ['/intervenants', null],
    ['/session/ceremonie-d-ouverture-de-numerique-en-commun-s-2022', null],
    ['/intervenant/henri-verdier', null],
    ['/agenda', null],
    ['/a-propos', null],
    ['/accessibilite', null],
  ];
  const small = [];
  for (const [address, open] of pages) {
    await page.goto(`${server.origin}${address}`);
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(300);
    if (open) {
      await page.locator(open).click();
      await page.waitForTimeout(100);
    }
    const found = await page.evaluate(() => {
      const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [role=button]')];
      return targets.flatMap((e) => {
        // The map's rooms are reached by zooming, or as links in the map as text.
        if (e.closest('svg.map, .visually-hidden, .skip-link, [hidden], details:not([open]) > :not(summary)')) return [];
        // A checkbox is hit through its row and label.
        const box = (e.type === 'checkbox' ? document.querySelector(`label[for="${e.id}"]`) ?? e : e).getBoundingClientRect();
        const style = getComputedStyle(e);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return [];
        if (box.width >= 43.5 && box.height >= 43.5) return [];
        return [`${e.tagName.toLowerCase()} "${(e.textContent || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`];
      });
    });
    small.push(...found.map((f) => `${address}: ${f}`));
  }
  assert.deepEqual(small, []);
  assert.deepEqual(problems, []);
  await context.close();
  await browser.close();
});
