// Backtrack's benchmark: bytes of the first load (the start page, and a deep link to a cause
// page) and of the precache (raw/gzip/brotli, per file), Lighthouse scores and timings for
// both pages (median of 3 mobile runs), the time from a tap on "My plan" to a usable plan
// (tests/e2e/tap-timing.mjs), and the native triage evaluation time. Prints tables and
// writes bench/reports/latest.json.
//
//   scripts/bench            (builds the release first)
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/serve.mjs';
import { firstLoadFiles, sizes, printTable, BUDGETED, FIRST_LOAD_BUDGET_KB } from '../tests/e2e/size-report.mjs';
import { tapTimings } from '../tests/e2e/tap-timing.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const dist = process.env.BACKTRACK_DIST || join(root, 'dist');
const PORT = Number(process.env.BENCH_PORT || 4780);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function allFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push('/' + relative(dist, path));
  }
  return out;
}

/** The files the service worker precaches: its generated list if the build has one,
 *  otherwise (before the PWA lands) every file of the build. */
async function precacheFiles() {
  try {
    const manifest = JSON.parse(await readFile(join(dist, 'precache.json'), 'utf8'));
    const list = Array.isArray(manifest) ? manifest : manifest.files;
    return list.map((f) => '/' + String(typeof f === 'string' ? f : f.url).replace(/^\.?\//, ''));
  } catch {
    return (await allFiles(dist)).filter((f) => !/embed-demo/.test(f));
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      best_practices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      fcp_ms: Math.round(audits['first-contentful-paint'].numericValue),
      lcp_ms: Math.round(audits['largest-contentful-paint'].numericValue),
      tbt_ms: Math.round(audits['total-blocking-time'].numericValue),
      speed_index_ms: Math.round(audits['speed-index'].numericValue),
    };
  } finally {
    await chrome.kill();
  }
}

function triageTiming() {
  const out = execFileSync('cargo', ['run', '--release', '--quiet', '-p', 'backtrack-core', '--example', 'triage_bench'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

const firstLoad = {};
for (const [name, path] of BUDGETED) {
  firstLoad[name] = await sizes(await firstLoadFiles({ path }));
  printTable(`First load of the ${name}, ${path} (budget: ${FIRST_LOAD_BUDGET_KB} KB brotli; docs/speed.md):`, firstLoad[name]);
  console.log();
}
const precache = await sizes(await precacheFiles());
printTable('Precache, everything installed for offline use (budget: 260 KB brotli):', precache);
console.log();

const server = await serve({ root: dist, port: PORT });
const lighthouseRuns = {};
const lighthouseMedian = {};
try {
  for (const [name, path] of BUDGETED) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(`http://127.0.0.1:${PORT}${path}`));
    const keys = Object.keys(runs[0]);
    lighthouseRuns[name] = runs;
    lighthouseMedian[name] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
    console.log(`Lighthouse 12.2.3, mobile, ${name} (${path}), median of ${RUNS} runs:`);
    for (const k of keys) console.log(`  ${k.padEnd(16)}${String(lighthouseMedian[name][k]).padStart(8)}   (runs: ${runs.map((r) => r[k]).join(', ')})`);
    console.log();
  }
} finally {
  server.close();
}

const taps = await tapTimings({ runs: RUNS });
console.log('Tap "My plan" on the start page (slow 4G, CPU 4x), ms: the plan shown and taking input / the app running it');
for (const [situation, runs] of Object.entries(taps)) {
  const shown = median(runs.map((r) => r.shown));
  const app = median(runs.map((r) => r.app));
  console.log(`  ${situation.padEnd(34)}median ${String(shown).padStart(5)} / ${String(app).padStart(5)}   (runs: ${runs.map((r) => `${r.shown} / ${r.app}`).join(', ')})`);
}
console.log();

const triage = triageTiming();
console.log(`Triage: one questionnaire evaluated natively in ${(triage.triage_evaluate_ns / 1000).toFixed(2)} µs (engine alone ${(triage.engine_only_ns / 1000).toFixed(2)} µs)`);

const report = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  first_load: firstLoad,
  precache,
  lighthouse: { median: lighthouseMedian, runs: lighthouseRuns },
  tap_my_plan_ms: taps,
  triage,
};
await mkdir(join(here, 'reports'), { recursive: true });
await writeFile(join(here, 'reports', 'latest.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\nReport written to bench/reports/latest.json`);
