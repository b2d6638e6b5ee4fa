#!/usr/bin/env node
// Checks the documentation: every relative link and image in README.md and docs/*.md points
// at a file that exists, every #anchor at a heading of its page, and every screenshot the
// README shows is there. Links to other sites are not followed (the tests run offline).
// Before the real check it proves, on planted examples, that it catches a broken link, a
// broken anchor and a missing image.
//
//   node tests/docs-links.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A Markdown page without its fenced code blocks. */
const withoutFences = (markdown) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** The text of a Markdown page without its code: fenced blocks and inline code spans. */
const prose = (markdown) => withoutFences(markdown).replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown page, with GitHub's -1, -2 … for repeated headings. */
export function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  for (const line of withoutFences(markdown).split('\n')) {
    const m = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** Every link and image target of a page: Markdown `[x](t)`, `![x](t)` and HTML src/href. */
export function targets(markdown) {
  const text = prose(markdown);
  const found = [];
  for (const m of text.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push({ image: m[1] === '!', target: m[2] });
  }
  for (const m of text.matchAll(/<(img|a)\b[^>]*?\b(src|href)="([^"]+)"/g)) {
    found.push({ image: m[1] === 'img', target: m[3] });
  }
  return found;
}

/** Problems with the links of one page; `read(path)` gives a file's text or null. */
export function problemsIn(page, markdown, { exists, read }) {
  const problems = [];
  for (const { image, target } of targets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    const [path, anchor] = target.split('#');
    const file = path ? join(dirname(page), decodeURIComponent(path)) : page;
    if (path && !exists(file)) {
      problems.push(`${page}: ${image ? 'image' : 'link'} ${target}: no such file`);
      continue;
    }
    if (anchor !== undefined) {
      const text = file.endsWith('.md') ? read(file) : null;
      if (text === null || !anchors(text).has(anchor)) {
        problems.push(`${page}: link ${target}: no heading #${anchor} in ${file}`);
      }
    }
  }
  return problems;
}

function selfTest() {
  const files = {
    'README.md': '# Title\n\n## Good part\n\n[ok](docs/a.md#second-part) [ok](#good-part)\n'
      + '[broken](docs/missing.md) [bad anchor](docs/a.md#nowhere) ![shot](docs/screenshots/none.png)\n'
      + '```\n[not a link](nowhere.md)\n```\n',
    'docs/a.md': '# A\n\n## Second part\n',
  };
  const problems = problemsIn('README.md', files['README.md'], {
    exists: (f) => f in files,
    read: (f) => files[f] ?? null,
  });
  const want = [
    'README.md: link docs/missing.md: no such file',
    'README.md: link docs/a.md#nowhere: no heading #nowhere in docs/a.md',
    'README.md: image docs/screenshots/none.png: no such file',
  ];
  if (JSON.stringify(problems) !== JSON.stringify(want)) {
    throw new Error(`the link check does not catch what it should:\n${problems.join('\n')}`);
  }
  if (slug('What changed in version 2') !== 'what-changed-in-version-2' || slug('`sandbox`, and *tel:* links') !== 'sandbox-and-tel-links') {
    throw new Error('headings do not give GitHub\'s anchors');
  }
}

function main() {
  selfTest();
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const io = {
    exists: (f) => existsSync(join(ROOT, f)) && (statSync(join(ROOT, f)).isFile() || statSync(join(ROOT, f)).isDirectory()),
    read: (f) => (existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f), 'utf8') : null),
  };
  const problems = [];
  let links = 0;
  for (const page of pages) {
    const text = io.read(page);
    links += targets(text).length;
    problems.push(...problemsIn(page, text, io));
  }
  // The README's screenshots: at least one, all made by scripts/screenshots.
  const shots = targets(io.read('README.md')).filter((t) => t.image && t.target.startsWith('docs/screenshots/'));
  if (shots.length === 0) problems.push('README.md shows no screenshot from docs/screenshots/');
  if (problems.length) {
    console.error(`Documentation links: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`Documentation links: ${links} links in ${pages.length} pages resolve; the README's ${shots.length} screenshots exist (${relative(ROOT, join(ROOT, 'docs', 'screenshots'))}/).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
