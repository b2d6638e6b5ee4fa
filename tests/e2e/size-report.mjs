// Size report: loads the release build in Chromium, records every file the first page load
// fetches, and prints raw, gzip and brotli bytes for each, with totals.
//
//   node tests/e2e/size-report.mjs [--json FILE]
// Needs dist/ (scripts/build). The budget is 100 KB brotli (docs/speed.md).
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, brotli, gzip } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist');
const PORT = Number(process.env.SIZE_PORT || 4180);

export async function firstLoadFiles({ port = PORT, path = '/' } = {}) {
  const server = await serve({ root: dist, port });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const paths = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === `http://127.0.0.1:${port}`) paths.push(url.pathname);
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await page.locator('header.site-header').waitFor();
    return [...new Set(paths)].map((p) => (p.endsWith('/') ? p + 'index.html' : p));
  } finally {
    await browser.close();
    server.close();
  }
}

export async function sizes(paths) {
  const rows = [];
  for (const p of paths) {
    const raw = await readFile(join(dist, p));
    rows.push({ file: p.replace(/^\//, ''), raw: raw.length, gzip: gzip(raw).length, brotli: brotli(raw).length });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

export function printTable(title, { rows, total }) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(title);
  console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
  console.log(`${'total'.padEnd(44)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await sizes(await firstLoadFiles());
  printTable('First load of the start page (bytes the browser fetches):', report);
  const i = process.argv.indexOf('--json');
  if (i > 0 && process.argv[i + 1]) {
    await writeFile(process.argv[i + 1], JSON.stringify({ first_load: report }, null, 2));
  }
}
