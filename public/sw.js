// Backtrack's service worker: keeps the whole app on the device so that it works with no
// signal, and hands over to a new version only when the runner agrees.
//
// The build fills in PRECACHE below (scripts/precache.mjs, a Trunk post_build hook): every
// file of the build with its SHA-256, and a version derived from all of them. So any change
// to any file changes this script, which is how the browser notices a new version.
//
// - install: stores every file of this version in a new cache. A file is reused from the
//   previous version's cache when its hash is unchanged, else fetched from our own origin and
//   checked against its hash (Subresource Integrity), so a half-uploaded deploy can never be
//   cached as a mix of two versions: the install fails and is retried on the next check.
// - activate: deletes this scope's caches of older versions and takes control of open pages.
// - fetch: answers from the cache, for our own files only. Navigations to the app
//   (`./`, `./index.html`, with any query; routes are in the fragment) get the app shell.
//   Anything else goes to the network untouched: this worker never contacts another origin
//   and never reads or writes localStorage (it cannot), so stored progress is never touched.
// - message "skip-waiting": sent by the page when the runner accepts the update.
'use strict';

/* The line below is replaced by scripts/precache.mjs; keep it on one line. */
const PRECACHE = /*precache*/ null /*end precache*/;

const SCOPE = new URL(self.registration.scope);
const PREFIX = `backtrack ${SCOPE.pathname} `;
const CACHE = PRECACHE && PREFIX + PRECACHE.version;
const FILES = new Map(PRECACHE ? PRECACHE.files.map(([path, hash]) => [path, hash]) : []);

const fileUrl = (path) => new URL(path, SCOPE).href;

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return 'sha256-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** A previous version's copy of a file, if it has exactly the expected content. */
async function reusable(path, hash) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await (await caches.open(name)).match(fileUrl(path), { ignoreVary: true });
    if (old && (await sha256(old)) === hash) return old;
  }
  return null;
}

async function fetchChecked(path, hash) {
  const url = fileUrl(path);
  try {
    // The HTTP cache usually has the file already (the page has just loaded it).
    return await fetch(new Request(url, { integrity: hash }));
  } catch {
    // A stale copy in the HTTP cache fails the integrity check: ask the server.
    return fetch(new Request(url, { integrity: hash, cache: 'reload' }));
  }
}

async function precache() {
  if (!PRECACHE) throw new Error('sw.js was not processed by scripts/precache.mjs');
  const cache = await caches.open(CACHE);
  await Promise.all([...FILES].map(async ([path, hash]) => {
    if (await cache.match(fileUrl(path), { ignoreVary: true })) return;
    let response = (await reusable(path, hash)) || (await fetchChecked(path, hash));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    // Some hosts redirect index.html to ./ ; a redirected response cannot answer a
    // navigation, so keep only its body and headers.
    if (response.redirected) response = new Response(await response.blob(), { headers: response.headers });
    await cache.put(fileUrl(path), response);
  }));
}

async function cleanUp() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
  await self.clients.claim();
}

/** The precached file a request is for, or null. */
function precachedPath(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  // The app shell: the scope itself and index.html, whatever the query.
  if (path === '' || path === 'index.html') return 'index.html';
  return FILES.has(path) ? path : null;
}

async function respond(request, path) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(fileUrl(path), { ignoreVary: true });
  // Only if the browser evicted the cache: fall back to the network.
  return hit || fetch(request);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('activate', (event) => event.waitUntil(cleanUp()));
self.addEventListener('fetch', (event) => {
  const path = CACHE && precachedPath(event.request);
  if (path) event.respondWith(respond(event.request, path));
});
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});
