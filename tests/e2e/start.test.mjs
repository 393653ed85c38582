// The start screen gives way to the app with no layout shift (docs/start-up.md): the app is
// drawn behind it and shown whole, so nothing a person is reading moves. Measured as the
// browser does for CLS: every `layout-shift` entry from the first paint until the app's first
// view is drawn and has settled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, withServerAndBrowser, server, browser } from './support.mjs';

withServerAndBrowser();

const LUNCH = 'dejeuner-27';
const OPENING = 'ouverture-de-la-journee-nationale-des-conseillers-numeriques';

/** Records every layout shift of the page from its first bytes (`buffered`). */
function recordShifts() {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.shifts.push({
        at: Math.round(e.startTime),
        value: e.value,
        moved: e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `url` and returns the layout shifts until the start screen is gone, the page's
 * heading drawn and two frames and 300 ms more have passed (a late step of the first drawing). */
async function shiftsOfStart(url, { width = 390, height = 800, cpu = 1, agenda = [] } = {}) {
  const { context, page, problems } = await openPage(browser, { serviceWorkers: 'block', viewport: { width, height } });
  await context.addInitScript(recordShifts);
  if (agenda.length > 0) {
    await context.addInitScript((ids) => {
      const sessions = Object.fromEntries(ids.map((id) => [id, { kept: true, changed: 1 }]));
      localStorage.setItem('nec.agenda.v2', JSON.stringify({ version: 2, sessions }));
    }, agenda);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(server.origin + url);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.getElementById('demarrage'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => window.shifts);
  return { context, page, problems, shifts };
}

const total = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);

test('the start screen gives way to the app with no layout shift, on every kind of page', async () => {
  // Zero, not "small": the app is hidden until its first view is drawn, so any shift at all
  // means something was shown before it was ready.
  const cases = [
    ['/programme', {}],
    // A slow phone: the first drawing's steps are far apart.
    ['/programme', { cpu: 4 }],
    ['/programme', { width: 1280, height: 900 }],
    ['/programme?vue=grille&jour=2022-09-28', {}],
    ['/plan?espace=pleniere', {}],
    ['/agenda', { agenda: [LUNCH, OPENING] }],
    [`/session/${OPENING}`, {}],
    ['/maintenant?maintenant=2022-09-28T10:15', { agenda: [LUNCH, OPENING] }],
  ];
  for (const [url, options] of cases) {
    const { context, problems, shifts } = await shiftsOfStart(url, options);
    assert.equal(total(shifts), 0, `${url} ${JSON.stringify(options)}: ${JSON.stringify(shifts)}`);
    assert.deepEqual(problems, [], url);
    await context.close();
  }
});

test('the measure sees a shift when there is one', async () => {
  // Without this, a browser that reported no layout shift at all would pass the test above.
  const { context, page, shifts } = await shiftsOfStart('/programme');
  assert.equal(total(shifts), 0);
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '200px';
    document.querySelector('main').prepend(block);
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await page.evaluate(() => window.shifts);
  assert.ok(total(after) > 0.01, JSON.stringify(after));
  await context.close();
});
