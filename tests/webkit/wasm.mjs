// The component tests of tests/web.rs (wasm-bindgen-test) in WebKit: wasm-bindgen-test-runner
// drives WebKitGTK's WebDriver as it would Safari's (SAFARIDRIVER), and the driver starts its
// MiniBrowser; this script gives them a virtual display for the run, then stops it.
// Run by `cargo xtask test webkit`; the runner's output passes through as it is.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDisplay, tool } from './webdriver.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const display = await startDisplay();
const env = { ...process.env, DISPLAY: display.display, SAFARIDRIVER: tool('WEBKIT_DRIVER') };
// The runner takes the first driver it finds, Firefox's and remote ones before Safari's.
for (const driver of ['GECKODRIVER', 'SAFARIDRIVER', 'CHROMEDRIVER', 'MSEDGEDRIVER']) {
  delete env[`${driver}_REMOTE`];
  if (driver !== 'SAFARIDRIVER') delete env[driver];
}
// Its output through pipes of its own: node's stdout is non-blocking, and the runner, writing
// to it directly, failed with "Resource temporarily unavailable".
const cargo = spawn('cargo', ['test', '--package', 'nec-compagnon', '--target', 'wasm32-unknown-unknown', '--test', 'web', '--test', 'no_panic'],
  { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
cargo.stdout.pipe(process.stdout);
cargo.stderr.pipe(process.stderr);
const code = await new Promise((resolve) => {
  cargo.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  cargo.on('error', (err) => { console.error(`could not start cargo: ${err.message}`); resolve(1); });
});
await display.stop();
process.exit(code);
