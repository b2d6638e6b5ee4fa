// How long the app takes to become usable after the runner taps "My plan" on the start page,
// the first time in a visit: the app (the wasm) is not running yet and loads on the tap.
// Measured on the release build in Chromium with DevTools' slow-4G throttling as Lighthouse
// applies it (562.5 ms request latency, 1.47 Mbit/s down, 0.68 Mbit/s up) and the CPU slowed
// 4 times, in three situations:
//
// - "online, not yet saved": no service worker (as on a browser without one, or a tap in the
//   first seconds of a first visit, before the app has been saved for offline use), the tap
//   as soon as the page shows;
// - "online, not saved, tap after 5 s": the same, but the whole visit on slow 4G and the tap
//   five seconds after the page shows, as a runner who reads the start page first: by then
//   the loader has prefetched the app's files (src/loader.js);
// - "online, saved for offline": the service worker has installed the app (a few seconds
//   into the first visit, and every visit after);
// - "offline, saved for offline": the same with no network.
//
// Two times from the tap, in milliseconds:
// - "shown": the plan page is on the screen and takes input (its heading is there, the page
//   is not marked busy): its links work and its fields can be filled in. With nothing saved
//   this can be the page's first view from its file (src/prerender.rs, first_visit_plan),
//   shown by the loader while the app loads; a button pressed then is pressed again in the
//   app once it is there.
// - "app": the app has mounted and drawn the plan page itself: everything on it works.
// A figure for bench/bench.mjs, not a pass/fail test.
//
//   node tests/e2e/tap-timing.mjs
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launchChromium } from './size-report.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist');

const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
export const SITUATIONS = ['online, not yet saved', 'online, not saved, tap after 5 s', 'online, saved for offline', 'offline, saved for offline'];
const READ_FIRST = SITUATIONS[1];

async function once(browser, url, situation) {
  const saved = situation.endsWith('saved for offline');
  const context = await browser.newContext({ serviceWorkers: saved ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const throttle = async () => {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    };
    if (situation === READ_FIRST) await throttle();
    await page.goto(url);
    await page.locator('main h1').waitFor();
    if (saved) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    if (situation === READ_FIRST) await page.waitForTimeout(5000);
    else if (situation.startsWith('offline')) {
      await context.setOffline(true);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    } else await throttle();
    return await page.evaluate(() => new Promise((resolve) => {
      const link = document.querySelector('.site-header nav a[href="#/plan"]');
      const main = () => document.getElementById('main');
      const shown = () => main() !== null && !main().hasAttribute('aria-busy')
        && main().querySelector('h1')?.textContent === 'My plan';
      const app = () => document.getElementById('prerender') === null && shown();
      const start = performance.now();
      const at = {};
      new MutationObserver((_, observer) => {
        const now = Math.round(performance.now() - start);
        if (at.shown === undefined && shown()) at.shown = now;
        if (!app()) return;
        at.app = now;
        observer.disconnect();
        resolve(at);
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      link.click();
    }));
  } finally {
    await context.close();
  }
}

/** `{ shown, app }`: milliseconds from the tap to the plan page shown and taking input, and
 *  to the app running it, `runs` times in each situation. */
export async function tapTimings({ port = 4181, runs = 3 } = {}) {
  const server = await serve({ root: dist, port });
  const browser = await launchChromium();
  try {
    const out = {};
    for (const situation of SITUATIONS) {
      out[situation] = [];
      for (let i = 0; i < runs; i++) out[situation].push(await once(browser, `http://127.0.0.1:${port}/`, situation));
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const timings = await tapTimings();
  console.log('Tap "My plan" on the start page (slow 4G, CPU 4x), ms: plan shown and taking input / app running');
  for (const [situation, runs] of Object.entries(timings)) {
    console.log(`  ${situation.padEnd(34)}${runs.map(({ shown, app }) => `${shown} / ${app}`).join(', ')}`);
  }
}
