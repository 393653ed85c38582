// The way back from a faulty service worker: publish this file as /sw.js. Browsers fetch
// /sw.js again at every navigation (it is never taken from a cache), so at the next visit this
// worker installs at once, takes over, deletes every cache of the app, unregisters itself and
// lets every request go to the network. The next build's sw.js installs cleanly after it.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) await caches.delete(name);
    await self.clients.claim();
    await self.registration.unregister();
  })());
});
