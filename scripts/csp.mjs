#!/usr/bin/env node
// Writes a Content Security Policy <meta> into every HTML page of a build, with the SHA-256
// of each inline script and stylesheet computed from the built page itself (the deep-link
// script in index.html, the loader and the stylesheet the build inlines). Run by scripts/post-build.mjs before the precache list is
// made, so the hashes in sw.js cover the final pages.
//
// The policy lets a page talk only to its own origin (connect-src 'self'), run only our
// scripts (plus 'wasm-unsafe-eval' to compile the wasm), and load styles and images only
// from our origin. Headers a <meta> cannot carry (frame-ancestors and friends) are in
// scripts/headers.json, sent by the local servers and documented in docs/deploying.md.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="?application\/json)[^>]*>([\s\S]*?)<\/script>/gi;
// The stylesheet is inlined into index.html (rel="inline" there): the first paint waits for
// no other file (docs/speed.md). Its hash is allowed, and nothing else inline.
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/** The policy for one page, given the hashes of its inline scripts and stylesheets. */
export function policyFor(page, scriptHashes, styleHashes = []) {
  const app = page === 'index.html';
  const directives = [
    ["default-src", "'self'"],
    ["script-src", ["'self'", ...(app ? ["'wasm-unsafe-eval'"] : []), ...scriptHashes.map((h) => `'${h}'`)].join(' ')],
    ["style-src", ["'self'", ...styleHashes.map((h) => `'${h}'`)].join(' ')],
    // data: on the app's page for its favicon, inlined by scripts/inline-icon.mjs so that it
    // costs no request during the first load (docs/speed.md). An image cannot run script.
    ["img-src", app ? "'self' data:" : "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
    // The demo page embeds the app from wherever it is hosted; the app itself frames nothing.
    ["frame-src", page === 'embed-demo.html' ? 'http: https:' : "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Adds (or replaces) the CSP meta of one HTML text; returns the new text and the policy. */
export function withPolicy(page, html) {
  const clean = html.replace(META, '');
  const hashesOf = (pattern) => [...clean.matchAll(pattern)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '')
    .map((body) => 'sha256-' + createHash('sha256').update(body, 'utf8').digest('base64'));
  const hashes = hashesOf(INLINE_SCRIPT);
  const policy = policyFor(page, hashes, hashesOf(INLINE_STYLE));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">\n  `;
  // Straight after <meta charset>, before anything the policy governs.
  const charset = /<meta charset="?utf-8"?>\s*/i; // quotes dropped by the release minifier
  if (!charset.test(clean)) throw new Error(`${page}: no <meta charset="utf-8"> to put the policy after`);
  return { html: clean.replace(charset, (m) => m + meta), policy, hashes };
}

export async function writePolicies(dir) {
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.html'));
  const results = [];
  for (const page of pages) {
    const path = join(dir, page);
    const { html, hashes } = withPolicy(page, await readFile(path, 'utf8'));
    await writeFile(path, html);
    results.push({ page, inlineScripts: hashes.length });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('csp: give the build folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
    process.exit(1);
  }
  const results = await writePolicies(dir);
  console.log(`csp: ${results.map((r) => `${r.page} (${r.inlineScripts} inline script hash)`).join(', ')}`);
}
