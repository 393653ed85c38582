// WebKit for the tests: a virtual display (Xvfb), WebKitGTK's WebDriver and its MiniBrowser,
// each started on a free display or port and stopped by its process id; and a small client
// of the W3C WebDriver endpoints (plain fetch), with waits that end with a message.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

/** Where Debian puts them, for a run by hand. */
const defaults = { XVFB: '/usr/bin/Xvfb', WEBKIT_DRIVER: '/usr/bin/WebKitWebDriver' };

/** The path of a tool `cargo xtask test` names in the environment, or why it is missing. */
export function tool(name) {
  const found = process.env[name] || defaults[name];
  if (!found || !existsSync(found)) {
    throw new Error(`${name} is not installed (${found || 'no path'}): \`cargo xtask test webkit\` installs webkit2gtk-driver and xvfb and names their paths`);
  }
  return found;
}

/** Processes this file started, stopped on exit if a test could not stop them itself. */
const started = new Set();
function stopAll() {
  for (const pid of started) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}
process.on('exit', stopAll);
// Ctrl+C reaches this process only: the groups above are their own.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { stopAll(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}

/** Starts `program` in a process group of its own, so that stopping it by its id also stops
 * what it started (the driver starts MiniBrowser, which starts WebKit's processes). */
function startGroup(program, args, options) {
  const child = spawn(program, args, { detached: true, ...options });
  started.add(child.pid);
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text) => output.push(text));
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  child.on('error', (err) => output.push(`could not start ${program}: ${err.message}`));
  return {
    pid: child.pid,
    child,
    exited,
    /** What the process wrote so far. */
    output: () => output.join(''),
    async stop() {
      if (!started.has(child.pid)) return;
      started.delete(child.pid);
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      const gone = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
      if (!gone) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Xvfb on a display it chooses free (`-displayfd` writes its number when it is ready). */
export async function startDisplay() {
  const xvfb = startGroup(tool('XVFB'),
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within 10 s:\n${xvfb.output()}`)), 10_000);
    xvfb.child.stdio[3].setEncoding('utf8');
    xvfb.child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) { clearTimeout(timer); resolve(text.trim()); }
    });
    xvfb.exited.then((code) => { clearTimeout(timer); reject(new Error(`Xvfb stopped (${code}):\n${xvfb.output()}`)); });
  });
  return { ...xvfb, display: `:${number}` };
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** WebKitWebDriver on a free port, drawing on `display`; resolves once it answers /status. */
export async function startDriver(display) {
  const port = await freePort();
  const driver = startGroup(tool('WEBKIT_DRIVER'), [`--port=${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: display } });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await driver.stop();
      throw new Error(`WebKitWebDriver did not answer on ${url}/status within 10 s:\n${driver.output()}`);
    }
    await sleep(100);
  }
  return { ...driver, url };
}

/** An error the driver returned, with its command. */
class WebDriverError extends Error {}

/** A browsing session: MiniBrowser in automation mode, its console written to the driver's
 * output (read with `driver.output()`). */
export async function newSession(driver) {
  const body = {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': {
          binary: tool('MINIBROWSER'),
          args: ['--automation', '--enable-write-console-messages-to-stdout=true'],
        },
        timeouts: { pageLoad: 30_000, script: 30_000, implicit: 0 },
      },
    },
  };
  const created = await call(driver.url, 'POST', '/session', body);
  return new Session(driver.url, created.sessionId, created.capabilities);
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  const { value } = await response.json();
  if (!response.ok) {
    throw new WebDriverError(`${method} ${path}: ${value?.error}: ${value?.message}`);
  }
  return value;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  call(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  goto(url) { return this.call('POST', '/url', { url }); }
  url() { return this.call('GET', '/url'); }
  refresh() { return this.call('POST', '/refresh', {}); }
  close() { return this.call('DELETE', ''); }

  /** Runs `fn(...args)` in the page; what it returns comes back as JSON. */
  run(fn, ...args) {
    return this.call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs an async `fn(...args)` in the page and waits for its result. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then(done, (e) => done({ failed: String(e) }));`;
    return this.call('POST', '/execute/async', { script, args });
  }

  /**
   * Waits until `fn(...args)`, run in the page, returns something truthy, and returns it;
   * after `seconds`, fails with `what` and the page's heading, address and alerts.
   */
  async waitFor(what, fn, args = [], seconds = 20) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      try {
        const value = await this.run(fn, ...args);
        if (value) return value;
      } catch (err) {
        if (!(err instanceof WebDriverError)) throw err;
        // A page being replaced (a reload, a navigation) can refuse a script once.
      }
      if (Date.now() > deadline) {
        const seen = await this.run(() => ({
          url: location.href,
          h1: document.querySelector('h1')?.textContent,
          alerts: [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent),
        })).catch((e) => String(e));
        throw new Error(`waited ${seconds} s for ${what}; the page shows ${JSON.stringify(seen)}`);
      }
      await sleep(100);
    }
  }

  /** The one element `css` finds in the page, as the driver names it (for a click, keys). */
  async find(css) {
    const found = await this.call('POST', '/element', { using: 'css selector', value: css });
    return found[ELEMENT];
  }

  /** A click as a person makes it: the driver scrolls the element into view and presses there. */
  async click(css) {
    await this.call('POST', `/element/${await this.find(css)}/click`, {});
  }

  /** Waits for the first element `css` finds whose text holds `text`, as a person looks for a
   * link or a button by what it says, and clicks it. */
  async clickText(css, text, seconds = 20) {
    const element = await this.waitFor(`${css} saying "${text}"`, (c, t) =>
      [...document.querySelectorAll(c)].find((e) => e.textContent.includes(t)), [css, text], seconds);
    await this.call('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Types `text` into the element, key by key. */
  async type(css, text) {
    await this.call('POST', `/element/${await this.find(css)}/value`, { text });
  }
}
