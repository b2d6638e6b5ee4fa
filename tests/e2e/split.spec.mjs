// The two parts of a visit (docs/speed.md): read-only pages are files the build wrote and
// src/loader.js shows, with no wasm; the app (the wasm) starts only when the runner opens a
// page that needs it, and from then on draws every page. These tests follow a runner across
// that boundary: what loads, what is kept, what works offline.
import { test as base } from '@playwright/test';
import { test, expect, appReady, appStarted } from './fixtures.mjs';

test.describe.configure({ timeout: 60_000 });

/** Records the app's own files (its wasm and script) that `page` fetches to start the app;
 *  the loader's low-priority prefetch of them (`Sec-Purpose: prefetch`) starts nothing and
 *  is left out. */
function appFiles(page) {
  const seen = [];
  page.on('request', (req) => {
    if (req.headers()['sec-purpose'] === 'prefetch') return;
    if (/\/backtrack-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(req.url()).pathname)) seen.push(req.url());
  });
  return seen;
}

test('a runner who only reads never starts the app, and every page is complete', async ({ page }) => {
  const app = appFiles(page);
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const h1 = page.getByRole('heading', { level: 1 });
  const steps = [
    [() => nav.getByRole('link', { name: 'Causes' }).click(), 'Five common causes', 'Causes'],
    [() => page.locator('main a[href="#/causes/sacroiliac_joint"]').first().click(), /sacroiliac/i, 'Causes'],
    [() => nav.getByRole('link', { name: 'Exercises' }).click(), 'Exercises', 'Exercises'],
    [() => page.locator('main a[href="#/exercises/side-plank"]').first().click(), /side plank/i, 'Exercises'],
    [() => page.getByRole('link', { name: 'Get help now', exact: true }).click(), 'When to get help now', null],
    [() => page.locator('footer').getByRole('link', { name: 'Sources and disclaimer' }).click(), /Sources/, null],
    [() => page.locator('footer').getByRole('link', { name: 'Why your back matters' }).click(), /.+/, null],
    [() => page.locator('.brand').click(), /Back pain from running/, null],
  ];
  for (const [go, heading, section] of steps) {
    await go();
    await appReady(page);
    await expect(h1).toHaveText(heading);
    await expect(h1).toBeFocused();
    const title = await page.title();
    expect(title).toContain('Backtrack');
    if (section) await expect(nav.locator('[aria-current="page"]')).toHaveText(section);
    else await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  }
  // The back button walks the same pages back.
  await page.goBack();
  await appReady(page);
  await expect(h1).not.toHaveText(/Back pain from running/);
  expect(app, 'the app was not needed').toEqual([]);
  await expect(page.locator('#prerender')).toHaveCount(1);
});

test('a page shows from index.html alone (a deep link: and its own file, once); the rest comes after', async ({ page }) => {
  const seen = [];
  const prefetched = [];
  page.on('request', (req) => {
    seen.push(new URL(req.url()).pathname);
    if (req.headers()['sec-purpose'] === 'prefetch') prefetched.push(new URL(req.url()).pathname);
  });
  await page.goto('/#/causes/disc');
  await appReady(page);
  const before = [...seen];
  expect(before.filter((p) => p.endsWith('/pages/causes/disc.html')), 'the page file, fetched once').toHaveLength(1);
  expect(before.filter((p) => /\.(css|js|wasm|webmanifest|svg|png|ico)$/.test(p)), 'no stylesheet, script, manifest or icon before the page shows').toEqual([]);
  // A moment after the page has loaded: the service worker's script, and the install
  // manifest's link (the browser reads the manifest when it needs it; see pwa.spec).
  await expect.poll(() => seen.filter((p) => p.endsWith('/register.js'))).toHaveLength(1);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  // The app's files are prefetched then (not started), so a later tap does not wait for them.
  await expect.poll(() => prefetched.filter((p) => /\/backtrack-[0-9a-f]+(_bg\.wasm|\.js)$/.test(p)).length).toBe(2);
  await expect(page.locator('#prerender')).toHaveCount(1);
});

test('a deep link into the tracker starts the app cold, and again offline', async ({ page, context }) => {
  const app = appFiles(page);
  await page.goto('/#/diary');
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pain diary');
  expect(app.length, 'the app was loaded for the diary').toBeGreaterThan(0);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });

  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto('/#/progress');
  await appStarted(offline);
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText('Progress');
  // A read-only page offline, before and after the app has started.
  const reader = await context.newPage();
  await reader.goto('/#/causes/nerve');
  await appReady(reader);
  await expect(reader.locator('#prerender')).toHaveCount(1);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/nerve|sciatica/i);
  await offline.locator('.brand').click();
  await offline.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click();
  await appReady(offline);
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText('Five common causes');
  await context.setOffline(false);
});

