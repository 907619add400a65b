// Offline service worker. A template: src/integrations/service-worker.ts fills in the build's
// version, base path and file list.
// - Install: precache every file of this build under a versioned cache name.
// - Activate: delete the caches of earlier builds.
// - Pages and other unversioned files: network first (revalidated, never stale while online),
//   the cache when offline. Files with a content hash in their name: cache first.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const FILES = __FILES__;
const PREFIX = 'vidensbank-';
const CACHE = PREFIX + VERSION;
const IMMUTABLE = [BASE + '_astro/', BASE + 'pagefind/fragment/', BASE + 'pagefind/index/', BASE + 'pagefind/filter/'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(BASE + f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}

function networkFirst(request) {
  return fetch(request, { cache: 'no-cache' })
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })
    .catch(() =>
      fromCache(request).then((cached) => {
        if (cached) return cached;
        if (request.mode === 'navigate') return fromCache(BASE + '404.html').then((r) => r || Response.error());
        return Response.error();
      }),
    );
}

function cacheFirst(request) {
  return fromCache(request).then((cached) => cached || networkFirst(request));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const immutable = IMMUTABLE.some((prefix) => url.pathname.startsWith(prefix));
  event.respondWith(immutable ? cacheFirst(request) : networkFirst(request));
});
