// The build writes the start page into index.html and every read-only page into pages/
// (examples/prerender.rs), so reading needs no wasm. These tests check that what the build
// wrote is the page the app draws, that the app takes over without a visible change, and
// that a deep link or a club's frame never shows the wrong page first.
import { test, expect, appReady, appStarted } from './fixtures.mjs';

/** Markup with Leptos's empty placeholder comments and the app-only parts taken out. */
function normalise(html) {
  return html.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').trim();
}

test('with no script at all, the start page, its header and footer are there', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back pain from running? Find out what may be behind it.');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'Get help now', exact: true })).toBeVisible();
  await expect(page.locator('footer')).toContainText('Backtrack is not a diagnosis.');
  await context.close();
});

test('the prerendered start page is the markup the app draws', async ({ page, browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto('/');
  const parts = ['.skip-link', 'header.site-header', 'main', 'footer', '.update-prompt'];
  const prerendered = normalise(await still.evaluate((parts) => parts
    .map((s) => document.querySelector(`#prerender ${s}`).outerHTML).join(''), parts));
  await context.close();

  // Start the app on a page that needs it, then go back to the start page, which the app
  // draws from pages/home.html.
  await page.goto('/#/plan');
  await appStarted(page);
  await page.getByRole('link', { name: 'Backtrack' }).click();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Back pain from running/);
  const drawn = normalise(await page.evaluate((parts) => parts
    .map((s) => document.querySelector(s).outerHTML).join(''), parts));
  expect(drawn).toBe(prerendered);
});

test('the app takes over a deep link with no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/#/plan');
  await appStarted(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

for (const [what, path, held, saved] of [
  ['a deep link to a cause', '/#/causes/disc', '**/pages/**', false],
  ['a deep link to the red flags', '/#/red-flags', '**/pages/**', false],
  ['a deep link to the plan, with something saved', '/#/plan', '**/*.wasm', true],
  ['a deep link to the plan, with nothing saved', '/#/plan', '**/*.wasm', false],
]) {
  test(`${what} never shows the start page while it loads`, async ({ page }) => {
    if (saved) await page.addInitScript(() => localStorage.setItem('backtrack.data', '{"app":"backtrack","version":4}'));
    // Hold the page back: what shows now is what a slow phone shows before it arrives.
    await page.route(held, () => {});
    await page.goto(path);
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.getByText('Back pain from running?')).toBeHidden();
    if (path === '/#/plan' && !saved) {
      // A first visit: the plan's first view, from its file, while the app loads.
      await expect(page.locator('#prerender main h1')).toHaveText('My plan');
    } else {
      await expect(page.locator('#prerender main')).toBeHidden();
    }
  });
}

test('in a club\'s frame the prerendered page is not shown (the app draws the compact header)', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('/?embed=1&club=Riverside#/');
  await expect(page.locator('#prerender')).toBeHidden();
  await expect(page.locator('#prerender header')).toBeHidden();
});

test('a deep link to a read-only page draws that page, with its title and section', async ({ page }) => {
  await page.goto('/#/causes/disc');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Back pain from running/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/disc/i);
  await expect(page).toHaveTitle(/disc.* · Backtrack$/i);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Causes');
  await expect(page.locator('footer')).toBeVisible();
});

test('before the app starts, the skip link and every page change move focus to the page heading', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('#prerender .skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
  // Keyboard to a read-only page: its heading gets focus, the view starts at its top.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises' }).focus();
  await page.keyboard.press('Enter');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

// With no service worker: once installed it would serve the wasm from its cache, past the gate.
test.describe('with no service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('focus on a link that starts the app moves to the new page heading when the app takes over', async ({ page }) => {
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
    await page.goto('/');
    await appReady(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check my symptoms' }).focus();
    await page.keyboard.press('Enter');
    // While the app loads, the page says it is busy, and after a moment shows "Loading…".
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
    await expect.poll(() => page.locator('main').evaluate((m) => {
      const pill = getComputedStyle(m, '::before');
      return `${pill.content} ${pill.opacity}`;
    })).toBe('"Loading…" 1');
    release();
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  });
});
