// Service worker: the app's own files, cached at install, served cache-first,
// so the page works offline after its first visit.
//
// This is a template: the release steps (crates/release/src/bundle.rs) fill in VERSION and FILES from
// the release build (Trunk's hashed names included) and writes dist/sw.js.
// Development builds get no service worker, so `trunk serve` never serves
// stale code.
'use strict';

const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = 'licensing-check-';
const CACHE = PREFIX + VERSION;
const scoped = (path) => new URL(path, self.registration.scope).href;
const INDEX = scoped('index.html');

// Some hosts redirect index.html to the directory; a redirected response
// must not answer a navigation (browsers refuse it), so store a plain copy.
async function store(cache, file) {
  const request = new Request(scoped(file), { cache: 'reload' });
  const response = await fetch(request);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  const plain = response.redirected
    ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
    : response;
  await cache.put(request, plain);
}

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache: a stale copy must never enter the cache.
  // Any file missing fails the install, so a half-cached version never runs.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => store(cache, file))))
      .catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
  );
  // No skipWaiting here: a new version waits until the page's user accepts it.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === NAMES.page.SKIP_WAITING) self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  // The screens written for links (results/) are there for a first visit,
  // before the app is cached; started from the cache, the app draws its
  // screen as soon: nothing to fetch, and nothing to fail offline.
  if (request.url.startsWith(scoped(NAMES.page.RESULTS_DIR + '/'))) {
    event.respondWith(new Response('null', { headers: { 'content-type': 'application/json' } }));
    return;
  }
  // Every page of the app is index.html with a query string: one cached copy serves all.
  const lookup = request.mode === 'navigate' ? caches.match(INDEX, { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
