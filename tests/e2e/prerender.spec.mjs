// The start page is written into index.html by the build, so the first paint needs no wasm.
// These tests check that it is the same page the app draws, that the app takes over without
// a visible change, and that a deep link or a club's frame never shows the wrong page.
import { test, expect, appReady } from './fixtures.mjs';

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

test('the prerendered page is the markup the app draws', async ({ page, browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto('/');
  const prerendered = normalise(await still.locator('#prerender').innerHTML());
  await context.close();

  await page.goto('/');
  await appReady(page);
  await expect(page.locator('#prerender')).toHaveCount(0);
  const drawn = normalise(await page.evaluate(() => ['.skip-link', 'header.site-header', 'main', 'footer']
    .map((s) => document.querySelector(s).outerHTML).join('')));
  expect(drawn).toBe(prerendered);
});

test('the app takes over the start page with no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('#prerender')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

for (const [what, path] of [['a deep link', '/#/causes/disc'], ['a deep link to the red flags', '/#/red-flags']]) {
  test(`${what} never shows the start page while the app loads`, async ({ page }) => {
    // Hold the wasm back: what shows now is what a slow phone shows before the app starts.
    await page.route('**/*.wasm', () => {});
    await page.goto(path);
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.locator('#prerender main')).toBeHidden();
    await expect(page.getByText('Back pain from running?')).toBeHidden();
  });
}

test('in a club\'s frame the prerendered page is not shown (the app draws the compact header)', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('/?embed=1&club=Riverside#/');
  await expect(page.locator('#prerender')).toBeHidden();
  await expect(page.locator('#prerender header')).toBeHidden();
});

test('a deep link draws its own page once the app starts', async ({ page }) => {
  await page.goto('/#/causes/disc');
  await appReady(page);
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Back pain from running/);
  await expect(page.locator('main')).toBeVisible();
});

test('focus in the prerendered page moves to the page heading when the app takes over', async ({ page }) => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('#prerender .skip-link')).toBeFocused();
  release();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
