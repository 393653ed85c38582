import { startServer, launch } from './support.mjs';
const server = await startServer({ compress: true });
const browser = await launch();
for (const url of ['/programme', '/plan']) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.element?.tagName, (e.element?.textContent || '').slice(0, 30)]); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(server.origin + url);
  await page.waitForTimeout(4000);
  const r = await page.evaluate(() => ({ lt: window.__lt, lcp: window.__lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, res: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 30), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  console.log(url, JSON.stringify(r, null, 0));
  await context.close();
}
await browser.close(); await server.close();
