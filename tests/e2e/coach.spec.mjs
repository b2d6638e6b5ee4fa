// The return-to-run coach (issue 18): several simulated days (Playwright's clock; the app
// reads the time through js_sys::Date) through progress, hold and step back, the
// next-morning question first on the plan page, the load guard before and after a run, GPX
// and TCX files made here (and hostile ones) filling the form offline, the runs kept
// through a reload, a second tab and export/import, and axe on the new screens.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady, downloadBackup, importBackup } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';

const DATA_KEY = 'backtrack.data';

/** A plan in its running phase, nothing logged. */
const START = {
  app: 'backtrack',
  version: 3,
  check: null,
  plan: { cause: 'facet_joint', from: 'chosen', phase: 'return_to_running', started: '2026-10-01', since: '2026-11-01' },
  sessions: [],
  diary: [],
  runs: [],
};

/** Day `n` of November 2026, 07:30 local time. */
function day(n, hour = 7) {
  return new Date(2026, 10, n, hour, 30);
}

async function open(page, hash) {
  await page.goto(`/#/${hash}`);
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await appReady(page);
}

/** Opens the app on `date` with `doc` stored. */
async function seed(page, doc, date) {
  await page.clock.setFixedTime(date);
  await open(page, '');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, JSON.stringify(doc)]);
  await open(page, 'plan');
  await page.reload();
  await appReady(page);
}

/** Moves the clock to `date` and opens the plan page afresh. */
async function visitOn(page, date) {
  await page.clock.setFixedTime(date);
  await open(page, 'plan');
  await page.reload();
  await appReady(page);
}

const coach = (page) => page.locator('.run-coach');
const advice = (page) => page.locator('.coach-advice');

/** Logs a run with the form: the coach's suggested stage unless `stage` is given. */
async function logRun(page, { pain, stage, minutes, km }) {
  if (stage !== undefined) await page.getByLabel('What you did').selectOption(stage);
  if (minutes !== undefined) await page.getByLabel('Minutes (optional)').fill(String(minutes));
  if (km !== undefined) await page.getByLabel('Distance in km (optional)').fill(String(km));
  await page.locator(`label[for="run-pain-${pain}"]`).click();
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText('Run saved.')).toBeVisible();
}

/** Answers the next-morning question, which must be the first thing under the heading. */
async function answerMorning(page, { pain, vs, leg }) {
  const morning = page.locator('.morning-check');
  await expect(morning).toBeVisible();
  // First on the page: nothing of the plan comes before it.
  const first = await page.evaluate(() => document.querySelector('main .plan-page')?.firstElementChild?.className);
  expect(first).toBe('notice morning-check');
  await morning.locator(`label[for="morning-pain-${pain}"]`).click();
  await morning.locator(`label[for="morning-vs-${vs}"]`).click();
  await morning.locator(`label[for="morning-leg-${leg}"]`).click();
  await morning.getByRole('button', { name: 'Save and see the advice' }).click();
  await expect(morning).toHaveCount(0);
}

