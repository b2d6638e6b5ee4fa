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

/** Waits until the page for the current address is shown, by whichever part draws it: a
 *  read-only page put in by src/loader.js (which marks `#prerender[data-shown]` with the
 *  route it shows), or any page once the app has mounted (then `#prerender` is gone). */
export async function appReady(page) {
  await expect(page.locator('header.site-header')).toBeVisible();
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    if (!main || main.getAttribute('aria-busy') === 'true' || !main.querySelector('h1')) return false;
    const host = document.getElementById('prerender');
    if (!host) return true;
    const hash = location.hash === '' || location.hash === '#' ? '#/' : location.hash;
    return host.dataset.shown === hash && !document.documentElement.classList.contains('deep-link');
  });
}

/** Waits until the app itself (the wasm) has mounted and drawn the current page. */
export async function appStarted(page) {
  // Starting the app compiles its wasm: allow for a busy machine.
  await expect(page.locator('#prerender')).toHaveCount(0, { timeout: 20_000 });
  await appReady(page);
}

/** Downloads "Your data" as a file from `page`; returns the download. */
export async function downloadBackup(page) {
  await page.goto('/#/data');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  return download;
}

/** Chooses a file on "Your data" of `page` (a path, or `{ name, mimeType, buffer }`) and
 *  imports it, replacing what is there or adding to it; returns the import message, whatever
 *  it says. */
export async function chooseImport(page, file, { replace = true } = {}) {
  await page.goto('/#/data');
  await appReady(page);
  await page.getByLabel('A Backtrack file (.json)').setInputFiles(file);
  if (replace) {
    await page.getByLabel('Replace everything here with it').check();
    await page.getByRole('button', { name: 'Import and replace my data' }).click();
  } else {
    await page.getByLabel('Add it to what is here (nothing here is lost)').check();
    await page.getByRole('button', { name: 'Import and add' }).click();
  }
  return page.locator('.import-message');
}

/** Imports a backup file (see `chooseImport`) and waits for the confirmation. */
export async function importBackup(page, file, options) {
  const message = await chooseImport(page, file, options);
  await expect(message).toContainText(/Done\.|Added from the file/);
}

export { expect };
