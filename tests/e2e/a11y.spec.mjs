// Accessibility: axe-core finds no violations on any route or key state, in light and dark
// schemes; the app works by keyboard alone, at 320 px wide and at 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures.mjs';
import { CALM_SAFETY, answer, answerStep, next, shownQuestions, walkCheck } from './questionnaire.mjs';

const ROUTES = ['#/', '#/about', '#/check', '#/result', '#/causes', '#/causes/muscular', '#/causes/facet_joint',
  '#/causes/sacroiliac_joint', '#/causes/disc', '#/causes/nerve', '#/exercises', '#/exercises/slump-slider',
  '#/exercises/side-plank', '#/exercises/glute-bridge', '#/exercises/cat-camel', '#/plan', '#/plan/session', '#/diary', '#/progress', '#/data', '#/summary', '#/running', '#/red-flags',
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

// The states of the plan, the session and progress that only a plan and some history show
// (issue 21): the move-on checklist with its message, the player's "not counted" note, the
// boxes for exercises whose timer did not run, the saved screen, and a chart with runs.
for (const scheme of ['light', 'dark']) {
  test(`the plan's checklist, the session's screens and a chart with runs pass axe at 320 px (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const doc = {
      app: 'backtrack', version: 2, check: null,
      plan: { cause: 'disc', from: 'chosen', phase: 'mobilise', started: day(-10), since: day(-3) },
      sessions: [{ id: 1, date: day(-1), time: '07:30', cause: 'disc', phase: 'mobilise', done: ['cat-camel'], skipped: [], before: 4, after: 3 }],
      diary: [
        { id: 2, date: day(-2), time: '20:00', pain: 5, note: '', ran: false, metres: null },
        { id: 3, date: day(-1), time: '20:00', pain: 3, note: 'easy run', ran: true, metres: 4000 },
      ],
    };
    await page.goto('/#/plan');
    await appReady(page);
    await page.evaluate((v) => localStorage.setItem('backtrack.data', v), JSON.stringify(doc));
    await page.reload();
    await appReady(page);
    await page.getByRole('button', { name: 'Move on to Phase 3: Strengthen' }).click();
    await expect(page.locator('#plan-move-on-error')).toBeVisible();
    await expectNoAxeViolations(page, `plan, move-on checklist with its message (${scheme})`);

    await page.getByRole('link', { name: "Start today's session" }).click();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.player-note')).toBeVisible();
    await expectNoAxeViolations(page, `player with its "not counted" note (${scheme})`);
    await page.getByRole('button', { name: 'End the session' }).click();
    await expect(page.locator('fieldset.not-run')).toBeVisible();
    await expectNoAxeViolations(page, `session finished, with a box for an exercise not counted (${scheme})`);
    await page.getByRole('button', { name: 'Done: save this session' }).click();
    await expect(page.locator('.saved-summary')).toBeVisible();
    await expectNoAxeViolations(page, `session saved (${scheme})`);

    await page.getByRole('link', { name: 'See your progress' }).click();
    await expect(page.locator('.pain-chart .run-mark')).toHaveCount(1);
    await expectNoAxeViolations(page, `progress with a chart of pain, sessions and runs (${scheme})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'progress at 320 px').toBeLessThanOrEqual(1);
  });
}

/** Chooses an answer with the keyboard only, as a keyboard user does in a radio group: focus
 *  the group's first radio, then Space to pick it or the arrow keys to move to (and pick) the
 *  value. The arrow keys never pass over another answer on the way, so a calm answer never
 *  briefly picks "Yes". `value` is the input id's code, with the colon as a dash. */
async function keyboardAnswer(page, id, value) {
  const radios = page.locator(`input[name="${id}"]`);
  const values = await radios.evaluateAll((els) => els.map((e) => e.id));
  const target = values.indexOf(`q-${id}-${value}`);
  expect(target, `${id} offers ${value}`).toBeGreaterThanOrEqual(0);
  await radios.first().focus();
  if (target === 0) await page.keyboard.press('Space');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#q-${id}-${value}`)).toBeChecked();
}

