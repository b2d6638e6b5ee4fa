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
//   The read-only pages (`bundled`) come from one file of them all (`bundle`), fetched once
//   and checked the same way; each page is then stored under its own address and checked
//   against its own hash (see scripts/precache.mjs for why one file).
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
/** What is fetched one by one (the bundle among them), and what comes from the bundle. */
const FETCHED = new Map(PRECACHE ? PRECACHE.files : []);
const BUNDLED = new Map(PRECACHE ? PRECACHE.bundled : []);
/** Every file this worker answers for. */
const FILES = new Map([...FETCHED, ...BUNDLED]);

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

/** Stores `response` as `path`; a redirected response cannot answer a navigation (some
 *  hosts redirect index.html to ./), so only its body and headers are kept. */
async function store(cache, path, response) {
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  if (response.redirected) response = new Response(await response.blob(), { headers: response.headers });
  await cache.put(fileUrl(path), response);
}

async function precache() {
  if (!PRECACHE) throw new Error('sw.js was not processed by scripts/precache.mjs');
  const cache = await caches.open(CACHE);
  const have = (path) => cache.match(fileUrl(path), { ignoreVary: true });
  // The pages the cache lacks, and no earlier version has with the same content.
  const wanted = [];
  await Promise.all([...BUNDLED].map(async ([path, hash]) => {
    if (await have(path)) return;
    const old = await reusable(path, hash);
    if (old) await store(cache, path, old);
    else wanted.push([path, hash]);
  }));
  await Promise.all([...FETCHED].map(async ([path, hash]) => {
    // The bundle is not kept: its pages are, each under its own address (below).
    if (path === PRECACHE.bundle || (await have(path))) return;
    await store(cache, path, (await reusable(path, hash)) || (await fetchChecked(path, hash)));
  }));
  if (wanted.length === 0) return;
  const bundle = await fetchChecked(PRECACHE.bundle, FETCHED.get(PRECACHE.bundle));
  if (!bundle.ok) throw new Error(`${PRECACHE.bundle}: HTTP ${bundle.status}`);
  const pages = await bundle.json();
  await Promise.all(wanted.map(async ([path, hash]) => {
    if (typeof pages[path] !== 'string') throw new Error(`${path}: not in ${PRECACHE.bundle}`);
    const page = new Response(pages[path], { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    if ((await sha256(page)) !== hash) throw new Error(`${path}: not the page of this version`);
    await store(cache, path, page);
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
