// The questionnaire and the result page, driven as a runner would. Each safety rule of the
// triage contract (docs/triage-contract.md) is held here as a property of the real
// questionnaire: what matters is what the runner is told.
import { test, expect, appReady } from './fixtures.mjs';
import { CALM_SAFETY, SAFETY_STEPS, answer, next, answerStep, skipBaseline, walkCheck } from './questionnaire.mjs';

const EMERGENCY_NOW = '.emergency-now';

async function openCheck(page) {
  await page.goto('/#/check');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('First, some safety questions');
}

/** The call links a serious message must offer: 999 and, for runners abroad, 112 and 911. */
async function expectEmergencyCallLinks(scope) {
  await expect(scope.locator('a[href="tel:999"]')).toHaveText('Call 999');
  await expect(scope.locator('a[href="tel:112"]')).toHaveText('Call 112');
  await expect(scope.locator('a[href="tel:911"]')).toHaveText('Call 911');
}

test('an emergency answer shows what to do at once, before the rest of the step is answered', async ({ page }) => {
  await openCheck(page);
  await expect(page.locator(EMERGENCY_NOW)).toBeHidden();
  // The first thing a worried runner answers: numbness between the legs. Nothing else yet.
  await answer(page, 'rf_saddle_numbness', 'yes');
  const panel = page.locator(EMERGENCY_NOW);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Get help now' })).toBeVisible();
  await expect(panel).toContainText('Go to A&E now or call 999');
  await expect(panel).toContainText('emergency department (A&E)');
  await expectEmergencyCallLinks(panel);
  // No red "please answer" boxes: nothing else is needed.
  await expect(page.locator('fieldset.missing')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'See my result' })).toBeVisible();
  // Changing the answer back takes the message away.
  await answer(page, 'rf_saddle_numbness', 'no');
  await expect(panel).toBeHidden();
  await answer(page, 'rf_saddle_numbness', 'not_sure');
  await expect(panel).toBeVisible();
});

