#!/usr/bin/env node
// Trunk's post_build hook (Trunk runs hooks of one stage concurrently, so the order that
// matters lives here): first the start page written into index.html (examples/prerender.rs),
// then the loader and the favicon inlined into it (scripts/inline-loader.mjs,
// scripts/inline-icon.mjs), then the Content Security Policy of each page, then the service worker's precache list,
// whose hashes must cover the final pages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writePolicies } from './csp.mjs';
import { inlineIconInto } from './inline-icon.mjs';
import { compactAppScript, compactSnippets, inlineLoaderInto, pruneSnippets } from './inline-loader.mjs';
import { writePrecache } from './precache.mjs';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: give the build folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
  process.exit(1);
}
try {
  // The start page into index.html, made by the same Rust code as the app's own pages.
  execFileSync('cargo', ['run', '--quiet', '--example', 'prerender', '--', dir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Only the snippets the app imports (a warm target directory keeps old ones).
  const stale = await pruneSnippets(dir);
  if (stale.length) console.log(`post-build: left out ${stale.join(', ')}: the app does not import it`);
  // The loader into the end of index.html (one file less before the first paint).
  await inlineLoaderInto(dir);
  // The favicon into index.html as a data: address (no request while the page loads).
  await inlineIconInto(dir);
  // The app's own JavaScript snippets without their comments (they are precached).
  await compactSnippets(dir);
  // And the app's own script (wasm-bindgen's glue), which Trunk cannot minify.
  await compactAppScript(dir);
  const pages = await writePolicies(dir);
  const { version, files, bundled } = await writePrecache(dir);
  console.log(`post-build: start page prerendered; CSP on ${pages.length} page(s); sw.js version ${version}, ${files.length} files and ${bundled.length} pages in one`);
} catch (err) {
  console.error(`post-build: ${err.message}`);
  process.exit(1);
}
