// Offline service worker. A template: src/integrations/service-worker.ts fills in the base path and
// the name of this build's manifest (offline/manifest.<hash>.json; the file list is not inlined).
// - Install: fetch the manifest and precache its core (every file while the site is small; else the
//   page shell, front page, search page and search engine). A file already cached with the same
//   content revision is not fetched again, so a deployment re-downloads only what changed.
// - Activate: delete other caches and stale content-hashed files.
// - Pages and other unversioned files: network first (revalidated, never stale while online), the
//   cache when offline; every page and index chunk used is kept. Content-hashed files: cache first.
// - Messages from src/scripts/offline-control.ts: status, save the whole site (shard by shard, with
//   progress, cancellable, resumable), remove the saved copy. A saved copy is brought up to date
//   after each deployment, again fetching only changed files.
const BASE = '__BASE__';
const urlOf = (path) => new URL(BASE + path, self.location.origin).href;
const MANIFEST = urlOf('__MANIFEST__');
const STATE = urlOf('offline/state');
const FILES = 'vidensbank-files';
const META = 'vidensbank-meta';
const REV = 'x-vidensbank-rev';
// Content-hashed prefixes, from deploy/cache-control.json (the hosts' caching rules).
const IMMUTABLE = '__IMMUTABLE__'.map((p) => BASE + p.slice(1));
const PARALLEL = 6;

const keyOf = (request) => {
  const url = new URL(typeof request === 'string' ? request : request.url, self.location.origin);
  return url.origin + url.pathname;
};
const isImmutable = (href) => IMMUTABLE.some((prefix) => new URL(href).pathname.startsWith(prefix));

let manifestPromise;
/** This build's manifest, from the meta cache (offline) or the network. */
function manifest() {
  manifestPromise ??= caches
    .open(META)
    .then(async (meta) => {
      let response = await meta.match(MANIFEST);
      if (!response) {
        response = await fetch(MANIFEST);
        if (!response.ok) throw new Error('manifest ' + response.status);
        await meta.put(MANIFEST, response.clone());
      }
      return response.json();
    })
    .catch((error) => {
      manifestPromise = undefined;
      throw error;
    });
  return manifestPromise;
}

