// The way back from a faulty service worker: publish this file as /sw.js. Browsers fetch
// /sw.js again at every navigation (it is never taken from a cache), so at the next visit this
// worker installs at once and takes over from the faulty one. It unregisters first, so that no
// page opened from then on is given to it, deletes every cache of the app, and loads the pages
// still open again: they come from the network, and the app registers the next build's sw.js,
// which installs cleanly. It has no fetch handler: every request goes to the network.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      client.navigate(client.url).catch(() => {});
    }
  })());
});
