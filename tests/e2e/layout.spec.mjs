// The phone layout (issue 21): on a 390 × 844 screen every main page's heading starts within
// the top 160 px, and its first action is on the first screen, without scrolling.
import { test, expect, appReady } from './fixtures.mjs';
import { PICTURES, walkCheck } from './questionnaire.mjs';

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 60_000 });

const FOLD = 844;
const HEADING_TOP = 160;

/** Checks the heading's top and that `action` is fully on the first screen. */
async function expectAboveTheFold(page, action, what) {
  await appReady(page);
  const heading = page.locator('main h1');
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top, `${what}: heading top`).toBeLessThanOrEqual(HEADING_TOP);
  await expect(action, `${what}: the first action`).toBeVisible();
  const box = await action.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  expect(box.top, `${what}: action starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.bottom, `${what}: action ends on screen`).toBeLessThanOrEqual(FOLD);
  expect(await page.evaluate(() => scrollY), `${what}: not scrolled`).toBe(0);
}

const PAGES = [
  ['#/', (p) => p.locator('main a.way-in.primary')],
  ['#/check', (p) => p.locator('main fieldset.question:not([hidden]) label').first()],
  ['#/causes', (p) => p.locator('main a[href^="#/causes/"]').first()],
  ['#/causes/disc', (p) => p.locator('main h2').first()],
  ['#/exercises', (p) => p.locator('main a[href^="#/exercises/"]').first()],
  ['#/red-flags', (p) => p.getByRole('link', { name: 'Call 999' }).first()],
  ['#/plan', (p) => p.getByRole('link', { name: 'symptom check' })],
  ['#/diary', (p) => p.getByRole('button', { name: 'Save entry' })],
  ['#/data', (p) => p.getByRole('button', { name: 'Download my data' })],
  ['#/summary', (p) => p.getByRole('button', { name: 'Print or save as PDF' })],
  ['#/progress', (p) => p.locator('main .progress-nav + h1, main h1')],
];

for (const [hash, action] of PAGES) {
  test(`${hash}: the heading near the top, the first action on the first screen`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await expectAboveTheFold(page, action(page), hash);
  });
}

test('the result and a running plan: heading near the top, first action on the first screen', async ({ page }) => {
  await walkCheck(page, PICTURES.facet_joint[1]);
  await page.evaluate(() => scrollTo(0, 0));
  await expectAboveTheFold(page, page.locator('.urgency-banner h2'), '#/result');
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => scrollTo(0, 0));
  await expectAboveTheFold(page, page.getByRole('link', { name: /today's session/i }).first(), '#/plan with a plan');
  await page.getByRole('link', { name: /today's session/i }).first().click();
  await expect(page).toHaveURL(/#\/plan\/session$/);
  await page.evaluate(() => scrollTo(0, 0));
  await expectAboveTheFold(page, page.getByRole('button', { name: 'Start the session' }), '#/plan/session');
});

test('the main navigation fits on one line and scrolls sideways if it must', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const tops = await page.locator('.site-header nav a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'one line').toBe(1);
  // "Get help now" shares the first line with the name.
  const brand = await page.locator('.brand').boundingBox();
  const help = await page.locator('.help-now').boundingBox();
  expect(Math.abs(brand.y + brand.height / 2 - (help.y + help.height / 2))).toBeLessThan(12);
});
