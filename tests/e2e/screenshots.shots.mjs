// The README's screenshots, from the real release build in Chromium at phone size. Run by
// scripts/screenshots (not by the test suite); writes docs/screenshots/*.png. It walks the
// app as a runner does, through the shared questionnaire helpers, so the pictures show what
// a runner sees; any console error still fails it (fixtures.mjs).
import { fileURLToPath } from 'node:url';
import { test, expect, appReady } from './fixtures.mjs';
import { SAFETY_STEPS, answer, answerStep, next } from './questionnaire.mjs';

const out = (name) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  colorScheme: 'light',
  reducedMotion: 'reduce',
});

test('the check, a result and the plan', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  for (let i = 0; i < SAFETY_STEPS; i++) {
    await answerStep(page);
    await next(page);
  }
  // A facet-joint picture: slow onset, pain in the buttock, worse arching back and downhill.
  await answer(page, 'onset', 'choice:2');
  await answer(page, 'recurrent_running', 'no');
  await next(page);
  await answer(page, 'one_sided', 'no');
  await answer(page, 'spasm', 'no');
  await next(page);
  await answer(page, 'pain_buttock', 'yes');
  await answer(page, 'leg', 'no');
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('What makes it worse or better');
  await answer(page, 'worse_extension', 'yes');
  await answer(page, 'worse_flexion', 'no');
  await answer(page, 'eased_flexion', 'yes');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('check') });

  await answer(page, 'worse_standing', 'yes');
  await answer(page, 'worse_cough_sneeze', 'no');
  await next(page);
  await answer(page, 'worse_downhill', 'yes');
  await next(page);
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.locator('.ranked-causes > li').first()).toContainText('Most likely');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('result') });

  // One tap from the result starts the plan.
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expect(page).toHaveURL(/#\/plan$/);
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('plan') });
});
