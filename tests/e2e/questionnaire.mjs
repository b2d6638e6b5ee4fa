// Driving the symptom check as a runner does, shared by the browser tests.
//
// Question ids are the contract between these tests and `core/src/content/en_gb/questions.rs`;
// they are named here once. Radio inputs are `#q-<question>-<answer code>` with the code's
// colon written as a dash (`choice:1` -> `choice-1`).
import { expect } from './fixtures.mjs';

/** Every safety question answered in the least worrying way, as stored answer codes: what a
 *  runner with no warning signs answers. Follow-up questions that a "no" keeps hidden are
 *  left out, as a runner never sees them. */
export const CALM_SAFETY = {
  // First, some safety questions
  rf_bladder_change: 'no',
  rf_bowel_change: 'no',
  rf_saddle_numbness: 'no',
  rf_sexual_dysfunction: 'no',
  // Your legs, and other signs that need help fast
  rf_both_legs: 'no',
  leg_weakness: 'choice:0',
  foot_drop: 'no',
  rf_major_trauma: 'no',
  rf_chest_pain: 'no',
  // Your general health
  rf_fever: 'no',
  rf_cancer_history: 'no',
  rf_weight_loss: 'no',
  rf_steroids_osteoporosis: 'no',
  rf_immunosuppressed: 'no',
  rf_abdominal: 'no',
  // The pattern of your pain
  rf_night_pain: 'no',
  rf_severe_pain: 'no',
  rf_upper_back: 'no',
  rf_back_lump: 'no',
  morning_stiffness: 'no',
  rf_not_improving: 'no',
  // Running, bones and age
  rf_hop_pain: 'no',
  periods: 'no',
  under_fuelling: 'no',
  stress_fracture: 'no',
  age: 'choice:1',
};

/** A plain picture of each cause, by cause id: its name and its answers to the check (the
 *  safety answers are the calm ones). The engine ranks each cause first, fitting and
 *  confident. */
export const PICTURES = {
  muscular: ['Muscle strain', { onset: 'choice:0', spasm: 'yes', sharp_then_ache: 'yes', one_sided: 'yes', pain_stretch_away: 'yes', tender_spot: 'yes', leg: 'no' }],
  facet_joint: ['Facet joint pain', { onset: 'choice:2', worse_extension: 'yes', eased_flexion: 'yes', worse_standing: 'yes', worse_downhill: 'yes', leg: 'no' }],
  sacroiliac_joint: ['Sacroiliac joint pain', { onset: 'choice:2', one_sided: 'yes', pain_buttock: 'yes', worse_sit_to_stand: 'yes', leg: 'yes', pain_upper_hamstring: 'yes', pain_below_knee: 'no' }],
  disc: ['Disc', { onset: 'choice:0', worse_flexion: 'yes', worse_sitting: 'yes', worse_cough_sneeze: 'yes', leg: 'no' }],
  nerve: ['Nerve', { onset: 'choice:2', leg: 'yes', pain_below_knee: 'yes', leg_dominant: 'yes', pins_needles: 'yes', numbness_leg: 'yes', burning_leg: 'yes' }],
};

/** The number of safety steps, which come first. */
export const SAFETY_STEPS = 5;

/** Skips the optional step about your pain that follows the warning signs (issue 19). */
export async function skipBaseline(page) {
  await expect(page.locator('#step-heading')).toHaveText('About your pain');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(page.locator('#step-heading')).not.toHaveText('About your pain');
}

/** Picks an answer by clicking its label, as a mouse user would. */
export async function answer(page, id, code) {
  await page.locator(`label[for="q-${id}-${code.replace(':', '-')}"]`).click();
}

/** Presses "Next" (or "See my result" on the last step). */
export async function next(page) {
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

/** The ids of the questions shown on the current step, in order. */
export async function shownQuestions(page) {
  return page.locator('section.step fieldset.question:not([hidden])').evaluateAll(
    (sets) => sets.map((s) => s.id.replace(/^question-/, '')),
  );
}

/** Answers the questions shown on this step: `answers[id]` where given, otherwise the calm
 *  safety answer, otherwise leaves it blank (symptom questions may be left blank). Repeats
 *  while answers reveal follow-up questions. Returns the ids it saw. */
export async function answerStep(page, answers = {}) {
  const seen = [];
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const id of await shownQuestions(page)) {
      if (!seen.includes(id)) seen.push(id);
      const code = answers[id] ?? CALM_SAFETY[id];
      if (code === undefined) continue;
      const input = page.locator(`#q-${id}-${code.replace(':', '-')}`);
      if (!(await input.isChecked())) {
        await answer(page, id, code);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return seen;
}

/** Walks the whole check from the first step to the result, answering each step with
 *  `answerStep`. Returns the titles of the steps shown and the question ids seen. */
export async function walkCheck(page, answers = {}) {
  await page.goto('/#/check');
  // The check starts the app (the wasm) on a cold page: allow for a busy machine.
  await expect(page.locator('#step-heading')).toBeVisible({ timeout: 20_000 });
  const steps = [];
  const questions = [];
  for (let i = 0; i < 20; i++) {
    if (/#\/result$/.test(page.url())) break;
    const title = await page.locator('#step-heading').textContent();
    steps.push(title);
    questions.push(...(await answerStep(page, answers)));
    await next(page);
    // Either the next step's heading or the result page.
    await expect(async () => {
      const onResult = /#\/result$/.test(page.url());
      const heading = onResult ? null : await page.locator('#step-heading').textContent();
      expect(onResult || heading !== title).toBe(true);
    }).toPass({ timeout: 5000 });
  }
  await expect(page).toHaveURL(/#\/result$/);
  return { steps, questions };
}
