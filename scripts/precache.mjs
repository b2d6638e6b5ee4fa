#!/usr/bin/env node
// Writes the service worker's precache list into sw.js from the real build output. Run by
// Trunk's post_build hook (scripts/post-build.mjs, after the Content Security Policy has been
// written into the pages). Every file Trunk staged (except sw.js itself and the ONLINE_ONLY
// files below) is listed with its
// SHA-256 in Subresource Integrity form; the version is a hash of that list and of the
// worker's own code, so any change to any file makes a new sw.js, and the browser offers the
// update. The same list is also written to precache.json for tools (bench/bench.mjs, the
// tests); the app never fetches it, and it is not itself precached.
//
// The read-only pages (pages/**.html) are installed from one file, offline-pages.json
// ({"pages/causes/disc.html": "<markup>", …}), which this script writes: the worker fetches
// it once and stores each page under its own address, checked against the page's own
// SHA-256. The pages share most of their words and markup, so one file compresses to about
// half of what 26 do (18 KB against 33 KB brotli), and an install makes one request instead
// of 26. Online, the loader and the app still fetch each page's own file (a deep link needs
// only its page).
//
//   TRUNK_STAGING_DIR=dist node scripts/precache.mjs     (Trunk sets the variable)
//   node scripts/precache.mjs DIR                        (the same, on a finished build)
//
// Idempotent: it rewrites only the marked line of sw.js, so it can run again on a finished
// build (the update test in tests/e2e/pwa.spec.mjs does, to make a "second deploy").
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SW = 'sw.js';
const LIST = 'precache.json';
/** The read-only pages in one file, for the service worker's install (see above). */
export const BUNDLE = 'offline-pages.json';
/** The files that are installed from BUNDLE rather than fetched one by one. */
export const isBundled = (rel) => rel.startsWith('pages/') && rel.endsWith('.html');
/** Files of the build that are for club webmasters, not for the runner's app: the embed
 *  builder page and its files, the helper script that runs on the club's own page, and the
 *  third-party licence notice. They are served online like any file, but not installed on
 *  every runner's phone (together 14 KB brotli of the 260 KB precache budget). */
export const ONLINE_ONLY = new Set([
  'embed-demo.html', 'embed-demo.css', 'embed-demo.js', 'embed-colour.js', 'embed.js',
  'third-party-licenses.txt',
  // The large install icons: a browser fetches them when the runner installs the app and
  // keeps its own copy. Offline, icons/icon-192.png and icon.svg (precached) are enough for
  // an install; these two cost 7.8 KB of every runner's offline copy.
  'icons/icon-512.png', 'icons/maskable-512.png',
]);
const MARKER = /\/\*precache\*\/.*\/\*end precache\*\//;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Dot files (Trunk's own .stage folder, editor litter) are never served.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const sha256 = (bytes) => 'sha256-' + createHash('sha256').update(bytes).digest('base64');
const byPath = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/** Writes dir/offline-pages.json and fills in dir/sw.js; returns what it wrote: `files`, what
 *  the worker fetches one by one (the bundle among them), and `bundled`, the pages it
 *  installs from the bundle, each [path, SRI hash]. */
export async function writePrecache(dir) {
  const files = [];
  const bundled = [];
  const pages = {};
  for (const path of await walk(dir)) {
    const rel = relative(dir, path).split(sep).join('/');
    if (rel === SW || rel === LIST || rel === BUNDLE || ONLINE_ONLY.has(rel)) continue;
    const bytes = await readFile(path);
    if (isBundled(rel)) {
      bundled.push([rel, sha256(bytes)]);
      pages[rel] = bytes.toString('utf8');
    } else files.push([rel, sha256(bytes)]);
  }
  bundled.sort(byPath);
  if (bundled.length > 0) {
    // In path order, so that the same pages always make the same file.
    const bundle = JSON.stringify(Object.fromEntries(bundled.map(([rel]) => [rel, pages[rel]])));
    await writeFile(join(dir, BUNDLE), bundle);
    files.push([BUNDLE, sha256(bundle)]);
  }
  files.sort(byPath);
  if (!files.some(([rel]) => rel === 'index.html')) throw new Error(`no index.html in ${dir}`);
  const swPath = join(dir, SW);
  const template = await readFile(swPath, 'utf8');
  if (!MARKER.test(template)) throw new Error(`${swPath} has no /*precache*/ … /*end precache*/ marker`);
  // The version covers the worker's own code too, so that a new sw.js never reuses a cache
  // that an older one filled.
  const code = template.replace(MARKER, '/*precache*/ null /*end precache*/');
  const version = createHash('sha256').update(JSON.stringify([files, bundled])).update(code).digest('hex').slice(0, 16);
  const list = JSON.stringify({ version, files, bundled, bundle: BUNDLE });
  await writeFile(swPath, template.replace(MARKER, () => `/*precache*/ ${list} /*end precache*/`));
  const entries = (list) => list.map(([url, integrity]) => ({ url, integrity }));
  const forTools = { version, files: entries(files), bundled: entries(bundled) };
  await writeFile(join(dir, LIST), JSON.stringify(forTools, null, 2) + '\n');
  return { version, files, bundled };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('precache: give the build folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
    process.exit(1);
  }
  try {
    const { version, files, bundled } = await writePrecache(dir);
    console.log(`precache: sw.js version ${version}, ${files.length} files, ${bundled.length} pages in ${BUNDLE}`);
  } catch (err) {
    console.error(`precache: ${err.message}`);
    process.exit(1);
  }
}
