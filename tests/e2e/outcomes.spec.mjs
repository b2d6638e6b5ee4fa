// Outcomes a physio can use (issue 19): the baseline asked at the check after the warning
// signs, the runner's own activities scored again each week on the plan page (a prompt that
// can be put off), and the change on the progress page judged against the smallest change
// that matters. Simulated weeks use Playwright's clock; nothing is lost on reload, in a
// second tab, or through export and import.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady, appStarted, downloadBackup, importBackup } from './fixtures.mjs';
import { answerStep, next, SAFETY_STEPS } from './questionnaire.mjs';

test.describe.configure({ timeout: 120_000 });

const DATA_KEY = 'backtrack.data';

async function stored(page) {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), DATA_KEY);
}

/** Sets the browser's clock to 9 in the morning of `date` (YYYY-MM-DD); time stands still. */
async function setDay(page, date) {
  await page.clock.setFixedTime(new Date(`${date}T09:00:00`));
}

async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Walks the warning-sign steps with calm answers, to the step about your pain. */
async function toBaseline(page) {
  await page.goto('/#/check');
  await expect(page.locator('#step-heading')).toBeVisible({ timeout: 20_000 });
  for (let i = 0; i < SAFETY_STEPS; i++) {
    await answerStep(page);
    await next(page);
  }
  await expect(page.locator('#step-heading')).toHaveText('About your pain');
}

/** Picks a 0–10 score on a pain scale by its label, as a mouse user would. */
async function pickPain(page, name, score) {
  await page.locator(`label[for="${name}-${score}"]`).click();
}

/** Fills one activity row (0 to 2). */
async function activity(page, row, name, score) {
  await page.getByLabel(`Activity ${row + 1}`).fill(name);
  await page.locator(`#outcome-score-${row}`).selectOption(String(score));
}

