// NEC Compagnon's service worker. Written by xtask/pwa/postbuild.mjs at each release build:
// VERSION and PRECACHE below are filled in from the built files and their content hashes.
//
// - Install: every file of the build is cached (the app shell, WASM, JS, CSS, icons, the
//   programme and the venue), each downloaded at most once on a first visit (see below). A new
//   worker waits: the page says "Nouvelle version disponible — recharger" and tells it to take
//   over only when the person chooses, so an open page keeps the HTML, JS and WASM it started
//   with.
// - Navigations (any deep link): the cached app shell, so the app opens offline.
// - Build files: from the cache (their names carry their hash).
// - Data, every JSON file of our origin (the programme and the venue, or another programme a
//   local NEC names with ?programme=, and its map): from the cache at once, refreshed from the
//   network in the background; when the refreshed file differs, the pages are told. A file
//   never seen before is cached as it arrives, so it opens offline from then on.
// - Anything else of our origin: the network, else the cache. Other origins: not touched.
// - Any error in here falls back to the network: a mistake cannot lock a person out.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
// The path the app is served under (NEC_BASE_PATH): '/' at the root of a site. Two copies of
// the app under two paths of one site keep caches of their own names, and never delete the
// other's.
const BASE = '__BASE__';
const PREFIX = BASE === '/' ? 'nec-compagnon-' : `nec-compagnon${BASE}`;
const CACHE = `${PREFIX}${VERSION}`;
/** Data files: refreshed in the background, whatever their name (see above). */
const isData = (url) => url.search === '' && url.pathname.endsWith('.json');
const SHELL = `${BASE}index.html`;
/** The app's routes under BASE (src/ui/app/mod.rs), as the router knows them. */
const ROUTES = /^(|index\.html|programme|plan|agenda|agenda\/partage|maintenant|intervenants|a-propos|accessibilite|session\/[^/]+|intervenant\/[^/]+)\/?$/;
const isAppPage = (pathname) => pathname.startsWith(BASE) && ROUTES.test(pathname.slice(BASE.length));
/** This copy's caches: its prefix and a version, never another copy's under a deeper path. */
const isOurs = (name) => name.startsWith(PREFIX) && /^[0-9a-f]{16}$/.test(name.slice(PREFIX.length));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // A file named after its content is taken from the browser's HTTP cache when the page
    // has just downloaded it: a first visit downloads the WASM once, not twice. The others
    // are checked with the server (unchanged: a 304, without the body).
    const shell = await pageJustLoaded();
    await cache.addAll(PRECACHE.filter((entry) => !(shell && entry.url === SHELL)).map((entry) =>
      new Request(entry.url, { cache: entry.immutable ? 'force-cache' : 'no-cache' })));
    if (shell) await cache.put(SHELL, shell);
    // A new version waits for the person (see above) only when a previous one has its copy
    // here. Without it (sw-reset.js deleted every cache and may still be active, or the
    // browser evicted the copy), no page depends on it: take over now.
    const previous = (await caches.keys()).filter((name) => isOurs(name) && name !== CACHE);
    if (previous.length === 0) await self.skipWaiting();
  })());
});

// The app shell as the page that installs this worker has just received it, under the address
// it was opened at (/programme, /plan…: the same file as /index.html, under another name in
// the browser's HTTP cache). Taken only when its bytes are this build's (the hash in PRECACHE);
// otherwise null, and /index.html is downloaded. A first visit then downloads the page once.
async function pageJustLoaded() {
  try {
    const revision = PRECACHE.find((entry) => entry.url === SHELL).revision;
    const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const page of pages) {
      const url = new URL(page.url);
      if (url.origin !== self.location.origin) continue;
      const response = await fetch(new Request(url.pathname + url.search, { cache: 'only-if-cached', mode: 'same-origin' }))
        .catch(() => null);
      if (!response || !response.ok) continue;
      const body = await response.clone().arrayBuffer();
      const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', body))]
        .map((b) => b.toString(16).padStart(2, '0')).join('');
      if (hash.slice(0, 16) === revision) return response;
    }
  } catch {
    // Whatever went wrong, /index.html is downloaded instead.
  }
  return null;
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (isOurs(name) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Pages that were given a programme or venue older than the server's. The page's own
// request for them starts before its code listens (index.html preloads the programme), so a
// page also asks once it listens ('hello') and is told then.
const stale = new Set();

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') self.skipWaiting();
  if (type === 'hello' && event.source && stale.delete(event.source.id)) {
    event.source.postMessage({ type: 'data-updated' });
  }
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: false });
}

async function refreshData(request, path, clientId) {
  const cache = await caches.open(CACHE);
  const fresh = await fetch(request, { cache: 'no-cache' });
  if (!fresh.ok) return fresh;
  const old = await cache.match(path);
  const [freshText, oldText] = await Promise.all([fresh.clone().text(), old ? old.text() : null]);
  await cache.put(path, fresh.clone());
  if (oldText !== null && freshText !== oldText) {
    if (clientId) stale.add(clientId);
    for (const client of await self.clients.matchAll()) client.postMessage({ type: 'data-updated', path });
  }
  return fresh;
}

async function answer(event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    // Only the app's own pages: another copy of the app under a deeper path of this site
    // (/nec-lyon/ beside /) answers for its own.
    if (!isAppPage(url.pathname)) return fetch(request);
    return (await fromCache(SHELL)) ?? fetch(request);
  }
  if (isData(url)) {
    const cached = await fromCache(url.pathname);
    const refreshing = refreshData(request, url.pathname, event.clientId);
    if (cached) {
      event.waitUntil(refreshing.catch(() => {}));
      return cached;
    }
    return refreshing;
  }
  const cached = await fromCache(request);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const again = await fromCache(url.pathname);
    if (again) return again;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(event).catch(() => fetch(request)));
});