test('moving between the guide and the tracker and back keeps what the runner saved', async ({ page }) => {
  await page.goto('/#/causes/disc');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
  await appStarted(page);
  await page.goto('/#/diary');
  await appReady(page);
  await page.locator('label[for="diary-pain-4"]').click();
  await page.getByLabel('Note (optional)').fill('Across the split');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();

  // Read-only pages inside the running app come from the same files.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Five common causes');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await appReady(page);
  await expect(page.locator('.diary-note')).toHaveText('Across the split');

  // A fresh visit that starts on a read-only page, then opens the tracker.
  await page.goto('/');
  await page.goto('/#/exercises');
  await page.reload();
  await appReady(page);
  await expect(page.locator('#prerender')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
  await appStarted(page);
  await page.goto('/#/diary');
  await appReady(page);
  await expect(page.locator('.diary-note')).toHaveText('Across the split');
});

/** Holds the app's wasm back until the returned function is called: the moments before the
 *  app is there, which on a slow connection last about two seconds (docs/speed.md). */
async function holdApp(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/backtrack-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the plan page's heading, cause field and button are, and the words of the page. */
async function planLayout(page) {
  const box = async (locator) => {
    const b = await locator.boundingBox();
    return b && [b.x, b.y, b.width, b.height].map(Math.round);
  };
  return {
    words: (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim(),
    heading: await box(page.getByRole('heading', { level: 1 })),
    cause: await box(page.getByLabel('Cause', { exact: true })),
    start: await box(page.getByRole('button', { name: 'Start this plan' })),
  };
}

/** Taps "My plan" on the start page of a first visit, while the app is held back. */
async function firstTapOnMyPlan(page) {
  const release = await holdApp(page);
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
  await appReady(page);
  return release;
}

test('on a first visit "My plan" shows at once, before the app, as the app then draws it', async ({ page }) => {
  const pageFiles = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname.endsWith('/pages/plan.html')) pageFiles.push(req.url());
  });
  const release = await firstTapOnMyPlan(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('My plan');
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/My plan/);
  await expect(page.locator('#prerender'), 'the app is not there yet').toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]')).toHaveText('My plan');
  // Its links work before the app is there: the red flags are one tap away.
  await page.locator('.plan-page').getByRole('link', { name: 'when to get help now' }).click();
  await appReady(page);
  await expect(h1).toHaveText('When to get help now');
  await page.goBack();
  await appReady(page);
  await expect(h1).toHaveText('My plan');
  const before = await planLayout(page);
  expect(before.words).toContain('Or choose a cause yourself');
  release();
  await appStarted(page);
  // The app draws the same page in the same place: nothing moves when it takes over.
  expect(await planLayout(page)).toEqual(before);
  await expect(h1).toBeFocused();
  expect(pageFiles.length).toBeGreaterThan(0);
});

test('what the runner chooses and presses in "My plan" before the app is there is done by the app', async ({ page }) => {
  const release = await firstTapOnMyPlan(page);
  await expect(page.locator('#prerender')).toHaveCount(1);
  await page.getByLabel('Cause', { exact: true }).selectOption('disc');
  await page.getByRole('button', { name: 'Start this plan' }).click();
  // Pressed before the app is there: the page says it is busy, and nothing is lost.
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  release();
  await appStarted(page);
  await expect(page.getByRole('status').filter({ hasText: 'Plan started.' })).toBeAttached();
  await expect(page.locator('.plan-page')).toContainText('Disc injury');
  const plan = await page.evaluate(() => JSON.parse(localStorage.getItem('backtrack.data')).plan);
  expect(plan).toMatchObject({ cause: 'disc', from: 'chosen' });
});

test.describe('held app, no service worker (it would answer for the wasm)', () => {
  test.use({ serviceWorkers: 'block' });
  test('with something saved, "My plan" waits for the app: the file would not be the runner\'s plan', async ({ page, context }) => {
    await page.goto('/#/plan');
    await appStarted(page);
    await page.getByLabel('Cause', { exact: true }).selectOption('nerve');
    await page.getByRole('button', { name: 'Start this plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan started.' })).toBeAttached();

    const again = await context.newPage();
    const pageFiles = [];
    again.on('request', (req) => {
      if (new URL(req.url()).pathname.endsWith('/pages/plan.html')) pageFiles.push(req.url());
    });
    const release = await holdApp(again);
    await again.goto('/');
    await appReady(again);
    await again.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    // Busy on the page the runner was on, not a plan without their data.
    await expect(again.locator('main')).toHaveAttribute('aria-busy', 'true');
    await expect(again.getByRole('heading', { level: 1 })).not.toHaveText('My plan');
    release();
    await appStarted(again);
    await expect(again.getByRole('heading', { level: 1 })).toHaveText('My plan');
    await expect(again.locator('.plan-page')).toContainText('Nerve pain');
    expect(pageFiles, 'the first-visit file was not fetched').toEqual([]);
  });
});

// Without the fixtures' console check (the browser logs the failed request as an error), and
// without the service worker, which would answer from its cache (offline use is in `pwa`).
base.describe('with no service worker', () => {
  base.use({ serviceWorkers: 'block' });
  base('a page file that cannot be loaded says so, with a way to help', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.route('**/pages/**', (route) => route.abort());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not load');
    await expect(page.getByRole('link', { name: 'When to get help now' }).first()).toBeVisible();
    await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  });

  base('inside the app too, a page file that cannot be loaded says so', async ({ page }) => {
    await page.goto('/#/plan');
    await appStarted(page);
    await page.route('**/pages/**', (route) => route.abort());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page did not load');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
