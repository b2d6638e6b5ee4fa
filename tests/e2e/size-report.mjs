// Size report: loads the release build in Chromium, records every file the first page load
// fetches, and prints raw, gzip and brotli bytes for each, with totals: for the start page,
// and for a deep link to a cause page (the page a club's link or a search result opens).
//
//   node tests/e2e/size-report.mjs [--json FILE]
// Needs dist/ (scripts/build). The budget is 100 KB brotli for each (docs/speed.md).
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, brotli, gzip } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist');
const PORT = Number(process.env.SIZE_PORT || 4180);

/** Debian's Chromium, headless, with nothing of its own going to the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function firstLoadFiles({ port = PORT, path = '/' } = {}) {
  const server = await serve({ root: dist, port });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const paths = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === `http://127.0.0.1:${port}`) paths.push(url.pathname);
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await page.locator('header.site-header').waitFor();
    // The page is shown (by the loader, or by the app where it draws the page).
    await page.locator('main h1').waitFor();
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

/** The pages whose first load has a budget, by name. */
export const BUDGETED = [
  ['start page', '/'],
  ['deep link to a cause page', '/#/causes/disc'],
];
export const FIRST_LOAD_BUDGET_KB = 100;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reports = {};
  let over = false;
  for (const [name, path] of BUDGETED) {
    const report = await sizes(await firstLoadFiles({ path }));
    printTable(`First load of the ${name} (${path}), bytes the browser fetches:`, report);
    const kb = report.total.brotli / 1024;
    console.log(`  ${kb.toFixed(1)} KB brotli of the ${FIRST_LOAD_BUDGET_KB} KB budget${kb > FIRST_LOAD_BUDGET_KB ? ': OVER BUDGET' : ''}\n`);
    over ||= kb > FIRST_LOAD_BUDGET_KB;
    reports[name] = report;
  }
  const i = process.argv.indexOf('--json');
  if (i > 0 && process.argv[i + 1]) {
    await writeFile(process.argv[i + 1], JSON.stringify({ first_load: reports }, null, 2));
  }
}
