#!/usr/bin/env node
// Puts the favicon (icon.svg) into the built index.html as a data: address, in place of the
// link to the file. Run by scripts/post-build.mjs after the loader is inlined and before the
// Content Security Policy (which allows data: images on the app's page for this).
//
// Why: a browser asks for a page's icon while the page loads, whatever else it is doing. On a
// deep link that request took a second connection beside the page's own file, and
// Lighthouse's estimate of the largest paint, which counts every request finished before the
// paint, came out just over its 0.9 s target (docs/speed.md). As a data: address the icon
// costs no request at all. icon.svg stays in the build for the install manifest.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The icon link Trunk's minifier leaves (quotes optional, any attribute order). */
const LINK = /<link\b(?=[^>]*\brel="?icon"?[\s>])(?=[^>]*\bhref="?(?:\.\/)?icon\.svg"?[\s>])[^>]*>/g;

/** `svg` as a data: address that is safe inside a double-quoted attribute. */
export function dataAddress(svg) {
  const text = svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
  // Spaces too: an address may not hold one (the HTML checker refuses it).
  return 'data:image/svg+xml,' + text.replace(/[%#<>\n ]/g, (c) => encodeURIComponent(c));
}

/** index.html with its one icon link pointing at the icon's data: address. */
export function inlineIcon(html, svg) {
  const links = html.match(LINK) || [];
  if (links.length !== 1) throw new Error(`expected one icon link to icon.svg, found ${links.length}`);
  // An entity would be decoded by the HTML parser before the address is read.
  if (svg.includes('&')) throw new Error('icon.svg may not contain &');
  return html.replace(links[0], `<link rel="icon" type="image/svg+xml" href="${dataAddress(svg)}">`);
}

export async function inlineIconInto(dir) {
  const index = join(dir, 'index.html');
  const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
  await writeFile(index, inlineIcon(await readFile(index, 'utf8'), svg));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('inline-icon: give the build folder, or run as a Trunk hook (TRUNK_STAGING_DIR)');
    process.exit(1);
  }
  await inlineIconInto(dir);
}
