// The release WASM's size budget: what attendees download grows only when someone decides it
// is worth it. The budget is written in one place, tests/size-budget.json; sizes are facts of
// the build, not timings, so this is a test. How to keep the WASM small: docs/size.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist, repo } from './support.mjs';

const budgetFile = path.join(repo, 'tests', 'size-budget.json');

/** The brotli size (quality 11, as a host precompresses it) of `bytes`. */
export function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/** What to tell the person when `size` bytes is over `budget`; null within it. */
export function overBudget(name, size, budget) {
  if (size <= budget) return null;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  return `${name} is ${kib(size)} brotli (${size} bytes), over its budget of ${kib(budget)} ` +
    `(${budget} bytes, tests/size-budget.json) by ${kib(size - budget)}. ` +
    'Find what grew (cargo xtask bench prints the sizes; docs/size.md says how to look inside ' +
    'the WASM). If the growth is worth what attendees pay for it, raise the budget in ' +
    'tests/size-budget.json in the same commit and say why in its message.';
}

test('the release WASM is within its size budget', () => {
  const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
  // The attendees' WASM: the one the app's page loads (publier.html's own is beside it, for
  // organisers only: tests/e2e/publier.test.mjs checks attendees never download it).
  const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = [...new Set(page.match(/[\w.-]+_bg\.wasm/g) ?? [])];
  assert.equal(named.length, 1, `index.html names one WASM: ${named.join(', ')}`);
  assert.ok(named[0].startsWith('nec-compagnon-'), named[0]);
  const wasm = readdirSync(dist).filter((name) => name.endsWith('.wasm'));
  for (const other of wasm.filter((name) => name !== named[0])) {
    const bytes = readFileSync(path.join(dist, other));
    console.log(`also in dist, not the attendees': ${other}, ${bytes.length} bytes raw, ${brotli(bytes)} brotli`);
  }
  const bytes = readFileSync(path.join(dist, named[0]));
  const size = brotli(bytes);
  console.log(`the release WASM: ${bytes.length} bytes raw, ${size} brotli; budget ${budget.wasm_brotli_bytes}`);
  const message = overBudget('The release WASM', size, budget.wasm_brotli_bytes);
  assert.equal(message, null, message ?? '');
});

test('a WASM over its budget is told with what to do', () => {
  assert.equal(overBudget('The release WASM', 1000, 1000), null);
  const told = overBudget('The release WASM', 1100, 1000);
  assert.match(told, /over its budget of 1\.0 KiB \(1000 bytes, tests\/size-budget\.json\)/);
  assert.match(told, /raise the budget in tests\/size-budget\.json/);
});
