// The questionnaire and the result page, driven as a runner would.
import { test, expect, appReady } from './fixtures.mjs';

const EMERGENCY = ['rf_bladder_change', 'rf_bowel_change', 'rf_saddle_numbness', 'rf_sexual_dysfunction',
  'rf_both_legs', 'rf_progressive_weakness', 'rf_major_trauma', 'rf_chest_pain'];
const OTHER = ['rf_fever', 'rf_cancer_history', 'rf_weight_loss', 'rf_night_pain', 'rf_steroids_osteoporosis',
  'rf_immunosuppressed', 'rf_upper_back', 'rf_back_lump', 'rf_age_onset', 'rf_inflammatory', 'rf_not_improving'];

/** Picks an answer by clicking its label, as a mouse user would. */
async function answer(page, id, value) {
  await page.locator(`label[for="q-${id}-${value}"]`).click();
}
async function next(page) {
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

test('a "not sure" to a cauda equina sign stops the questions and sends the runner to A&E', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('First, some safety questions');
  for (const id of EMERGENCY) await answer(page, id, id === 'rf_saddle_numbness' ? 'not_sure' : 'no');
  await next(page);
  await expect(page).toHaveURL(/#\/result$/);
  const banner = page.locator('.urgency-banner');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('A&E');
  await expect(banner).toContainText('999');
  await expect(banner).toContainText(/not sure/i);
  await expect(banner).toContainText(/112|911/);
  // Nothing can outweigh a red flag: no ranking, no plan.
  await expect(page.getByRole('heading', { name: 'What may be behind it' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start my plan' })).toHaveCount(0);
});

test('the safety questions must all be answered before going on', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  for (const id of EMERGENCY.slice(0, 7)) await answer(page, id, 'no');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Please answer every safety question');
  await expect(page.locator('fieldset.missing')).toHaveCount(1);
  await expect(page.locator('#q-rf_chest_pain-yes')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('First, some safety questions');
});

test('an ordinary facet-joint picture gets a ranked, explained result and a way to the plan', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  for (const id of EMERGENCY) await answer(page, id, 'no');
  await next(page);
  await expect(page.getByText('Step 2 of')).toBeVisible();
  for (const id of OTHER) await answer(page, id, 'no');
  await next(page);
  // How it started: slowly.
  await answer(page, 'onset', 'choice-2');
  await answer(page, 'recurrent_running', 'no');
  await next(page);
  // What it feels like: leave most blank (blanks are allowed), say it is not one-sided.
  // Branching: the follow-up shows for a one-sided pain and goes again for "no".
  await answer(page, 'one_sided', 'yes');
  await expect(page.locator('#question-pain_stretch_away')).toBeVisible();
  await answer(page, 'one_sided', 'no');
  await expect(page.locator('#question-pain_stretch_away')).toBeHidden();
  await answer(page, 'spasm', 'no');
  await next(page);
  // Where: buttock yes, no leg symptoms, so the leg step is skipped.
  await answer(page, 'pain_buttock', 'yes');
  await answer(page, 'leg', 'no');
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('What makes it worse or better');
  await answer(page, 'worse_extension', 'yes');
  await answer(page, 'worse_flexion', 'no');
  await answer(page, 'eased_flexion', 'yes');
  await answer(page, 'worse_standing', 'yes');
  await answer(page, 'worse_cough_sneeze', 'no');
  // Back and forward keeps the answers.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('#q-leg-no')).toBeChecked();
  await next(page);
  await expect(page.locator('#q-worse_extension-yes')).toBeChecked();
  await next(page);
  await answer(page, 'worse_downhill', 'yes');
  await next(page);

  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.locator('.urgency-banner')).toContainText('self-care');
  const causes = page.locator('.ranked-causes > li');
  await expect(causes).toHaveCount(5);
  await expect(causes.first().getByRole('heading')).toContainText(/facet/i);
  await expect(causes.first()).toContainText('leaning or arching backwards makes it worse');
  await expect(causes.first()).toContainText('running downhill makes it worse');
  await expect(page.locator('.not-confident')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start my plan' })).toBeVisible();
  await expect(page.locator('main')).toContainText('This is not a diagnosis');
  // Each cause links to its page.
  await causes.first().getByRole('link').click();
  await expect(page).toHaveURL(/#\/causes\/facet_joint$/);
});

test('sparse answers say plainly that the causes cannot be told apart', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  for (const id of EMERGENCY) await answer(page, id, 'no');
  await next(page);
  for (const id of OTHER) await answer(page, id, 'no');
  await next(page);
  for (let i = 0; i < 6; i++) {
    if (/#\/result$/.test(page.url())) break;
    await next(page);
  }
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.locator('.not-confident')).toContainText("We can't tell these apart");
  await expect(page.locator('.not-confident')).toContainText('physiotherapist');
});

test('the result page without a finished check points to the questions', async ({ page }) => {
  await page.goto('/#/result');
  await appReady(page);
  await expect(page.locator('main')).toContainText('There is no result yet');
  await expect(page.getByRole('link', { name: 'Check my symptoms' }).last()).toBeVisible();
});
