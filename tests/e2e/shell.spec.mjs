// The app shell: it loads, says what it does, navigates by keyboard and follows deep links,
// at the domain root and under a sub-path.
import { test, expect, appReady } from './fixtures.mjs';

for (const base of ['/', '/club/backtrack/']) {
  test.describe(`served at ${base}`, () => {
    test('the home page says what Backtrack does and offers three ways in', async ({ page }) => {
      await page.goto(base);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
      await expect(page.locator('main')).toContainText('checks first for warning signs');
      for (const name of ['Check my symptoms', 'Browse the causes', 'My plan']) {
        await expect(page.locator('.ways-in').getByRole('link', { name: new RegExp(name) })).toBeVisible();
      }
      await expect(page.locator('footer')).toContainText('not a diagnosis');
      await expect(page.locator('footer').getByRole('link', { name: /Sources/ })).toBeVisible();
      await expect(page).toHaveTitle(/Backtrack/);
    });

    test('a deep link opened in a fresh tab shows that page', async ({ page }) => {
      await page.goto(`${base}#/causes/disc`);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Back pain from running');
      await expect(page.locator('.breadcrumb')).toContainText('Causes');
      await expect(page).toHaveTitle(/· Backtrack$/);
    });
  });
}

test('an unknown deep link shows a helpful not-found page', async ({ page }) => {
  await page.goto('/#/causes/slipped-disc');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.locator('main')).toContainText('causes/slipped-disc');
  await expect(page.getByRole('link', { name: 'The five common causes' })).toBeVisible();
});

test('hostile text in the URL is shown as text, never run', async ({ page }) => {
  await page.goto('/#/<img src=x onerror="window.__pwned=1">');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('the main navigation works by keyboard alone, and focus moves to the new page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // The first Tab reaches the skip link; it moves focus into the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Tab on to the "Causes" link of the main navigation and follow it with Enter.
  const causes = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' });
  for (let i = 0; i < 10 && !(await causes.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(causes).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/causes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Five common causes');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(causes).toHaveAttribute('aria-current', 'page');
  // The browser's back button returns to the start page.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
});

test('the red flags page is one step from every page', async ({ page }) => {
  for (const hash of ['#/', '#/causes', '#/exercises', '#/plan', '#/sources']) {
    await page.goto(`/${hash}`);
    await appReady(page);
    await page.getByRole('link', { name: 'Get help now', exact: true }).click();
    await expect(page).toHaveURL(/#\/red-flags$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When to get help now');
  }
});
