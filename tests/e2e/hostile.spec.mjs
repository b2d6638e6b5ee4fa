// Hostile input: text a runner (or a file, or a URL) supplies is shown as text and runs
// nothing, in the diary, through export and import, and in the embed's club name.
import { test, expect, appReady } from './fixtures.mjs';

test('a hostile club name in the embed URL is shown as text', async ({ page }) => {
  const club = encodeURIComponent('<img src=x onerror="window.__pwned=1">Riverside');
  await page.goto(`/?embed=1&club=${club}#/`);
  await appReady(page);
  await expect(page.locator('header')).toContainText('<img src=x');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('header img')).toHaveCount(0);
});