test('a week of runs: hold, progress, hold and step back, each with its reason', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page, START, day(2));
  await expect(advice(page)).toContainText('Repeat this stage next time');
  await expect(advice(page)).toContainText('You have not logged a run yet. Start with stage 1.');
  await expect(page.getByLabel('What you did')).toHaveValue('1');
  await logRun(page, { pain: 2 });
  await expect(coach(page).locator('.runs-table tbody tr')).toHaveCount(1);
  // The same day: no morning question yet, and missing information is a hold.
  await expect(page.locator('.morning-check')).toHaveCount(0);
  await expect(advice(page)).toContainText('Tell us how your back is the morning after');

  // Day 3: the morning question first; settled, but stage 1 done once: hold.
  await visitOn(page, day(3));
  await answerMorning(page, { pain: 1, vs: 'same', leg: 'no' });
  await expect(advice(page)).toContainText('Repeat this stage next time');
  await expect(advice(page)).toContainText('You have done this stage once.');

  // Day 4: stage 1 again, pain 3. Day 5: settled, done twice: move on to stage 2.
  await visitOn(page, day(4));
  await logRun(page, { pain: 3 });
  await visitOn(page, day(5));
  await answerMorning(page, { pain: 0, vs: 'better', leg: 'no' });
  await expect(advice(page)).toContainText('Move on next time');
  await expect(advice(page)).toContainText('Your pain stayed at 3 out of 10 or less');
  await expect(advice(page)).toContainText('Stage 2: Walk 3 min, run 2 min');

  // Day 6: stage 2 (suggested), pain 4. Day 7: hold at stage 2.
  await visitOn(page, day(6));
  await expect(page.getByLabel('What you did')).toHaveValue('2');
  await logRun(page, { pain: 4 });
  await visitOn(page, day(7));
  await answerMorning(page, { pain: 2, vs: 'same', leg: 'no' });
  await expect(advice(page)).toContainText('Repeat this stage next time');
  await expect(advice(page)).toContainText('Your pain reached 4 or 5 out of 10');

  // Day 8: stage 2, pain 7. Day 9: worse, and the leg: step back after a rest day, and
  // take the check again.
  await visitOn(page, day(8));
  await logRun(page, { pain: 7 });
  await visitOn(page, day(9));
  await answerMorning(page, { pain: 5, vs: 'worse', leg: 'yes' });
  await expect(advice(page)).toContainText('Step back one stage');
  await expect(advice(page)).toContainText('Your pain went above 5 out of 10');
  await expect(advice(page)).toContainText('Take the symptom check again');
  await expect(advice(page)).toContainText('Rest for a day first.');
  await expect(advice(page)).toContainText('Stage 1: Walk 4 min, run 1 min');

  // The runs, as stored: four, each with its morning.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DATA_KEY));
  expect(stored.version).toBe(4);
  expect(stored.runs.map((r) => [r.stage, r.pain, r.morning?.vs])).toEqual([
    [1, 2, 'same'], [1, 3, 'better'], [2, 4, 'same'], [2, 7, 'worse'],
  ]);
});

test('the load guard warns before a longer run and flags one logged', async ({ page }) => {
  const doc = {
    ...START,
    runs: [
      { id: 1, date: '2026-11-01', time: '07:00', stage: null, minutes: 20, metres: 3000, pain: 1, morning: { pain: 0, vs: 'same', leg: false } },
    ],
  };
  await seed(page, doc, day(3));
  // After a 20-minute free run the most within a tenth is 22 minutes or 3.3 km.
  await expect(advice(page)).toContainText('at most 22 min or 3.3 km');
  const warning = page.locator('#run-guard');
  await expect(warning).toBeHidden();
  await page.getByLabel('What you did').selectOption('');
  await page.getByLabel('Minutes (optional)').fill('22');
  await expect(warning).toBeHidden();
  await page.getByLabel('Minutes (optional)').fill('30');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('more than a tenth longer');
  await logRun(page, { pain: 1 });
  await expect(coach(page).locator('.guard-flag')).toHaveCount(1);
  await expect(coach(page).locator('.runs-table tbody tr').first()).toContainText('Over a tenth longer');
});

/** A GPX file: `n` points due north, 0.0018 degrees (about 200 m) and 72 s apart. */
function gpx(n = 26, { type = 'running', start = Date.UTC(2026, 10, 3, 7, 0), step = 0.0018 } = {}) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const time = new Date(start + i * 72_000).toISOString();
    pts.push(`<trkpt lat="${(51.5 + i * step).toFixed(6)}" lon="-0.1"><ele>10</ele><time>${time}</time></trkpt>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>Morning run</name><type>${type}</type><trkseg>${pts.join('\n')}</trkseg></trk></gpx>`;
}

