// Accessibility: axe-core finds no violations on any route or key state, in light and dark
// schemes; the app works by keyboard alone, at 320 px wide and at 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures.mjs';

const ROUTES = ['#/', '#/about', '#/check', '#/result', '#/causes', '#/causes/muscular', '#/causes/facet_joint',
  '#/causes/sacroiliac_joint', '#/causes/disc', '#/causes/nerve', '#/exercises', '#/exercises/slump-slider',
  '#/exercises/side-plank', '#/plan', '#/plan/session', '#/diary', '#/progress', '#/data', '#/summary', '#/running', '#/red-flags',
  '#/sources', '#/no-such-page'];

async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

// axe is slow on a busy two-core machine; these tests measure nothing about speed.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark']) {
  for (const route of ROUTES) {
    test(`${route} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`/${route}`);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${route} (${scheme})`);
    });
  }
}

const EMERGENCY = ['rf_bladder_change', 'rf_bowel_change', 'rf_saddle_numbness', 'rf_sexual_dysfunction',
  'rf_both_legs', 'rf_progressive_weakness', 'rf_major_trauma', 'rf_chest_pain'];
const OTHER = ['rf_fever', 'rf_cancer_history', 'rf_weight_loss', 'rf_night_pain', 'rf_steroids_osteoporosis',
  'rf_immunosuppressed', 'rf_upper_back', 'rf_back_lump', 'rf_age_onset', 'rf_inflammatory', 'rf_not_improving'];

/** Chooses an answer with the keyboard only: focus the group's first radio, arrow to the value. */
async function keyboardAnswer(page, id, value) {
  const radios = page.locator(`input[name="${id}"]`);
  const values = await radios.evaluateAll((els) => els.map((e) => e.id));
  const target = values.indexOf(`q-${id}-${value}`);
  await radios.first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#q-${id}-${value}`)).toBeChecked();
}

test('keyboard alone: every questionnaire step passes axe and leads to a result', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  await expectNoAxeViolations(page, 'check step 1');
  // A failed "Next" shows the error state: check it too.
  await page.getByRole('button', { name: 'Next' }).press('Enter');
  await expectNoAxeViolations(page, 'check step 1 with errors');
  for (const id of EMERGENCY) await keyboardAnswer(page, id, 'no');
  await page.getByRole('button', { name: 'Next' }).press('Enter');
  await expect(page.locator('#step-heading')).toBeFocused();
  await expectNoAxeViolations(page, 'check step 2');
  for (const id of OTHER) await keyboardAnswer(page, id, 'no');
  await page.getByRole('button', { name: 'Next' }).press('Enter');
  await keyboardAnswer(page, 'onset', 'choice-0');
  let step = 3;
  while (!/#\/result$/.test(page.url()) && step < 12) {
    await expectNoAxeViolations(page, `check step ${step}`);
    const leg = page.locator('input[name="leg"]');
    if (await leg.count()) await keyboardAnswer(page, 'leg', 'yes');
    await page.getByRole('button', { name: /^(Next|See my result)$/ }).press('Enter');
    step++;
  }
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'result (self-care)');
});

for (const [label, flag, value] of [
  ['emergency', 'rf_chest_pain', 'yes'],
  ['urgent', 'rf_fever', 'yes'],
  ['routine', 'rf_not_improving', 'yes'],
]) {
  test(`the ${label} result passes axe`, async ({ page }) => {
    await page.goto('/#/check');
    await appReady(page);
    for (const id of EMERGENCY) await page.locator(`label[for="q-${id}-${id === flag ? value : 'no'}"]`).click();
    await page.getByRole('button', { name: 'Next' }).click();
    if (label !== 'emergency') {
      for (const id of OTHER) await page.locator(`label[for="q-${id}-${id === flag ? value : 'no'}"]`).click();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    while (!/#\/result$/.test(page.url())) await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
    await expect(page.locator(`.urgency-banner.urgency-${label}`)).toBeVisible();
    await expectNoAxeViolations(page, `result (${label})`);
  });
}

// Browser zoom of 200% on a 1280 px window lays the page out 640 CSS px wide, and 400%
// gives 320 px (WCAG 1.4.10 reflow); text-only zoom doubles the root font size (WCAG 1.4.4).
test('at 320 px, at 200% zoom and with text doubled nothing scrolls sideways', async ({ page }) => {
  for (const [width, textScale] of [[320, 1], [640, 1], [640, 2]]) {
    await page.setViewportSize({ width, height: 800 });
    for (const route of ['#/', '#/check', '#/causes/disc', '#/exercises/glute-bridge', '#/running', '#/red-flags']) {
      await page.goto(`/${route}`);
      await appReady(page);
      if (textScale !== 1) await page.evaluate((s) => { document.documentElement.style.fontSize = `${s * 100}%`; }, textScale);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${route} at ${width}px, text x${textScale}`).toBeLessThanOrEqual(1);
    }
  }
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});
