#!/usr/bin/env node
// Inlines src/loader.js into the built index.html, at the end of the body, in place of the
// `<script src="./loader.js" data-app-js=… data-app-wasm=…>` tag Trunk writes
// (pattern_script in Trunk.toml), and removes the separate file. Run by
// scripts/post-build.mjs after the prerender step and before the Content Security Policy
// (which then allows the inline script by its hash).
//
// Why: on a slow connection every file fetched before the first paint costs a round trip.
// With the stylesheet inlined too (index.html), the start page paints from index.html alone,
// and a deep link to a read-only page needs one more file, the page's own (docs/speed.md).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TAG = /<script\b(?=[^>]*\bsrc="?\.\/loader\.js"?)[^>]*><\/script>/g;

/** The value of attribute `name` in one tag, quoted or not (the minifier drops quotes). */
function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\b${name}=("([^"]*)"|([^\\s>]+))`));
  return match ? (match[2] ?? match[3]) : null;
}

/** The loader as shipped: its comments (whole lines of `//` or of one-line doc comments),
 *  indentation and blank lines taken out. Trunk minifies the scripts it bundles but not a
 *  copied file; this keeps index.html, which every visit fetches, small. */
export function compact(source) {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//') && !/^\/\*\*.*\*\/$/.test(line))
    .join('\n');
}

/** index.html with the loader inlined before </body>. `modules` are the app's other
 *  JavaScript modules (wasm-bindgen's snippets, which the app's script imports), named in
 *  `data-app-modules` so that the loader fetches them beside the app's script instead of
 *  after it (one round trip less on a slow connection). */
export function inlineLoader(html, loader, modules = []) {
  const tags = html.match(TAG) || [];
  if (tags.length !== 1) throw new Error(`expected one loader script tag, found ${tags.length}`);
  const js = attribute(tags[0], 'data-app-js');
  const wasm = attribute(tags[0], 'data-app-wasm');
  if (!js || !wasm) throw new Error('the loader tag does not name the app\'s files');
  if (loader.includes('</script')) throw new Error('the loader may not contain </script');
  if (modules.some((m) => /[\s"<>&]/.test(m))) throw new Error('a module path the loader cannot name');
  const more = modules.length ? ` data-app-modules="${modules.join(' ')}"` : '';
  const inline = `<script data-app-js="${js}" data-app-wasm="${wasm}"${more}>${compact(loader)}</script>`;
  const without = html.replace(tags[0], '');
  const at = without.lastIndexOf('</body>');
  if (at < 0) throw new Error('no </body>');
  return without.slice(0, at) + inline + without.slice(at);
}

/** The snippets (`snippets/…js`) the app's script imports. */
export async function importedSnippets(dir) {
  const imported = new Set();
  for (const name of (await readdir(dir)).filter((n) => /^backtrack-[0-9a-f]+\.js$/.test(n))) {
    const source = await readFile(join(dir, name), 'utf8');
    for (const [, path] of source.matchAll(/from\s*["']\.\/(snippets\/[^"']+\.js)["']/g)) imported.add(path);
  }
  return imported;
}

/** Removes the snippets the app's script does not import. wasm-bindgen writes them into a
 *  folder of the cargo target directory that no build clears, and Trunk copies the whole
 *  folder: a snippet whose Rust code is gone (or a branch's) would otherwise be shipped,
 *  precached and preloaded for ever from a warm target directory, as CI's is. */
export async function pruneSnippets(dir) {
  const imported = await importedSnippets(dir);
  const entries = await readdir(join(dir, 'snippets'), { recursive: true }).catch(() => []);
  const removed = [];
  for (const entry of entries.filter((e) => e.endsWith('.js'))) {
    const rel = ['snippets', ...entry.split(/[\\/]/)].join('/');
    if (imported.has(rel)) continue;
    await rm(join(dir, rel));
    removed.push(rel);
  }
  // Folders left empty, deepest first.
  const folders = (await readdir(join(dir, 'snippets'), { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of [...folders, join(dir, 'snippets')]) {
    if ((await readdir(folder).catch(() => [null])).length === 0) await rm(folder, { recursive: true });
  }
  return removed;
}

/** Compacts the JavaScript files wasm-bindgen writes beside the app (`snippets/`, e.g.
 *  src/routes/session/hands_free.js) the same way: Trunk copies them as they are, and they
 *  are precached on every runner's phone. */
export async function compactSnippets(dir) {
  const entries = await readdir(join(dir, 'snippets'), { recursive: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.endsWith('.js'))) {
    const path = join(dir, 'snippets', entry);
    await writeFile(path, compact(await readFile(path, 'utf8')));
  }
}

/** The app's own script (wasm-bindgen's glue, `backtrack-<hash>.js`) the same way, with its
 *  documentation blocks too. Trunk cannot minify it (it stops at the glue's last line,
 *  `export { initSync, __wbg_init as default }`) and every runner's phone keeps it offline.
 *  Safe for this file: its template literals and strings hold no line breaks or comment
 *  markers, and no line starts inside one. Run before the precache list is made. */
export async function compactAppScript(dir) {
  const names = (await readdir(dir)).filter((n) => /^backtrack-[0-9a-f]+\.js$/.test(n));
  for (const name of names) {
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    await writeFile(path, compact(source.replace(/\/\*\*[\s\S]*?\*\//g, '')));
  }
}

export async function inlineLoaderInto(dir) {
  const index = join(dir, 'index.html');
  const loader = join(dir, 'loader.js');
  const snippets = await readdir(join(dir, 'snippets'), { recursive: true }).catch(() => []);
  const modules = snippets
    .filter((e) => e.endsWith('.js'))
    .map((e) => ['snippets', ...e.split(/[\\/]/)].join('/'))
    .sort();
  const html = inlineLoader(await readFile(index, 'utf8'), await readFile(loader, 'utf8'), modules);
  await writeFile(index, html);
  await rm(loader);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('inline-loader: give the build folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
    process.exit(1);
  }
  await inlineLoaderInto(dir);
}