/** A TCX file with two laps: 15 min 2.5 km and 16 min 2.6 km. */
function tcx(sport = 'Running') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="${sport}"><Id>2026-11-04T17:10:00Z</Id>
<Lap StartTime="2026-11-04T17:10:00Z"><TotalTimeSeconds>900</TotalTimeSeconds><DistanceMeters>2500</DistanceMeters>
<Track><Trackpoint><Time>2026-11-04T17:10:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint></Track></Lap>
<Lap StartTime="2026-11-04T17:25:00Z"><TotalTimeSeconds>960.0</TotalTimeSeconds><DistanceMeters>2600.0</DistanceMeters></Lap>
</Activity></Activities></TrainingCenterDatabase>`;
}

async function choose(page, name, text) {
  await page.getByLabel('Or fill in the time and distance from a watch or phone file').setInputFiles({
    name, mimeType: 'application/octet-stream', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
}

test('GPX and TCX files fill in the run offline; hostile files change nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page, START, day(5));
  const minutes = page.getByLabel('Minutes (optional)');
  const km = page.getByLabel('Distance in km (optional)');
  const date = page.getByLabel('Date', { exact: true });
  const status = page.locator('.run-coach-host + .coach-status');

  await choose(page, 'run.gpx', gpx());
  await expect(status).toContainText('Filled in from the file: 30 min');
  await expect(minutes).toHaveValue('30');
  // 25 steps of 0.0018 degrees north: about 5 km.
  expect(Number(await km.inputValue())).toBeGreaterThan(4.95);
  expect(Number(await km.inputValue())).toBeLessThan(5.05);
  await expect(date).toHaveValue('2026-11-03');

  await choose(page, 'run.tcx', tcx());
  await expect(status).toContainText('Filled in from the file: 31 min, 5.1 km');
  await expect(minutes).toHaveValue('31');
  await expect(km).toHaveValue('5.1');
  await expect(date).toHaveValue('2026-11-04');

  // Hostile or wrong files: a message, and the form as it was.
  const hostile = [
    ['huge.gpx', Buffer.alloc(8 * 1024 * 1024 + 1, 32), 'too big'],
    ['broken.gpx', gpx().slice(0, 400), 'damaged or cut short'],
    ['laughs.gpx', '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gpx>&b;</gpx>', 'document type declaration'],
    ['deep.gpx', `<gpx>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</gpx>`, 'nested too deeply'],
    ['ride.gpx', gpx(26, { type: 'cycling' }), 'another sport'],
    ['ride.tcx', tcx('Biking'), 'another sport'],
    ['notes.gpx', 'just some text', 'not a GPX or TCX file'],
    ['empty.gpx', '<gpx version="1.1"><trk><trkseg></trkseg></trk></gpx>', 'no times and distance'],
    ['car.gpx', gpx(26, { step: 0.01 }), 'too fast'],
  ];
  for (const [name, body, message] of hostile) {
    await choose(page, name, body);
    await expect(status, name).toContainText(message);
    await expect(status, name).toContainText('Nothing was changed.');
    await expect(minutes, name).toHaveValue('31');
    await expect(km, name).toHaveValue('5.1');
  }
  // Nothing was saved by any file.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), DATA_KEY));
  expect(stored.runs).toEqual([]);
  // The filled form saves as a run with the file's time and distance.
  await logRun(page, { pain: 2, stage: '' });
  await expect(coach(page).locator('.runs-table tbody tr').first()).toContainText('31 min, 5.1 km');
});

test('runs are kept through a reload, in a second tab and through export and import', async ({ page, context }) => {
  test.setTimeout(90_000);
  await seed(page, START, day(2));
  await logRun(page, { pain: 2, minutes: 28, km: '3.5' });
  await page.reload();
  await appReady(page);
  await expect(coach(page).locator('.runs-table tbody tr')).toHaveCount(1);

  // A second tab sees the run, logs one from the diary, and the first tab sees both.
  const other = await context.newPage();
  await other.clock.setFixedTime(day(4));
  await open(other, 'diary');
  await expect(other.locator('.runs-table tbody tr')).toHaveCount(1);
  await logRun(other, { pain: 1 });
  await expect(coach(page).locator('.runs-table tbody tr')).toHaveCount(2);
  await other.close();

  // Export, delete everything, import: the runs come back with their numbers.
  const download = await downloadBackup(page);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text).runs).toHaveLength(2);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await importBackup(page, { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await open(page, 'plan');
  await expect(coach(page).locator('.runs-table tbody tr')).toHaveCount(2);
  await expect(coach(page)).toContainText('28 min, 3.5 km');
});

test('the physio summary shows the runs and the advice, and the runs CSV has them', async ({ page }) => {
  const doc = {
    ...START,
    runs: [
      { id: 1, date: '2026-11-01', time: '07:00', stage: 3, minutes: 30, metres: 4200, pain: 2, morning: { pain: 1, vs: 'same', leg: false } },
      { id: 2, date: '2026-11-03', time: '18:15', stage: null, minutes: 45, metres: null, pain: 6, morning: { pain: 4, vs: 'worse', leg: true } },
    ],
  };
  await seed(page, doc, day(5));
  await open(page, 'summary');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Return to running' }) });
  await expect(section).toContainText('Step back one stage');
  await expect(section).toContainText('Tingling, numbness or pain came back in your leg.');
  await expect(section.locator('.runs-table tbody tr')).toHaveCount(2);
  await expect(section.locator('.guard-flag')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the runs (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('backtrack-runs-2026-11-05.csv');
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = text.trimEnd().split('\r\n');
  expect(rows[0]).toBe('Date,Time,Stage,Minutes,Distance (km),Pain during (0 to 10),Next morning pain (0 to 10),Next morning,Leg symptoms back,Load guard');
  expect(rows[1]).toBe('2026-11-01,07:00,3,30,4.2,2,1,The same as before,No,');
  expect(rows[2]).toBe('2026-11-03,18:15,Free run,45,,6,4,Stiffer or sorer than before,Yes,Over a tenth longer than the longest run of the 30 days before');
});

test('no running is offered after a bone-stress sign, and it says why', async ({ page }) => {
  const { CALM_SAFETY } = await import('./questionnaire.mjs');
  const doc = {
    ...START,
    check: { answers: { ...CALM_SAFETY, rf_hop_pain: 'yes' }, finished: true },
    runs: [{ id: 1, date: '2026-11-01', time: '07:00', stage: 2, minutes: null, metres: null, pain: 1, morning: null }],
  };
  await seed(page, doc, day(3));
  await expect(advice(page)).toContainText('No running for now');
  await expect(advice(page)).toContainText('stress fracture');
  await expect(page.getByRole('button', { name: 'Save the run' })).toHaveCount(0);
  await open(page, 'diary');
  await expect(page.getByRole('button', { name: 'Save the run' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark']) {
  test(`the coach, the morning question and the diary's coach pass axe at 320 px (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 800 });
    const doc = {
      ...START,
      runs: [
        { id: 1, date: '2026-11-01', time: '07:00', stage: 1, minutes: 20, metres: 2000, pain: 2, morning: { pain: 1, vs: 'same', leg: false } },
        { id: 2, date: '2026-11-02', time: '07:00', stage: 1, minutes: 40, metres: null, pain: 3, morning: null },
      ],
    };
    await seed(page, doc, day(3));
    await expect(page.locator('.morning-check')).toBeVisible();
    // With the error summaries showing too.
    await page.getByRole('button', { name: 'Save and see the advice' }).click();
    await page.getByRole('button', { name: 'Save the run' }).click();
    await expect(page.locator('#run-errors li')).toHaveCount(1);
    for (const label of ['plan with the coach', 'diary with the coach', 'progress with weekly running']) {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary, `axe violations on ${label}`).toEqual([]);
      if (label === 'plan with the coach') await open(page, 'diary');
      if (label === 'diary with the coach') {
        await open(page, 'progress');
        for (const d of await page.locator('details.chart-table').all()) await d.locator('summary').click();
      }
    }
  });
}
