// Service worker: the app's own files, cached at install, served cache-first,
// so the page works offline after its first visit.
//
// This is a template: scripts/post_build.py fills in VERSION and FILES from
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

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache: a stale copy must never enter the cache.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(scoped(f), { cache: 'reload' })))),
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
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  // Every page of the app is index.html with a query string: one cached copy serves all.
  const lookup = request.mode === 'navigate' ? caches.match(INDEX, { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
