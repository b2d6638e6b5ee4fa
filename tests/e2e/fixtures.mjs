// Shared test fixtures: every page fails its test on any console error, uncaught exception
// or Rust panic, and on any request that leaves the test server.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      if (/panicked at/.test(msg.text())) problems.push(`rust panic: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'console errors, panics or foreign requests').toEqual([]);
  },
});

/** Waits until the app has mounted (the header is drawn by the wasm). */
export async function appReady(page) {
  await expect(page.locator('header.site-header')).toBeVisible();
}

export { expect };