test('from the emergency message the runner goes straight to the full result', async ({ page }) => {
  await openCheck(page);
  await answer(page, 'rf_bladder_change', 'yes');
  await page.getByRole('button', { name: 'See what to do now' }).click();
  await expect(page).toHaveURL(/#\/result$/);
  const banner = page.locator('.urgency-banner');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('A&E');
  await expectEmergencyCallLinks(banner);
  // Nothing can outweigh a red flag: no ranking, no plan.
  await expect(page.getByRole('heading', { name: 'What may be behind it' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start my plan' })).toHaveCount(0);
});

test('a leg that is getting weaker, or a foot that catches on runs, is an emergency at once', async ({ page }) => {
  await openCheck(page);
  await answerStep(page);
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your legs, and other signs that need help fast');
  await answer(page, 'leg_weakness', 'choice:1');
  await expect(page.locator(EMERGENCY_NOW)).toBeHidden();
  await answer(page, 'leg_weakness', 'choice:2');
  await expect(page.locator(EMERGENCY_NOW)).toBeVisible();
  await answer(page, 'leg_weakness', 'choice:0');
  await expect(page.locator(EMERGENCY_NOW)).toBeHidden();
  await expect(page.locator('#question-foot_drop legend')).toContainText('catch and trip you up when you run');
  await answer(page, 'foot_drop', 'yes');
  await expect(page.locator(EMERGENCY_NOW)).toBeVisible();
});

// Contract rule: a past cancer with any nerve sign is an emergency (possible spinal cord
// compression). Asked after the cancer question, so the check must not stop at "urgent".
const NERVE_SIGNS = [
  ['stable leg weakness', { leg_weakness: 'choice:1' }],
  ['pins and needles', { leg: 'yes', pins_needles: 'yes' }],
  ['numbness', { leg: 'yes', numbness_leg: 'yes' }],
  ['pain below the knee', { leg: 'yes', pain_below_knee: 'yes' }],
  ['burning', { leg: 'yes', burning_leg: 'yes' }],
  ['an ache down the whole leg', { leg: 'yes', pain_whole_leg: 'yes' }],
  ['the leg worse than the back', { leg: 'yes', leg_dominant: 'yes' }],
  ['a dragging leg', { leg: 'no', leg_dragging: 'yes' }],
  ['a loss of power', { leg: 'no', leg_dragging: 'no', power_loss: 'yes' }],
];
for (const [sign, answers] of NERVE_SIGNS) {
  test(`a past cancer with ${sign} reaches an emergency through the real questionnaire`, async ({ page }) => {
    const walk = await walkCheck(page, { rf_cancer_history: 'yes', ...answers });
    const banner = page.locator('.urgency-banner');
    await expect(banner).toHaveClass(/urgency-emergency/);
    await expect(banner).toContainText('You have had cancer, and you also have nerve signs');
    await expectEmergencyCallLinks(banner);
    // The emergency showed in place on the step where it happened.
    expect(walk.steps.length).toBeGreaterThanOrEqual(2);
  });
}

test('an urgent flag alone is urgent only after the questions that could make it an emergency', async ({ page }) => {
  // A past cancer, and no leg signs at all: the leg and running questions are asked (they
  // could raise it), the other symptom questions are not (they could not).
  await openCheck(page);
  const walk = await walkCheck(page, { rf_cancer_history: 'yes', leg: 'no', leg_dragging: 'no', power_loss: 'no' });
  expect(walk.steps.slice(0, SAFETY_STEPS)).toEqual([
    'First, some safety questions',
    'Your legs, and other signs that need help fast',
    'Your general health',
    'The pattern of your pain',
    'Running, bones and age',
  ]);
  expect(walk.questions).toContain('leg');
  expect(walk.questions).toContain('leg_dragging');
  expect(walk.questions).toContain('power_loss');
  expect(walk.questions).not.toContain('onset');
  expect(walk.questions).not.toContain('worse_extension');
  const banner = page.locator('.urgency-banner');
  await expect(banner).toHaveClass(/urgency-urgent/);
  await expect(banner).toContainText('Speak to a doctor today');
  await expect(banner.locator('a[href="tel:111"]')).toHaveText('Call NHS 111');
  await expect(page.getByRole('link', { name: 'Start my plan' })).toHaveCount(0);
});

test('the escalation questions say why they are asked', async ({ page }) => {
  await openCheck(page);
  for (let i = 0; i < SAFETY_STEPS; i++) {
    await answerStep(page, { rf_cancer_history: 'yes' });
    await next(page);
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Where you feel it');
  await expect(page.locator('.escalation-note')).toBeVisible();
  await expect(page.locator('.escalation-note')).toContainText('speak to a doctor today');
  // Only the leg question is shown on this step: the buttock questions cannot raise it.
  await expect(page.locator('#question-leg')).toBeVisible();
  await expect(page.locator('#question-pain_buttock')).toBeHidden();
});

test('pain on hopping with missed periods: urgent, and no running anywhere until checked', async ({ page }) => {
  await walkCheck(page, { rf_hop_pain: 'yes', periods: 'yes' });
  const banner = page.locator('.urgency-banner');
  await expect(banner).toHaveClass(/urgency-urgent/);
  await expect(banner).toContainText('stress fracture in the pelvis or hip');
  await expect(page.locator('.no-running')).toContainText('Do not run until a doctor or physio has checked you');
  // The walk-run guide offers no stages.
  await page.goto('/#/running');
  await expect(page.locator('.no-running')).toContainText('Do not run');
  await expect(page.locator('table')).toHaveCount(0);
});

test('pain on hopping alone is routine, still with no running, and the plan keeps walking', async ({ page }) => {
  await walkCheck(page, { rf_hop_pain: 'yes', worse_extension: 'yes', worse_downhill: 'yes', worse_standing: 'yes' });
  await expect(page.locator('.urgency-banner')).toHaveClass(/urgency-routine/);
  await expect(page.locator('.no-running')).toBeVisible();
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expect(page).toHaveURL(/#\/plan$/);
  // The plan is started (one tap), and every phase of it says no running until checked.
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.no-running')).toContainText('Walking and the gentle exercises are fine');
  await expect(page.getByRole('link', { name: 'walk–run guide' })).toHaveCount(0);
});

test('nothing answered beyond the safety questions: no cause plan, general back care instead', async ({ page }) => {
  const walk = await walkCheck(page, {});
  expect(walk.steps.length).toBeGreaterThan(SAFETY_STEPS);
  await expect(page.locator('.urgency-banner')).toContainText('self-care');
  await expect(page.locator('.no-fit')).toContainText('do not match any of the five causes well');
  await expect(page.locator('.no-fit')).toContainText('physiotherapist');
  await expect(page.getByRole('heading', { name: 'General back care' })).toBeVisible();
  await expect(page.locator('.general-care a[href="#/exercises/walking"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start my plan' })).toHaveCount(0);
  await expect(page.locator('.ranked-causes')).toHaveCount(0);
  // The plan page offers general care, not a cause's plan as a guess.
  await page.goto('/#/plan');
  await expect(page.getByRole('heading', { name: 'General back care' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start the plan for / })).toHaveCount(0);
});

test('tingling in both legs for years, already checked, is not an emergency', async ({ page }) => {
  await openCheck(page);
  await answerStep(page);
  await next(page);
  const both = page.locator('#question-rf_both_legs');
  await expect(both.locator('legend')).toContainText('new tingling');
  await expect(both).toContainText('a doctor has already checked');
  // The runner reads the hint and answers no; the check goes on as for anyone else.
  await answer(page, 'rf_both_legs', 'no');
  await expect(page.locator(EMERGENCY_NOW)).toBeHidden();
  await answerStep(page);
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your general health');
});

test('sexual function offers "doesn\'t apply to me", which is not a warning sign', async ({ page }) => {
  await openCheck(page);
  await answerStep(page, { rf_sexual_dysfunction: 'not_applicable' });
  await expect(page.locator('#q-rf_sexual_dysfunction-not_applicable')).toBeChecked();
  await expect(page.locator(EMERGENCY_NOW)).toBeHidden();
  await next(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Your legs, and other signs that need help fast');
});

test('the safety questions must all be answered before going on', async ({ page }) => {
  await openCheck(page);
  for (const id of ['rf_bladder_change', 'rf_bowel_change', 'rf_saddle_numbness']) await answer(page, id, 'no');
  await next(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Please answer every safety question' })).toBeVisible();
  await expect(page.locator('fieldset.missing')).toHaveCount(1);
  await expect(page.locator('#q-rf_sexual_dysfunction-yes')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('First, some safety questions');
});

test('split questions: each part of morning stiffness is its own question', async ({ page }) => {
  await openCheck(page);
  for (let i = 0; i < 3; i++) {
    await answerStep(page);
    await next(page);
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('The pattern of your pain');
  await expect(page.locator('#question-stiffness_months')).toBeHidden();
  await answer(page, 'morning_stiffness', 'yes');
  await expect(page.locator('#question-stiffness_months')).toBeVisible();
  await answer(page, 'stiffness_months', 'yes');
  await answer(page, 'stiffness_eases', 'yes');
  await expect(page.locator('#question-rf_inflammatory legend')).toHaveText('Did the stiffness start before you were 40?');
});

test('an ordinary facet-joint picture gets a ranked, explained result and a way to the plan', async ({ page }) => {
  await openCheck(page);
  for (let i = 0; i < SAFETY_STEPS; i++) {
    await answerStep(page);
    await next(page);
  }
  await skipBaseline(page);
  // How it started: slowly.
  await answer(page, 'onset', 'choice:2');
  await answer(page, 'recurrent_running', 'no');
  await next(page);
  // What it feels like: branching shows the follow-up for a one-sided pain, and hides it again.
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
  await expect(causes.first()).toContainText('Most likely');
  await expect(causes.first()).toContainText('leaning or arching backwards makes it worse');
  await expect(causes.first()).toContainText('running downhill makes it worse');
  await expect(page.locator('.not-confident')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start my plan' })).toBeVisible();
  await expect(page.locator('main')).toContainText('This is not a diagnosis');
  // Each cause links to its page.
  await causes.first().getByRole('link').click();
  await expect(page).toHaveURL(/#\/causes\/facet_joint$/);
});

test('when two causes fit equally, the words under the sentence do not claim a strong match', async ({ page }) => {
  await walkCheck(page, {
    worse_flexion: 'yes', worse_sitting: 'yes', worse_cough_sneeze: 'yes',
    leg: 'yes', pins_needles: 'yes', numbness_leg: 'yes', pain_below_knee: 'yes',
  });
  await expect(page.locator('.not-confident')).toContainText('cannot tell them apart');
  await expect(page.locator('.not-confident')).toContainText('physiotherapist');
  const words = await page.locator('.ranked-causes .match-strength').allTextContents();
  expect(words.slice(0, 2)).toEqual(['Possible', 'Possible']);
  expect(words.join(' ')).not.toMatch(/Most likely|Strong/);
});

test('a reason restates what the runner answered', async ({ page }) => {
  // "Suddenly, while doing something else" and no to "sharp at first".
  await walkCheck(page, {
    onset: 'choice:1', sharp_then_ache: 'no', spasm: 'yes', tender_spot: 'yes', leg: 'no',
  });
  const first = page.locator('.ranked-causes > li').first();
  await expect(first).toContainText('it started suddenly, at a moment you can point to');
  await expect(page.locator('.ranked-causes')).not.toContainText(/sharp/i);
});

test('the start page says how long the check really is', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('46 to 58 quick questions in 11 short steps');
});

test('the red flags page offers the same tap-to-call links', async ({ page }) => {
  await page.goto('/#/red-flags');
  await appReady(page);
  await expectEmergencyCallLinks(page.locator('main'));
  await expect(page.locator('main a[href="tel:111"]')).toHaveText('Call NHS 111');
});

test('the result page without a finished check points to the questions', async ({ page }) => {
  await page.goto('/#/result');
  await appReady(page);
  await expect(page.locator('main')).toContainText('There is no result yet');
  await expect(page.getByRole('link', { name: 'Check my symptoms' }).last()).toBeVisible();
});

test('the calm answers cover every safety question the check shows', async ({ page }) => {
  // Keeps CALM_SAFETY honest: walking the safety steps meets no question without an answer.
  await openCheck(page);
  for (let i = 0; i < SAFETY_STEPS; i++) {
    const seen = await answerStep(page);
    for (const id of seen) expect(Object.keys(CALM_SAFETY), id).toContain(id);
    await next(page);
  }
  await skipBaseline(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('How it started');
});