/** Answers the questions shown on this step with the keyboard only: `answers[id]` where
 *  given, otherwise the calm safety answer, otherwise blank (symptom questions may be left
 *  blank). Repeats while answers reveal follow-up questions. */
async function keyboardAnswerStep(page, answers = {}) {
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const id of await shownQuestions(page)) {
      const code = answers[id] ?? CALM_SAFETY[id];
      if (code === undefined) continue;
      const value = code.replace(':', '-');
      if (await page.locator(`#q-${id}-${value}`).isChecked()) continue;
      await keyboardAnswer(page, id, value);
      changed = true;
    }
    if (!changed) break;
  }
}

// Every step of the questionnaire, in order, when the leg is affected (which shows the leg step).
const ALL_STEPS = ['First, some safety questions', 'Your legs, and other signs that need help fast',
  'Your general health', 'The pattern of your pain', 'Running, bones and age', 'About your pain', 'How it started',
  'What it feels like', 'Where you feel it', 'Your leg', 'What makes it worse or better', 'When you run'];

test('keyboard alone: every questionnaire step passes axe and leads to a result', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  await expectNoAxeViolations(page, 'check step 1');
  // A failed "Next" shows the error state: check it too.
  await page.getByRole('button', { name: 'Next' }).press('Enter');
  await expect(page.locator('fieldset.missing').first()).toBeVisible();
  await expectNoAxeViolations(page, 'check step 1 with errors');
  // Calm safety answers; a sudden start and an affected leg, so every symptom step is shown.
  const symptoms = { onset: 'choice:0', leg: 'yes' };
  const steps = [];
  for (let i = 0; i < 20 && !/#\/result$/.test(page.url()); i++) {
    const heading = page.locator('#step-heading');
    const title = await heading.textContent();
    if (i > 0) {
      await expect(heading).toBeFocused();
      await expectNoAxeViolations(page, `check step ${i + 1} (${title})`);
    }
    steps.push(title);
    await keyboardAnswerStep(page, symptoms);
    await page.getByRole('button', { name: /^(Next|See my result)$/ }).press('Enter');
    await expect(async () => {
      const onResult = /#\/result$/.test(page.url());
      expect(onResult || (await heading.textContent()) !== title).toBe(true);
    }).toPass({ timeout: 5000 });
  }
  expect(steps).toEqual(ALL_STEPS);
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'result (self-care)');
});

/** Opens the check, answers the first safety step calmly and says yes to chest pain on the
 *  second: an emergency, shown in place at once. */
async function showEmergencyInPlace(page) {
  await page.goto('/#/check');
  await appReady(page);
  await answerStep(page);
  await next(page);
  await expect(page.locator('#step-heading')).toHaveText('Your legs, and other signs that need help fast');
  await answer(page, 'rf_chest_pain', 'yes');
  const panel = page.locator('.emergency-now');
  await expect(panel).toBeVisible();
  await expect(panel.locator('a[href="tel:999"]')).toBeVisible();
  return panel;
}

for (const scheme of ['light', 'dark']) {
  test(`the emergency shown in place on the check page passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const panel = await showEmergencyInPlace(page);
    await expect(panel.getByRole('button', { name: 'See what to do now' })).toBeVisible();
    await expectNoAxeViolations(page, `check page with the emergency shown (${scheme})`);
  });
}

test('the emergency result passes axe', async ({ page }) => {
  const panel = await showEmergencyInPlace(page);
  await panel.getByRole('button', { name: 'See what to do now' }).click();
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.locator('.urgency-banner.urgency-emergency')).toBeVisible();
  await expectNoAxeViolations(page, 'result (emergency)');
});

for (const [label, flag] of [['urgent', 'rf_fever'], ['routine', 'rf_not_improving']]) {
  test(`the ${label} result passes axe`, async ({ page }) => {
    await walkCheck(page, { [flag]: 'yes' });
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
