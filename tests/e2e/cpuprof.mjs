// A profiling aid, not a test: where the app's start spends its time, by function, in a CPU
// profile of headless Chromium (the WASM's own functions and the domain's, inclusive).
// Function names need a WASM that kept them: after `cargo xtask build`, copy dist/ to
// /tmp/profdist, run `wasm-bindgen --target web --no-typescript --out-dir /tmp/pkg
// target/wasm32-unknown-unknown/release/nec-compagnon.wasm`, put /tmp/pkg's JS and WASM over the
// hashed ones in /tmp/profdist, and remove the `integrity` attributes from its index.html. Then:
//   NEC_DIST=/tmp/profdist node tests/e2e/cpuprof.mjs /plan
import { startServer, launch } from './support.mjs';
const url = process.argv[2] ?? '/programme';
const server = await startServer({ compress: false });
const browser = await launch();
const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(server.origin + url);
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
// inclusive: walk parents
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const name = n.callFrame.functionName || '(anon)'; if (!seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + (dt[i] ?? 0)); } cur = parent.get(cur); } });
const top = (m, k) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 1000).toFixed(1).padStart(7)} ms  ${n.slice(0, 140)}`).join('\n');
console.log('total sampled', (total / 1000).toFixed(0), 'ms\n--- self\n' + top(self, 35) + '\n--- inclusive\n' + top(new Map([...incl].filter(([n]) => n.includes('nec_compagnon') || n.includes('serde') || n.includes('jiff') || n.includes('Bounding') || n.includes('getItem') || n.includes('gloo'))), 60));
await browser.close(); await server.close();