test('the check asks about your pain after the warning signs, and keeps the answers', async ({ page }) => {
  await setDay(page, '2026-11-02');
  await toBaseline(page);
  await expect(page.locator('.step-intro')).toContainText('do not change your result');
  // Half an answer is not kept: the missing questions are marked and the step stays.
  await pickPain(page, 'outcome-pain-now', 6);
  await next(page);
  await expect(page.locator('#outcome-error')).toBeVisible();
  await expect(page.locator('#step-heading')).toHaveText('About your pain');
  await expect(page.locator('#outcome-pain-worst-group')).toBeFocused();
  await expect(page.locator('#outcome-duration-group')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the step about your pain, with its message');

  await pickPain(page, 'outcome-pain-worst', 8);
  await page.getByText('1 to 6 weeks').click();
  await page.getByText('Left side', { exact: true }).click();
  await page.getByLabel('How much did you run in a normal week before the pain?').fill('30');
  await page.getByLabel('How much did you run in the last 7 days?').fill('0');
  await activity(page, 0, 'Run 5 km', 2);
  await activity(page, 1, 'Put on socks', 5);
  await next(page);
  await expect(page.locator('#step-heading')).not.toHaveText('About your pain');
  await expect.poll(async () => (await stored(page))?.outcomes?.baseline?.now).toBe(6);
  const doc = await stored(page);
  expect(doc.version).toBe(4);
  expect(doc.outcomes.baseline).toEqual({
    date: '2026-11-02', now: 6, worst: 8, lasted: '1-6-weeks', onset: null, side: 'left',
    before: { amount: 30, unit: 'km' }, current: { amount: 0, unit: 'km' },
  });
  expect(doc.outcomes.activities).toEqual(['Run 5 km', 'Put on socks']);
  expect(doc.outcomes.ratings).toEqual([{
    date: '2026-11-02', now: 6, worst: 8,
    scores: [{ activity: 'Run 5 km', score: 2 }, { activity: 'Put on socks', score: 5 }],
  }]);
  // The triage is untouched: the questions before and after are the same ones.
  await page.reload();
  await appStarted(page);
  expect((await stored(page)).outcomes.baseline.side).toBe('left');
});

test('skipping the step about your pain keeps nothing, and an urgent answer never asks it', async ({ page }) => {
  await toBaseline(page);
  await pickPain(page, 'outcome-pain-now', 4);
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expect(page.locator('#step-heading')).not.toHaveText('About your pain');
  expect((await stored(page))?.outcomes ?? null).toBeNull();
  // A warning sign that needs a doctor today: the step is not asked.
  await page.goto('/#/check');
  await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
  const titles = [];
  for (let i = 0; i < SAFETY_STEPS + 1; i++) {
    titles.push(await page.locator('#step-heading').textContent());
    await answerStep(page, { rf_fever: 'yes' });
    await next(page);
    if (/#\/result$/.test(page.url())) break;
  }
  expect(titles).not.toContain('About your pain');
});

/** A plan and a baseline recorded on 2 Nov with two activities (the document as version 4
 *  stores it). */
function seeded() {
  return JSON.stringify({
    app: 'backtrack', version: 4, check: null,
    plan: { cause: 'disc', from: 'chosen', phase: 'mobilise', started: '2026-11-02', since: '2026-11-02' },
    sessions: [], diary: [], runs: [],
    outcomes: {
      baseline: { date: '2026-11-02', now: 6, worst: 8, lasted: '1-6-weeks', onset: null, side: 'left', before: { amount: 30, unit: 'km' }, current: null },
      activities: ['Run 5 km', 'Put on socks'],
      ratings: [{ date: '2026-11-02', now: 6, worst: 8, scores: [{ activity: 'Run 5 km', score: 2 }, { activity: 'Put on socks', score: 5 }] }],
      snoozed: null,
    },
  });
}

/** Opens `hash` afresh (a new visit) on `date`. */
async function openOn(page, date, hash) {
  await setDay(page, date);
  await page.goto(`/#/${hash}`);
  await page.reload();
  await appStarted(page);
}

/** Scores the activities in the open weekly check and saves. */
async function score(page, section, pain, scores) {
  await section.getByRole('button', { name: 'Score my activities' }).click();
  await pickPain(page, 'outcome-pain-now', pain[0]);
  await pickPain(page, 'outcome-pain-worst', pain[1]);
  for (const [row, s] of scores.entries()) await page.locator(`#outcome-score-${row}`).selectOption(String(s));
  await section.getByRole('button', { name: 'Save my scores' }).click();
  await expect(section.getByRole('status')).toHaveText('Scores saved. The next weekly check is in 7 days.');
}

test('the weekly check comes a week later, can be put off, and the progress page shows what changed', async ({ page, context }) => {
  await setDay(page, '2026-11-02');
  await page.goto('/#/plan');
  await appStarted(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, seeded()]);
  const card = page.locator('section.weekly-check');

  // Three days in: not yet.
  await openOn(page, '2026-11-05', 'plan');
  await expect(card).toBeHidden();
  // A week in: asked, and put off for a week.
  await openOn(page, '2026-11-09', 'plan');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Your weekly check' })).toBeVisible();
  await card.getByRole('button', { name: 'Not this week' }).click();
  await expect(card.getByRole('status')).toHaveText('Fine. We will ask again in a week.');
  await openOn(page, '2026-11-12', 'plan');
  await expect(card).toBeHidden();
  // A week after putting it off: asked again, and scored.
  await openOn(page, '2026-11-16', 'plan');
  await expect(card).toBeVisible();
  await expect(page.locator('#outcome-activity-0')).toHaveCount(0);
  await card.getByRole('button', { name: 'Score my activities' }).click();
  await expect(page.locator('#outcome-activity-0')).toHaveValue('Run 5 km');
  await expect(page.locator('#outcome-activity-1')).toHaveValue('Put on socks');
  await expectNoAxeViolations(page, 'the weekly check, open');
  await card.getByRole('button', { name: 'Cancel' }).click();
  await score(page, card, [5, 7], [3, 6]);
  // Up by 1 on average: not a clear change yet.
  await openOn(page, '2026-11-16', 'progress');
  const changes = page.locator('.outcome-changes');
  await expect(changes).toContainText('Activities, on average: 3.5 on 2 Nov, 4.5 on 16 Nov (+1): not a clear change yet.');
  await expect(changes).toContainText('Pain now: 6 on 2 Nov, 5 on 16 Nov (-1): not a clear change yet.');

  // Another week: a real improvement in pain and function, each activity by 4 and 3 points.
  await openOn(page, '2026-11-23', 'plan');
  await score(page, card, [3, 5], [6, 8]);
  await openOn(page, '2026-11-23', 'progress');
  await expect(changes).toContainText('Pain now: 6 on 2 Nov, 3 on 23 Nov (-3): a real improvement.');
  await expect(changes).toContainText('Activities, on average: 3.5 on 2 Nov, 7 on 23 Nov (+3.5): a real improvement.');
  await expect(changes).toContainText('Run 5 km: 2 on 2 Nov, 6 on 23 Nov (+4): a real improvement.');
  await expect(changes).toContainText('Put on socks: 5 on 2 Nov, 8 on 23 Nov (+3): a real improvement.');
  const rows = page.locator('table.outcome-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('23 Nov');
  await expect(page.locator('.outcome-chart polyline.function-line')).toHaveCount(1);
  await expectNoAxeViolations(page, 'progress with pain and function');

  // Nothing lost: a reload, a second tab, and a backup taken out and put back.
  await page.reload();
  await appStarted(page);
  await expect(rows).toHaveCount(3);
  const other = await context.newPage();
  await setDay(other, '2026-11-23');
  await other.goto('/#/progress');
  await appStarted(other);
  await expect(other.locator('table.outcome-table tbody tr')).toHaveCount(3);
  const backup = await downloadBackup(page);
  const text = await (await import('node:fs/promises')).readFile(await backup.path(), 'utf8');
  expect(JSON.parse(text).outcomes.ratings).toHaveLength(3);
  await page.evaluate((k) => localStorage.removeItem(k), DATA_KEY);
  await page.reload();
  await appStarted(page);
  await importBackup(page, { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await openOn(page, '2026-11-23', 'progress');
  await expect(rows).toHaveCount(3);
  await expect(changes).toContainText('(+3.5): a real improvement.');
});

test('the weekly check names what is missing and changes nothing until it is right', async ({ page }) => {
  await setDay(page, '2026-11-16');
  await page.goto('/#/progress');
  await appStarted(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, seeded()]);
  await page.reload();
  await appStarted(page);
  const section = page.locator('section.weekly-check');
  await section.getByRole('button', { name: 'Score my activities' }).click();
  // A name without a score, and one pain score without the other.
  await page.locator('#outcome-activity-2').fill('Sit through a film');
  await pickPain(page, 'outcome-pain-now', 4);
  await section.getByRole('button', { name: 'Save my scores' }).click();
  await expect(section.locator('#outcome-error')).toBeVisible();
  await expect(page.locator('#outcome-pain-worst-group')).toBeFocused();
  await expect(page.locator('#outcome-activity-2')).toHaveAttribute('aria-invalid', 'true');
  expect((await stored(page)).outcomes.ratings).toHaveLength(1);
  // Put right: a third activity joins the list.
  await pickPain(page, 'outcome-pain-worst', 6);
  await page.locator('#outcome-score-0').selectOption('3');
  await page.locator('#outcome-score-1').selectOption('5');
  await page.locator('#outcome-score-2').selectOption('4');
  await section.getByRole('button', { name: 'Save my scores' }).click();
  await expect(section.getByRole('status')).toContainText('Scores saved');
  const doc = await stored(page);
  expect(doc.outcomes.activities).toEqual(['Run 5 km', 'Put on socks', 'Sit through a film']);
  expect(doc.outcomes.ratings[1]).toEqual({
    date: '2026-11-16', now: 4, worst: 6,
    scores: [{ activity: 'Run 5 km', score: 3 }, { activity: 'Put on socks', score: 5 }, { activity: 'Sit through a film', score: 4 }],
  });
});