async function readState() {
  const response = await (await caches.open(META)).match(STATE);
  return response ? response.json() : { saved: false, version: '' };
}
async function writeState(state) {
  await (await caches.open(META)).put(STATE, new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

async function revisionOf(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

/** Stores a response under its URL without query, with the revision of its body. */
async function store(cache, key, response) {
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set(REV, await revisionOf(body));
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

/**
 * Makes the files cache hold each entry at its revision, fetching only missing or changed files.
 * Calls onFile(bytes) per entry done; stops when signal is aborted.
 */
async function sync(entries, onFile = () => {}, signal) {
  const cache = await caches.open(FILES);
  let next = 0;
  async function worker() {
    while (next < entries.length) {
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const [path, rev, bytes] = entries[next++];
      const key = urlOf(path);
      const cached = await cache.match(key);
      if (!cached || cached.headers.get(REV) !== rev) {
        const response = await fetch(key, { cache: 'no-cache', signal });
        if (!response.ok) throw new Error(path + ' ' + response.status);
        await store(cache, key, response);
      }
      onFile(bytes);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** Deletes cached files that `keep` rejects. */
async function prune(keep) {
  const cache = await caches.open(FILES);
  for (const request of await cache.keys()) if (!keep(request.url)) await cache.delete(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const m = await manifest();
      await sync(m.core);
      // A reader who saved the whole site gets this build's changes now, before it takes over.
      if (m.mode === 'core' && (await readState()).saved) await fetchShards(m);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const m = await manifest();
      for (const name of await caches.keys()) if (name.startsWith('vidensbank-') && name !== FILES && name !== META) await caches.delete(name);
      const meta = await caches.open(META);
      const shardUrls = new Set(m.shards.map(([url]) => urlOf(url)));
      for (const request of await meta.keys()) {
        if (request.url !== MANIFEST && request.url !== STATE && !shardUrls.has(request.url)) await meta.delete(request);
      }
      // Content-hashed files this build no longer has (or the reader did not save) go; pages stay
      // until a sync or a 404 says they are gone.
      const core = new Set(m.core.map(([path]) => urlOf(path)));
      const state = await readState();
      if (m.mode === 'all') await prune((url) => core.has(url));
      else if (!state.saved) await prune((url) => core.has(url) || !isImmutable(url));
      else {
        const keep = await savedFiles(m);
        if (keep) {
          await prune((url) => keep.has(url));
          await writeState({ saved: true, version: m.version });
        }
      }
      // The pages open now were loaded before this worker: keep them too (mostly a 304). Done
      // before taking control, so a page this worker controls is a page that works offline.
      const cache = await caches.open(FILES);
      for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
        const key = keyOf(client.url);
        if (!key.startsWith(self.location.origin + BASE) || (await cache.match(key))) continue;
        const response = await fetch(key, { cache: 'no-cache' }).catch(() => undefined);
        if (response?.ok) await store(cache, key, response);
      }
      await self.clients.claim();
    })(),
  );
});

// ----- Saving the whole site (opt-in) -----

let job; // { controller, promise, done, total } while a save or update runs

async function broadcast(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

async function status() {
  const m = await manifest();
  const state = await readState();
  return {
    type: 'status',
    version: m.version,
    mode: m.mode,
    total: m.total,
    coreBytes: m.coreBytes,
    saved: m.mode === 'all' || state.saved,
    upToDate: m.mode === 'all' || (state.saved && state.version === m.version),
    busy: job ? { done: job.done, total: job.total } : null,
  };
}

/**
 * Fetches every shard not yet complete and the changed files it lists. A shard is stored only once
 * all its files are, so an interrupted save resumes where it stopped.
 */
async function fetchShards(m, progress = () => {}, signal) {
  const meta = await caches.open(META);
  for (const [url, , bytes] of m.shards) {
    const shardKey = urlOf(url);
    if (await meta.match(shardKey)) {
      progress(bytes);
      continue;
    }
    const response = await fetch(shardKey, { signal });
    if (!response.ok) throw new Error(url + ' ' + response.status);
    await sync(await response.clone().json(), progress, signal);
    await meta.put(shardKey, response);
  }
}

/** Every file of this build (core and all shards), or undefined if a shard is not saved. */
async function savedFiles(m) {
  const meta = await caches.open(META);
  const keep = new Set(m.core.map(([path]) => urlOf(path)));
  for (const [url] of m.shards) {
    const response = await meta.match(urlOf(url));
    if (!response) return undefined;
    for (const [path] of await response.json()) keep.add(urlOf(path));
  }
  return keep;
}

/** Saves the whole site: core, then shard by shard; then removes what the site no longer has. */
function saveAll() {
  if (job) return job.promise;
  const controller = new AbortController();
  job = { controller, done: 0, total: 0 };
  job.promise = (async () => {
    const m = await manifest();
    job.total = m.coreBytes + m.shards.reduce((n, s) => n + s[2], 0);
    let lastSent = 0;
    const progress = (bytes) => {
      job.done += bytes;
      const now = Date.now();
      if (now - lastSent > 150) {
        lastSent = now;
        broadcast({ type: 'progress', done: job.done, total: job.total });
      }
    };
    await sync(m.core, progress, controller.signal);
    await fetchShards(m, progress, controller.signal);
    const keep = await savedFiles(m);
    if (keep) await prune((url) => keep.has(url));
    await writeState({ saved: true, version: m.version });
  })()
    .then(
      () => broadcast({ type: 'saved' }),
      async () => {
        // Cancelled: the reader no longer wants a saved copy. Failed (e.g. the network went): the
        // state stays as it was; what was fetched is kept and the next attempt resumes.
        if (controller.signal.aborted) await writeState({ saved: false, version: '' });
        await broadcast({ type: controller.signal.aborted ? 'cancelled' : 'failed' });
      },
    )
    .finally(() => {
      job = undefined;
    });
  return job.promise;
}

async function removeSaved() {
  if (job) {
    job.controller.abort();
    await job.promise;
  }
  const m = await manifest();
  await writeState({ saved: false, version: '' });
  const meta = await caches.open(META);
  for (const [url] of m.shards) await meta.delete(urlOf(url));
  const core = new Set(m.core.map(([path]) => urlOf(path)));
  await prune((url) => core.has(url));
  await broadcast({ type: 'removed' });
}

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  const work = (async () => {
    if (type === 'save') await saveAll();
    else if (type === 'cancel') job?.controller.abort();
    else if (type === 'remove') await removeSaved();
    else if (type === 'status') {
      const current = await status();
      event.source?.postMessage(current);
      // A saved copy from an earlier deployment is brought up to date in the background.
      if (current.saved && !current.upToDate && !job) await saveAll();
    }
  })().catch(() => {});
  event.waitUntil(work);
});

// ----- Serving -----

function fromCache(request) {
  return caches.open(FILES).then((cache) => cache.match(keyOf(request)));
}

function networkFirst(request) {
  return fetch(request, { cache: 'no-cache' })
    .then((response) => {
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        caches
          .open(FILES)
          .then((cache) => store(cache, keyOf(request), copy))
          .catch(() => {});
      } else if (response.status === 404 || response.status === 410) {
        caches.open(FILES).then((cache) => cache.delete(keyOf(request)));
      }
      return response;
    })
    .catch(() =>
      fromCache(request).then((cached) => {
        if (cached) return cached;
        if (request.mode === 'navigate')
          return caches
            .open(FILES)
            .then((cache) => cache.match(urlOf('404.html')))
            .then((r) => r || Response.error());
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
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE) || url.pathname === BASE + 'sw.js') return;
  event.respondWith(isImmutable(url.href) ? cacheFirst(request) : networkFirst(request));
});
