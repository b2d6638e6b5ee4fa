// The content pages: every cause and every exercise opens from the lists, renders its parts
// and shows no console error.
import { test, expect, appReady } from './fixtures.mjs';

const CAUSES = ['muscular', 'facet_joint', 'sacroiliac_joint', 'disc', 'nerve'];

test('every cause page opens from the list and shows symptoms, treatment and exercises', async ({ page }) => {
  await page.goto('/#/causes');
  await appReady(page);
  const links = page.locator('main .card-list a');
  await expect(links).toHaveCount(5);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(CAUSES.map((id) => `#/causes/${id}`));
  for (const href of hrefs) {
    await page.goto(`/${href}`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('We could not find that page');
    await expect(main.getByRole('heading', { name: 'Signs that fit' })).toBeVisible();
    expect(await main.locator('.checklist li').count()).toBeGreaterThan(2);
    await expect(main.getByRole('heading', { name: 'What to do' })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'When to see a physiotherapist' })).toBeVisible();
    expect(await main.locator('.exercise-links a').count()).toBeGreaterThan(0);
  }
});

test('the disc page keeps the points the article stresses', async ({ page }) => {
  await page.goto('/#/causes/disc');
  await appReady(page);
  await expect(page.locator('main')).toContainText(/slip/i);
  await expect(page.locator('main')).toContainText(/A&E|999/);
});

test('every exercise opens from the library with a picture, steps, dose and stop signs', async ({ page }) => {
  await page.goto('/#/exercises');
  await appReady(page);
  const hrefs = await page.locator('main .exercise-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThanOrEqual(13);
  for (const required of ['side-plank', 'glute-bridge', 'hip-thrust', 'dead-bug', 'childs-pose', 'knee-hugs',
    'cobra-forearms', 'lumbar-rotation', 'piriformis-release', 'slump-slider']) {
    expect(hrefs).toContain(`#/exercises/${required}`);
  }
  for (const href of hrefs) {
    await page.goto(`/${href}`);
    const main = page.locator('main');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('We could not find that page');
    const figure = main.getByRole('img');
    await expect(figure).toHaveAttribute('aria-label', /.{10,}/);
    // Each pose: four limbs and the back.
    expect(await figure.locator('svg polyline').count()).toBeGreaterThanOrEqual(4);
    expect(await figure.locator('svg g.near path').count()).toBeGreaterThanOrEqual(1);
    expect(await main.locator('ol.steps li').count()).toBeGreaterThanOrEqual(3);
    await expect(main.locator('.dose')).not.toBeEmpty();
    expect(await main.locator('.stop li').count()).toBeGreaterThanOrEqual(1);
  }
});

test('an unknown exercise shows the not-found page with links on', async ({ page }) => {
  await page.goto('/#/exercises/handstand');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'All exercises' }).first()).toBeVisible();
});

test('the red flags, overview, return-to-running and sources pages render their content', async ({ page }) => {
  await page.goto('/#/red-flags');
  await appReady(page);
  await expect(page.locator('.flag-group.urgency-emergency')).toContainText('999');
  expect(await page.locator(".flag-group li").count()).toBe(23);
  await page.goto('/#/about');
  await appReady(page);
  await expect(page.locator('main')).toContainText(/Achilles/);
  // The running guide is drawn by the app (it follows the stored answers): it starts here.
  await page.goto('/#/running');
  await appReady(page);
  expect(await page.locator('main tbody tr').count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.pain-rule')).toContainText(/Silbernagel/);
  await page.goto('/#/sources');
  await appReady(page);
  await expect(page.locator('main')).toContainText('NG59');
  await expect(page.locator('main')).toContainText(/not (reviewed|endorsed)|endorse/);
});
