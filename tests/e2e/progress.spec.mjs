// My plan and progress: the plan, the session player, the pain diary, the progress view,
// your data, and the storage guarantees (reloads, corrupt data, full or blocked storage,
// two tabs, import of good and bad files).
import { test, expect, appReady, downloadBackup, importBackup } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';
import { CALM_SAFETY } from './questionnaire.mjs';

const DATA_KEY = 'backtrack.data';

/** Everything Backtrack keeps in localStorage, as an object. */
async function stored(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('backtrack.')) out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

async function open(page, hash) {
  await page.goto(`/#/${hash}`);
  // A cold browser on a busy machine can take longer than the default to start the app.
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await appReady(page);
}

/** Puts a stored document in place and starts the app on `hash` with it. */
async function seed(page, doc, hash) {
  await open(page, '');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, doc]);
  await page.goto(`/#/${hash}`);
  await page.reload();
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
}

/** Starts a plan for a cause picked by hand. */
async function startPlan(page, causeName) {
  await open(page, 'plan');
  await page.getByLabel('Cause', { exact: true }).selectOption({ label: causeName });
  await page.getByRole('button', { name: 'Start this plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: causeName })).toBeVisible();
}

/** Adds a diary entry through the form. */
async function addEntry(page, { pain, note = '', km = null }) {
  await open(page, 'diary');
  await page.locator(`label[for="diary-pain-${pain}"]`).click();
  if (note) await page.getByLabel('Note (optional)').fill(note);
  if (km !== null) {
    await page.getByLabel('I went for a run').check();
    await page.getByLabel('How far, in km (optional)').fill(km);
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
}

/** Runs today's session for the muscle strain plan's first phase (a walk): the walk's
 *  timer is started and, a few seconds in, cut short with "Next" (the clock ran, so the walk
 *  counts as done). */
async function logSession(page) {
  await open(page, 'plan/session');
  await page.locator('label[for="pain-before-5"]').click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Walking' })).toBeVisible();
  await expect(page.locator('.countdown')).toHaveText('5:00');
  await page.getByRole('button', { name: 'Start' }).click();
  // The clock starts after the get-ready countdown (5 seconds unless the runner changes it).
  await expect(page.locator('.countdown')).toHaveText('4:59', { timeout: 12_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await expect(page.getByText('Done: Walking')).toBeVisible();
  await page.locator('label[for="pain-after-3"]').click();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toBeVisible();
}

/** Moves the plan on a phase: ticks every sign of "Ready to move on?", then "Move on". */
async function moveOn(page, phaseName) {
  const boxes = page.locator('.move-on-check input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) await box.check();
  await page.getByRole('button', { name: `Move on to ${phaseName}` }).click();
  await expect(page.locator('.phase-track [aria-current="step"]')).toHaveText(phaseName);
}

test('a plan starts from the latest symptom check and moves through its phases', async ({ page }) => {
  // A finished check: calm answers to every safety question, and symptoms that fit the
  // facet joint clearly (worse arching backwards, running downhill and standing).
  const answers = { ...CALM_SAFETY, worse_extension: 'yes', worse_downhill: 'yes', worse_standing: 'yes' };
  // Saved as a version 1 document (the storage format's version, not the questionnaire's):
  // answers were already stored by question id, so the migration keeps them as they are.
  await seed(page, JSON.stringify({ app: 'backtrack', version: 1, check: { answers, finished: true } }), 'plan');
  await expect(page.getByText('Your latest check points most to: Facet joint pain.')).toBeVisible();
  // A clear fit: not the "best guess" hint.
  await expect(page.getByText('so this is a best guess')).toHaveCount(0);
  await page.getByRole('button', { name: /^Start the plan for / }).click();
  await expect(page.locator('.phase-track [aria-current="step"]')).toHaveText('Phase 1: Settle');
  await expect(page.getByRole('heading', { name: 'Ready to move on?' })).toBeVisible();
  await moveOn(page, 'Phase 2: Mobilise');
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Phase 2: Mobilise.' })).toBeAttached();
  await page.getByRole('button', { name: 'Step back to Phase 1: Settle' }).click();
  await expect(page.locator('.phase-track [aria-current="step"]')).toHaveText('Phase 1: Settle');
  // The v1 document was migrated and saved as the current version, check kept.
  const doc = JSON.parse((await stored(page))[DATA_KEY]);
  expect(doc.version).toBe(4);
  expect(doc.check.finished).toBe(true);
  expect(doc.check.answers).toEqual(answers);
  expect(doc.plan.cause).toBe('facet_joint');
  expect(doc.plan.phase).toBe('settle');
  expect(doc.plan.from).toBe('check');
});

test('a check that points to no cause offers general back care, not a cause\'s plan', async ({ page }) => {
  // Every safety question answered calmly and nothing else: no warning sign, no cause fits.
  await seed(page, JSON.stringify({
    app: 'backtrack', version: 2, check: { answers: CALM_SAFETY, finished: true },
  }), 'plan');
  const care = page.locator('section[aria-labelledby="plan-general-care"]');
  await expect(care.getByRole('heading', { level: 2, name: 'General back care' })).toBeVisible();
  await expect(care).toContainText('Your answers do not match any of the five causes well.');
  await expect(care.getByRole('link', { name: 'Walking' })).toBeVisible();
  await expect(page.getByText('Your latest check points most to')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Start the plan for / })).toHaveCount(0);
  // A cause can still be chosen by hand.
  await expect(page.getByRole('button', { name: 'Start this plan' })).toBeVisible();
});

test('a red-flag result offers no plan', async ({ page }) => {
  // As saved when an emergency answer sends the runner straight to the result.
  await seed(page, JSON.stringify({
    app: 'backtrack', version: 2, check: { answers: { rf_saddle_numbness: 'yes' }, finished: true },
  }), 'plan');
  await expect(page.getByRole('heading', { name: 'See a doctor before starting a plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Start/ })).toHaveCount(0);
});

test('a logged session and a diary entry survive a reload', async ({ page }) => {
  await startPlan(page, 'Muscle strain');
  await logSession(page);
  await addEntry(page, { pain: 4, note: 'Stiff <b>after</b> work', km: '5.2' });
  await page.reload();
  await appReady(page);
  await expect(page.locator('.diary-entry')).toHaveCount(1);
  await expect(page.locator('.diary-line')).toContainText('pain 4 out of 10 · ran 5.2 km');
  // Hostile-looking text is shown as text.
  await expect(page.locator('.diary-note')).toHaveText('Stiff <b>after</b> work');
  await open(page, 'progress');
  await expect(page.locator('.totals')).toContainText('Sessions1');
  await expect(page.locator('.totals')).toContainText('1 day in a row');
  await expect(page.locator('.chart-summary')).toContainText('1 pain score and 1 session');
  await expect(page.locator('.pain-chart svg .session-mark')).toHaveCount(1);
  await expect(page.locator('.pain-chart svg .pain-point')).toHaveCount(1);
  await open(page, 'plan');
  await expect(page.locator('.done-today')).toContainText('You did a session today');
});

test('diary entries can be edited and deleted', async ({ page }) => {
  await addEntry(page, { pain: 6 });
  await addEntry(page, { pain: 2, note: 'better' });
  await expect(page.locator('.diary-entry')).toHaveCount(2);
  const first = page.locator('.diary-entry').filter({ hasText: 'pain 6' });
  await first.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Change this entry' })).toBeFocused();
  await page.locator('label[for="diary-pain-7"]').click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.diary-entry').filter({ hasText: 'pain 7' })).toHaveCount(1);
  await expect(page.locator('.diary-entry').filter({ hasText: 'pain 6' })).toHaveCount(0);
  const second = page.locator('.diary-entry').filter({ hasText: 'better' });
  await second.getByRole('button', { name: 'Delete' }).click();
  await second.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.locator('.diary-entry')).toHaveCount(1);
  // A missing pain score is named, and nothing is saved.
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose how bad the pain is');
  expect(JSON.parse((await stored(page))[DATA_KEY]).diary).toHaveLength(1);
});

test('the session player works by keyboard and counts down holds', async ({ page }) => {
  await startPlan(page, 'Disc injury');
  await moveOn(page, 'Phase 2: Mobilise');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Cobra on your forearms' })).toBeVisible();
  await expect(page.locator('.step-title')).toHaveText('Hold 1 of 3, 20 seconds');
  await expect(page.locator('.countdown')).toHaveText('0:20');
  await page.keyboard.press('p');
  await expect(page.locator('.countdown')).toHaveText(/^Get ready: [1-5]$/);
  await expect(page.locator('.countdown')).toHaveText('0:18', { timeout: 12_000 });
  await page.keyboard.press('p');
  const paused = await page.locator('.countdown').textContent();
  await page.waitForTimeout(1500);
  await expect(page.locator('.countdown')).toHaveText(paused);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { level: 2, name: 'Lower back rotation' })).toBeVisible();
  await expect(page.locator('.step-title')).toHaveText('Set 1 of 2, first side: 10 repetitions');
  await page.keyboard.press('r');
  await page.keyboard.press('r');
  await expect(page.locator('.rep-count')).toHaveText('Repetitions counted: 2');
  // The controls stay put from step to step, so focus is not lost.
  const setDone = page.getByRole('button', { name: 'Set done' });
  await setDone.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-title')).toHaveText('Set 1 of 2, second side: 10 repetitions');
  await expect(setDone).toBeFocused();
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await expect(page.getByText('Skipped: Cobra on your forearms, Lower back rotation, Cat and camel')).toBeVisible();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toBeVisible();
  const doc = JSON.parse((await stored(page))[DATA_KEY]);
  expect(doc.sessions).toHaveLength(1);
  expect(doc.sessions[0].skipped).toEqual(['cobra-forearms', 'lumbar-rotation', 'cat-camel']);
  expect(doc.sessions[0].before).toBeNull();
});

test('moving on a phase asks for every sign to be ticked; stepping back is one tap', async ({ page }) => {
  await startPlan(page, 'Disc injury');
  const current = page.locator('.phase-track [aria-current="step"]');
  const checklist = page.getByRole('group', { name: /Move on when all of these are true/ });
  const boxes = checklist.getByRole('checkbox');
  const signs = await boxes.count();
  expect(signs).toBeGreaterThanOrEqual(3);
  const moveOnButton = page.getByRole('button', { name: 'Move on to Phase 2: Mobilise' });
  // One tap on day 1 no longer moves: the page says what is missing and focus goes to it.
  await moveOnButton.click();
  await expect(current).toHaveText('Phase 1: Settle');
  const error = page.locator('#plan-move-on-error');
  await expect(error).toHaveText(`Not yet: ${signs} of ${signs} are not ticked. Stay with this phase until every one is true for you.`);
  await expect(boxes.first()).toBeFocused();
  await expect(boxes.first()).toHaveAttribute('aria-invalid', 'true');
  // By keyboard: Space ticks the focused box; all but the last ticked is still not enough.
  await page.keyboard.press('Space');
  for (let i = 1; i < signs - 1; i++) await boxes.nth(i).check();
  await moveOnButton.click();
  await expect(current).toHaveText('Phase 1: Settle');
  await expect(error).toHaveText('Not yet: 1 of ' + signs + ' is not ticked. Stay with this phase until every one is true for you.');
  // What was ticked stays ticked; the one missing is the one marked, and has focus.
  for (let i = 0; i < signs - 1; i++) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(signs - 1)).toBeFocused();
  await expect(boxes.nth(signs - 1)).toHaveAttribute('aria-describedby', 'plan-move-on-error');
  expect(JSON.parse((await stored(page))[DATA_KEY]).plan.phase).toBe('settle');
  await page.keyboard.press('Space');
  await moveOnButton.click();
  await expect(current).toHaveText('Phase 2: Mobilise');
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Phase 2: Mobilise.' })).toBeAttached();
  // The new phase's checklist starts empty, with no message.
  await expect(page.locator('.move-on-check input:checked')).toHaveCount(0);
  await expect(error).toHaveCount(0);
  // Stepping back needs no checklist.
  await page.getByRole('button', { name: 'Step back to Phase 1: Settle' }).click();
  await expect(current).toHaveText('Phase 1: Settle');
});

test('an exercise counts only if its timer ran or the runner says they did it', async ({ page }) => {
  await startPlan(page, 'Muscle strain');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Walking' })).toBeVisible();
  // "Next" with the walk's 5:00 never started: the walk is not counted.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await expect(page.getByText('Done: none')).toBeVisible();
  const notRun = page.getByRole('group', { name: 'Not counted: the timer did not run' });
  await expect(notRun).toBeVisible();
  const didWalk = notRun.getByRole('checkbox', { name: 'I did Walking' });
  await expect(didWalk).not.toBeChecked();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toBeVisible();
  await expect(page.locator('.saved-summary')).toHaveText('0 of 1 exercise done, 1 skipped.');
  let doc = JSON.parse((await stored(page))[DATA_KEY]);
  expect(doc.sessions[0].done).toEqual([]);
  expect(doc.sessions[0].skipped).toEqual(['walking']);

  // The same, but the runner walked without the timer and ticks the box: now it counts.
  await page.getByRole('link', { name: 'Back to My plan' }).click();
  await page.getByRole('link', { name: "Start today's session" }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'I did Walking' }).check();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.locator('.saved-summary')).toHaveText('Well done. 1 exercise done.');
  doc = JSON.parse((await stored(page))[DATA_KEY]);
  expect(doc.sessions[1].done).toEqual(['walking']);
  expect(doc.sessions[1].skipped).toEqual([]);
});

test('"I did this one" counts an exercise in the player, and the saved screen says what next', async ({ page }) => {
  await startPlan(page, 'Disc injury');
  await moveOn(page, 'Phase 2: Mobilise');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cobra on your forearms' })).toBeVisible();
  const note = page.locator('.player-note');
  await expect(note).toBeHidden();
  // The first hold passed over before its clock ran: the player says it will not count.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.step-title')).toHaveText('Relax');
  await expect(note).toBeVisible();
  await expect(note).toContainText('this exercise will not count as done');
  // The runner did the holds their own way, and says so.
  await page.getByRole('button', { name: 'I did this one' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lower back rotation' })).toBeVisible();
  await expect(note).toBeHidden();
  // Sets of repetitions count when they are marked done; no timer needed.
  const step = page.locator('.step-title');
  await page.getByRole('button', { name: 'Set done' }).click();
  await expect(step).toHaveText('Set 1 of 2, second side: 10 repetitions');
  await page.getByRole('button', { name: 'Set done' }).click();
  await expect(step).toHaveText('Rest 30 seconds before the next set');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(step).toHaveText('Set 2 of 2, first side: 10 repetitions');
  await page.getByRole('button', { name: 'Set done' }).click();
  await expect(step).toHaveText('Set 2 of 2, second side: 10 repetitions');
  await page.getByRole('button', { name: 'Set done' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cat and camel' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await expect(page.getByText('Done: Cobra on your forearms, Lower back rotation')).toBeVisible();
  await expect(page.getByText('Skipped: Cat and camel')).toBeVisible();
  // Skipped on purpose is not offered as "I did it".
  await expect(page.getByRole('group', { name: 'Not counted: the timer did not run' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toBeFocused();
  await expect(page.locator('.saved-summary')).toHaveText('Well done. 2 of 3 exercises done, 1 skipped.');
  await expect(page.getByText('Streak: 1 day. A session tomorrow makes it 2 days in a row.')).toBeVisible();
  // No diary entry today yet: that is the next step, as a button.
  const next = page.getByRole('link', { name: "Add today's pain to your diary" });
  await expect(next).toHaveClass(/button primary/);
  await next.click();
  await expect(page).toHaveURL(/#\/diary$/);
  const doc = JSON.parse((await stored(page))[DATA_KEY]);
  expect(doc.sessions[0].done).toEqual(['cobra-forearms', 'lumbar-rotation']);
  expect(doc.sessions[0].skipped).toEqual(['cat-camel']);
});

test('the keys hint is shown with a mouse and hidden on a touch screen', async ({ page, browser, baseURL }) => {
  await startPlan(page, 'Muscle strain');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.locator('.player .keys')).toBeVisible();
  const phone = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const touch = await phone.newPage();
  expect(await touch.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
  await startPlan(touch, 'Muscle strain');
  await open(touch, 'plan/session');
  await touch.getByRole('button', { name: 'Start the session' }).click();
  await expect(touch.getByRole('heading', { level: 2, name: 'Walking' })).toBeVisible();
  await expect(touch.locator('.player .keys')).toBeHidden();
  await phone.close();
});

test('the chart is large on a phone, first on the page, and marks runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await startPlan(page, 'Muscle strain');
  await logSession(page);
  await addEntry(page, { pain: 4, km: '5.2' });
  await addEntry(page, { pain: 3 });
  await open(page, 'progress');
  const svg = page.locator('.pain-chart svg');
  await expect(page.locator('.pain-chart svg .run-mark')).toHaveCount(1);
  await expect(page.locator('.pain-chart svg .pain-point')).toHaveCount(2);
  await expect(page.locator('.pain-chart svg .session-mark')).toHaveCount(1);
  // The text alternative says so too.
  await expect(page.locator('.chart-summary')).toContainText('2 pain scores and 1 session. You logged 1 run (5.2 km).');
  await expect(page.locator('.chart-key')).toContainText('◆ run');
  // Readable: the chart is tall, its labels the size of text, and it is on the first screen.
  const box = await svg.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(220);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  const label = await page.locator('.pain-chart svg text.axis').first().boundingBox();
  expect(label.height).toBeGreaterThanOrEqual(14);
  // Before the totals.
  const totals = await page.locator('.totals').boundingBox();
  expect(totals.y).toBeGreaterThan(box.y + box.height);
  await context.close();
});

test('the countdown does not animate for runners who ask for reduced motion', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await startPlan(page, 'Disc injury');
  await moveOn(page, 'Phase 2: Mobilise');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  const bar = page.locator('.countdown-bar span');
  await expect(bar).toBeVisible();
  // The stylesheet's reduced-motion rule leaves at most a hundredth of a millisecond.
  const duration = await bar.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(duration).toBeLessThan(0.001);
  await context.close();
});

test('corrupt stored data: the app starts, says so, and keeps an unchanged copy to download', async ({ page }) => {
  // The app (and with it what it says about stored data) starts on the pages that use it.
  await page.goto('/#/plan');
  await appReady(page);
  const corrupt = '{"app":"backtrack","version":2,"diary":[{"id":1,"pain":';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, corrupt]);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.storage-notice')).toContainText('could not be read');
  let all = await stored(page);
  const backups = Object.keys(all).filter((k) => k.startsWith('backtrack.backup.'));
  expect(backups).toHaveLength(1);
  expect(all[backups[0]]).toBe(corrupt);
  expect(all[DATA_KEY]).toBe(corrupt);
  // Reloading again makes no second copy.
  await page.reload();
  await appReady(page);
  expect(Object.keys(await stored(page)).filter((k) => k.startsWith('backtrack.backup.'))).toHaveLength(1);
  // The copy is offered as a download, unchanged.
  await page.locator('.storage-notice').getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { name: 'Unreadable data we kept' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.backup').getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(await readFile(await download.path(), 'utf8')).toBe(corrupt);
  // The app keeps working; the first save replaces the unreadable data, the copy stays.
  await addEntry(page, { pain: 3 });
  all = await stored(page);
  expect(JSON.parse(all[DATA_KEY]).diary).toHaveLength(1);
  expect(all[backups[0]]).toBe(corrupt);
});

test('blocked storage: a clear message, and the app works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page, 'diary');
  await expect(page.locator('.storage-notice')).toContainText('not letting Backtrack save anything');
  await page.locator('label[for="diary-pain-5"]').click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.locator('.diary-entry')).toHaveCount(1);
  await open(page, 'data');
  await expect(page.locator('.lead')).toContainText('nothing is being saved');
});

test('full storage: a clear message, nothing stored is lost, and the change stays in memory', async ({ page }) => {
  await addEntry(page, { pain: 4 });
  const before = await stored(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
  });
  await page.locator('label[for="diary-pain-8"]').click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.locator('.storage-notice')).toContainText('could not save your last change');
  await expect(page.locator('.diary-entry')).toHaveCount(2);
  expect(await stored(page)).toEqual(before);
});

test('a change in one tab shows up in another without clobbering', async ({ page, context }) => {
  await addEntry(page, { pain: 4, note: 'tab one' });
  const other = await context.newPage();
  await open(other, 'diary');
  await expect(other.locator('.diary-entry')).toHaveCount(1);
  // Each tab adds an entry; both survive, and each tab shows both.
  await addEntry(other, { pain: 2, note: 'tab two' });
  await expect(page.locator('.diary-entry')).toHaveCount(2);
  await page.locator(`label[for="diary-pain-6"]`).click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(other.locator('.diary-entry')).toHaveCount(3);
  expect(JSON.parse((await stored(page))[DATA_KEY]).diary).toHaveLength(3);
});

test('export, then import on a fresh profile, restores the same view', async ({ page, browser, baseURL }) => {
  await startPlan(page, 'Muscle strain');
  await logSession(page);
  await addEntry(page, { pain: 5, note: 'Before a run', km: '3' });
  await open(page, 'progress');
  const totals = await page.locator('.totals').textContent();
  const summary = await page.locator('.chart-summary').textContent();
  const download = await downloadBackup(page);
  expect(download.suggestedFilename()).toMatch(/^backtrack-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();

  const fresh = await browser.newContext({ baseURL });
  const page2 = await fresh.newPage();
  await open(page2, 'data');
  await importBackup(page2, file);
  await expect(page2.locator('.import-message')).toContainText('Done.');
  await open(page2, 'progress');
  await expect(page2.locator('.totals')).toHaveText(totals);
  await expect(page2.locator('.chart-summary')).toHaveText(summary);
  await open(page2, 'plan');
  await expect(page2.getByRole('heading', { level: 2, name: 'Muscle strain' })).toBeVisible();
  // Importing the same file again with "add" adds nothing.
  await open(page2, 'data');
  await page2.getByLabel('A Backtrack file (.json)').setInputFiles(file);
  await page2.getByLabel('Add it to what is here (nothing here is lost)').check();
  await page2.getByRole('button', { name: 'Import and add' }).click();
  await expect(page2.locator('.import-message')).toContainText('Added from the file: no items.');
  await fresh.close();
});

test('a bad import file changes nothing and says what is wrong', async ({ page }) => {
  await addEntry(page, { pain: 4 });
  await open(page, 'data');
  const before = await stored(page);
  const valid = JSON.parse(before[DATA_KEY]);
  const bad = [
    ['notes.txt', 'Dear diary, my back hurts', 'not a JSON file'],
    ['other.json', JSON.stringify({ name: 'some other app', entries: [] }), 'not a Backtrack file'],
    ['newer.json', JSON.stringify({ ...valid, version: 99 }), 'newer version of Backtrack'],
    ['pain.json', JSON.stringify({ ...valid, diary: [{ ...valid.diary[0], pain: 42 }] }),
      'Diary entry 1: "pain" must be a whole number from 0 to 10'],
    ['hostile.json', JSON.stringify({ ...valid, diary: [{ ...valid.diary[0], note: 'hi\u202Eevil\u0007' }] }),
      'Diary entry 1: "note" must be text'],
    ['slug.json', JSON.stringify({ ...valid, sessions: [{ id: 1, date: '2026-01-01', time: '10:00',
      cause: 'disc', phase: 'settle', done: ['<img src=x onerror=alert(1)>'] }] }), 'Session 1: "done"'],
    ['huge.json', ' '.repeat(4 * 1024 * 1024 + 10), 'too big'],
  ];
  for (const [name, text, problem] of bad) {
    await page.getByLabel('A Backtrack file (.json)').setInputFiles({
      name, mimeType: 'application/json', buffer: Buffer.from(text),
    });
    await page.getByLabel('Replace everything here with it').check();
    await page.getByRole('button', { name: 'Import and replace my data' }).click();
    const message = page.locator('.import-error');
    await expect(message).toContainText('Nothing was changed.');
    await expect(message).toContainText(problem);
    expect(await stored(page), name).toEqual(before);
  }
});

test('delete everything asks first, then clears every Backtrack key', async ({ page }) => {
  await addEntry(page, { pain: 4 });
  await page.evaluate(() => localStorage.setItem('someone.else', 'keep me'));
  await open(page, 'data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.locator('#delete-confirm')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  // The document and the save counter two tabs use to take turns; nothing deleted.
  expect(Object.keys(await stored(page)).sort()).toEqual(['backtrack.rev', DATA_KEY].sort());
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything is deleted.')).toBeVisible();
  expect(await stored(page)).toEqual({});
  expect(await page.evaluate(() => localStorage.getItem('someone.else'))).toBe('keep me');
});

test('the plan pages fit a phone screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await startPlan(page, 'Disc injury');
  for (const hash of ['plan', 'plan/session', 'diary', 'progress', 'data']) {
    await open(page, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, hash).toBeLessThanOrEqual(0);
  }
  await context.close();
});
