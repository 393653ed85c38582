// Browser figures for `cargo xtask bench`: sizes (raw, gzip, brotli) of a first visit, the first
// render once the programme has arrived, and the latency of each search keystroke, typing and
// clearing, with about 1,500 sessions; a first visit on slow 4G; the main thread's long tasks
// after the first paint at 4x CPU; Lighthouse. Prints figures; asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launch, openPage, dist, precacheList, offlineCopyMade } from './support.mjs';

const figure = (name, value, unit = '') =>
  console.log(`bench: ${name.padEnd(44)} ${String(value).padStart(10)} ${unit}`);
const kib = (n) => (n / 1024).toFixed(1);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// Sizes of what a first visit downloads.
let total = { raw: 0, gzip: 0, brotli: 0 };
// Everything the worker keeps for offline use, i.e. what a first visit downloads in all.
const worker = await readFile(path.join(dist, 'sw.js'), 'utf8');
const precached = precacheList(worker).map((e) => e.url.slice(1));
for (const name of [...precached, 'sw.js']) {
  const body = await readFile(path.join(dist, name));
  const gzip = zlib.gzipSync(body, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + body.length, gzip: total.gzip + gzip, brotli: total.brotli + brotli };
  const kind = name.endsWith('_bg.wasm') ? 'wasm' : name.split('.').pop();
  figure(`${kind} ${name.length > 30 ? '' : name} raw / gzip / brotli`.replace('  ', ' '),
    `${kib(body.length)} / ${kib(gzip)} / ${kib(brotli)}`, 'KiB');
}
figure('first load with the NEC data (page and offline copy), raw / gzip / brotli', `${kib(total.raw)} / ${kib(total.gzip)} / ${kib(total.brotli)}`, 'KiB');

const server = await startServer({ compress: true });
const browser = await launch();

// A real first visit, measured at the server: everything it sent (brotli, as Chromium asks)
// from the address typed until the worker's offline copy is made.
{
  const { context, page: visit } = await openPage(browser);
  const from = server.log.length;
  await visit.goto(`${server.origin}/programme`);
  await visit.locator('.session-card').first().waitFor();
  await offlineCopyMade(visit);
  const sent = server.log.slice(from);
  figure('first visit as sent, until the offline copy is made', `${kib(sent.reduce((n, e) => n + e.bytes, 0))} KiB in ${sent.length} answers`);
  await context.close();
}

