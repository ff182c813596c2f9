/*
 * Lindung's service worker (hand-written, no package). scripts/service-worker.mjs copies it to
 * web/dist/sw.js at build:web, filling PRECACHE with the built files and VERSION with their hash.
 *
 * - install: the app shell (index.html as "/") and every hashed asset go into one cache per build,
 *   so /lapor and its chunk open without a signal after one visit;
 * - activate: older builds' caches are deleted; the worker takes the open pages at once;
 * - fetch: page navigations go to the network first (index.html is `no-cache` on the server) and
 *   fall back to the cached shell; /assets/* (immutable, hashed names) come from the cache first;
 *   the API and the card verification page are never cached — reports wait in IndexedDB instead.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `lindung-${VERSION}`;
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lindung-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const neverCached = (url) => url.pathname.startsWith('/api/') || url.pathname.startsWith('/verify/') || url.pathname === '/sw.js';

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || neverCached(url)) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(SHELL, copy));
          }
          return response;
        })
        .catch(() => caches.match(SHELL, { cacheName: CACHE }).then((cached) => cached || Response.error())),
    );
    return;
  }

  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok && url.pathname.startsWith('/assets/')) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