const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
// Record when the first session card appears, by the page's own clock.
await page.addInitScript(() => {
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  new MutationObserver((_, observer) => {
    if (document.querySelector('.session-card')) {
      window.__firstCard = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
const url = `${server.origin}/programme?programme=/test-imports/bench-1500.json`;
await page.goto(url);
await page.locator('.session-card').first().waitFor();
const render = await page.evaluate(() => {
  const data = performance.getEntriesByType('resource').find((e) => e.name.includes('bench-1500.json'));
  return { arrived: data.responseEnd, card: window.__firstCard, cards: document.querySelectorAll('.session-card').length };
});
figure('sessions drawn on the first day', render.cards);
figure('first render after the data arrived', (render.card - render.arrived).toFixed(1), 'ms');

// Keystrokes: from the input event to the list updated (microtasks and effects flushed).
const timings = await page.evaluate(async () => {
  const input = document.querySelector('#recherche');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const key = async (value) => {
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    document.querySelectorAll('.session-card').length; // forces the DOM to be up to date
    return performance.now() - start;
  };
  const word = 'inclusion numerique';
  const typing = [];
  for (let i = 1; i <= word.length; i += 1) typing.push(await key(word.slice(0, i)));
  const clearing = [];
  for (let i = word.length - 1; i >= 0; i -= 1) clearing.push(await key(word.slice(0, i)));
  return { typing, clearing };
});
figure('search keystroke, typing, p50 / p95', `${percentile(timings.typing, 50).toFixed(1)} / ${percentile(timings.typing, 95).toFixed(1)}`, 'ms');
figure('search keystroke, clearing, p50 / p95', `${percentile(timings.clearing, 50).toFixed(1)} / ${percentile(timings.clearing, 95).toFixed(1)}`, 'ms');
const memory = await page.evaluate(() => ({
  heap: performance.memory?.usedJSHeapSize ?? 0,
  wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
}));
figure('JS heap after load and search', kib(memory.heap), 'KiB');
figure('WASM memory after load and search', kib(memory.wasm), 'KiB');
figure('JS heap + WASM memory', kib(memory.heap + memory.wasm), 'KiB');

// A first visit on a slow network and phone (Lighthouse's mobile settings, applied while
// loading): when the page first paints (its start screen) and when the app has drawn what the
// page is for (the programme's first card, the map). Lighthouse's LCP may be the start screen's.
for (const [name, url, selector] of [['programme', '/programme', '.session-card'], ['map', '/plan', 'svg.map']]) {
  const { context, page: slow } = await openPage(browser, { serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const cdp = await context.newCDPSession(slow);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await slow.addInitScript((wanted) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(wanted)) { window.__drawn = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await slow.goto(server.origin + url);
  await slow.locator(selector).first().waitFor({ timeout: 60000 });
  const t = await slow.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, drawn: window.__drawn,
  }));
  figure(`slow 4G and 4x CPU, ${name}: first paint / app drawn`, `${(t.paint / 1000).toFixed(1)} / ${(t.drawn / 1000).toFixed(1)}`, 's');
  await context.close();
}
// The main thread after the first paint, on a slow phone's CPU (4x slower, the network not
// slowed), four loads of each page, medians: what keeps the page from answering a tap while the
// app starts behind its start screen. A long task is one the browser reports (over 50 ms);
// the blocking time is, as in Lighthouse's TBT, the part of each beyond 50 ms, for the long
// tasks that start after the first contentful paint, until 3 s after the start screen is gone.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
for (const [name, url] of [['programme', '/programme'], ['map', '/plan']]) {
  const runs = [];
  for (let i = 0; i < 4; i += 1) {
    const { context, page: phone } = await openPage(browser, { serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await phone.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await phone.goto(server.origin + url);
    await phone.waitForFunction(() => !document.getElementById('demarrage'), null, { timeout: 60000 });
    await phone.waitForTimeout(3000);
    const { long, paint } = await phone.evaluate(() => ({
      long: window.__long, paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    const after = long.filter(([start]) => start >= paint).map(([, duration]) => duration);
    runs.push({ blocking: after.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longest: Math.max(0, ...after) });
    await context.close();
  }
  const all = (key) => runs.map((r) => r[key].toFixed(0)).join(', ');
  figure(`4x CPU, ${name}: blocking time after first paint, median`, `${median(runs.map((r) => r.blocking)).toFixed(0)} (${all('blocking')})`, 'ms');
  figure(`4x CPU, ${name}: longest task after first paint, median`, `${median(runs.map((r) => r.longest)).toFixed(0)} (${all('longest')})`, 'ms');
}
await browser.close();

// Lighthouse, mobile (its default: a mid-range phone on a slow 4G network, simulated), with
// the NEC data, served compressed. Installed by `cargo xtask bench` in target/bench-tools.
const lighthouse = process.env.LIGHTHOUSE;
if (lighthouse) {
  // Not execFileSync: the server answering Lighthouse runs in this very process.
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const run = promisify(execFile);
  // Lighthouse's default throttling is simulated: it loads the page at full speed, then
  // estimates each time on a slow network from that load. The programme's first view (plain HTML
  // shown until the WASM runs) only counts on a really slow load, so the same two pages are also
  // measured with the slow network and CPU applied while loading (`devtools`), as a phone sees them.
  for (const [name, url, method] of [['programme', '/programme', 'simulate'], ['map', '/plan', 'simulate'],
    ['programme', '/programme', 'devtools'], ['map', '/plan', 'devtools']]) {
    const out = path.join(path.dirname(lighthouse), `..`, `..`, `lighthouse-${name}-${method}.json`);
    await run(lighthouse, [server.origin + url, '--only-categories=performance,accessibility',
      `--throttling-method=${method}`, '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
    const report = JSON.parse(await readFile(out, 'utf8'));
    const a = report.audits;
    const label = method === 'simulate' ? `Lighthouse mobile ${name}` : `Lighthouse mobile ${name}, throttling applied`;
    figure(`${label}: performance / accessibility`,
      `${Math.round(report.categories.performance.score * 100)} / ${Math.round(report.categories.accessibility.score * 100)}`);
    figure(`${label}: LCP / TBT`, `${a['largest-contentful-paint'].displayValue} / ${a['total-blocking-time'].displayValue}`);
    if (method === 'devtools') {
      figure(`${label}: FCP / speed index / layout shift`,
        `${a['first-contentful-paint'].displayValue} / ${a['speed-index'].displayValue} / ${a['cumulative-layout-shift'].displayValue}`);
    }
  }
} else {
  figure('Lighthouse', 'skipped (LIGHTHOUSE not set)');
}
await server.close();
