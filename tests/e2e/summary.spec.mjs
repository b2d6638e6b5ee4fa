// "Show my physio": the summary page with a seeded check, plan, sessions and diary; the
// print rendering (Chromium's PDF of the print media: at most two A4 pages, with the
// result); the CSV files (downloaded, and handed to a stubbed Web Share API) parse back to
// the seeded rows, with commas, quotes and new lines in notes.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';
import { CALM_SAFETY } from './questionnaire.mjs';

const DATA_KEY = 'backtrack.data';

/** A local calendar day `n` days ago, as `YYYY-MM-DD` (the app uses the local day). */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const two = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

// Calm answers to every safety question but a "not sure" to a routine warning sign, and a
// muscle strain picture.
const ANSWERS = {
  ...CALM_SAFETY,
  rf_not_improving: 'not_sure',
  onset: 'choice:0',
  spasm: 'yes',
  sharp_then_ache: 'yes',
  one_sided: 'yes',
  tender_spot: 'yes',
  leg: 'no',
  worse_extension: 'no',
  worse_flexion: 'yes',
};

// Notes a spreadsheet must get back exactly: commas, quotes, new lines, non-ASCII.
const DIARY = [
  { id: 11, date: daysAgo(9), time: '07:30', pain: 6, note: 'Sore, stiff, then better', ran: false, metres: null },
  { id: 12, date: daysAgo(7), time: '21:05', pain: 5, note: 'Physio said "rest", so I did', ran: true, metres: 5200 },
  { id: 13, date: daysAgo(4), time: '08:00', pain: 4, note: 'Line one\nline two, with a comma\nline "three"', ran: false, metres: null },
  { id: 14, date: daysAgo(2), time: '18:45', pain: 3, note: 'Café – £5 😀', ran: true, metres: 3000 },
  { id: 15, date: daysAgo(1), time: '12:00', pain: 2, note: '', ran: false, metres: null },
];

const SESSIONS = [
  { id: 21, date: daysAgo(8), time: '09:00', cause: 'muscular', phase: 'mobilise',
    done: ['cat-camel', 'lumbar-rotation'], skipped: [], before: 5, after: 4 },
  { id: 22, date: daysAgo(3), time: '09:15', cause: 'muscular', phase: 'mobilise',
    done: ['cat-camel'], skipped: ['lumbar-rotation'], before: null, after: 3 },
];

const DOC = {
  app: 'backtrack',
  version: 2,
  check: { answers: ANSWERS, finished: true },
  plan: { cause: 'muscular', from: 'check', phase: 'mobilise', started: daysAgo(12), since: daysAgo(9) },
  sessions: SESSIONS,
  diary: DIARY,
};

/** Starts the app on the summary page with the seeded document. */
async function seedSummary(page, doc = DOC) {
  await page.goto('/#/');
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, JSON.stringify(doc)]);
  await page.goto('/#/summary');
  await page.reload();
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Show my physio' })).toBeVisible();
}

/** A small RFC 4180 reader: rows of fields (a leading byte order mark is skipped). */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { /* the \n ends the row */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  expect(quoted, 'unterminated quote').toBe(false);
  expect(field === '' && row.length === 0, 'the last row ends with a line end').toBe(true);
  return rows;
}

const km = (m) => (m === null ? '' : String(m / 1000));

const DIARY_ROWS = [
  ['Date', 'Time', 'Pain (0 to 10)', 'Ran', 'Distance (km)', 'Note'],
  ...DIARY.map((e) => [e.date, e.time, String(e.pain), e.ran ? 'Yes' : 'No', km(e.metres), e.note]),
];

async function sessionRows(page) {
  // Exercise names as the app shows them (from the exercise pages).
  const names = {};
  for (const slug of ['cat-camel', 'lumbar-rotation']) {
    await page.goto(`/#/exercises/${slug}`);
    names[slug] = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  }
  return [
    ['Date', 'Time', 'Cause', 'Phase', 'Exercises done', 'Exercises skipped', 'Pain before (0 to 10)', 'Pain after (0 to 10)'],
    ...SESSIONS.map((s) => [s.date, s.time, 'Muscle strain', 'Phase 2: Mobilise',
      s.done.map((x) => names[x]).join('; '), s.skipped.map((x) => names[x]).join('; '),
      s.before === null ? '' : String(s.before), s.after === null ? '' : String(s.after)]),
  ];
}

test('the summary shows the answers, the result, the plan and the diary', async ({ page }) => {
  await seedSummary(page);
  await expect(page).toHaveTitle('Show my physio · Backtrack');
  const main = page.locator('main');
  await expect(main.locator('.self-reported')).toContainText('self-reported');
  await expect(main.locator('.self-reported')).toContainText('not a diagnosis');
  // The result with its reasons.
  const result = main.locator('section[aria-labelledby="summary-result"]');
  // "Not sure" to a routine warning sign: get it checked soon, and the plan may go on.
  await expect(result.getByRole('heading', { level: 3, name: 'Get it checked soon' })).toBeVisible();
  // What the runner was advised, in the clinician's words.
  await expect(result.locator('.action')).toHaveText('Advised to see a GP or physiotherapist soon. The gentle home plan may continue meanwhile if it does not make things worse.');
  await expect(result).not.toContainText('Book an appointment');
  await expect(result.locator('.summary-urgency li')).toHaveText(['Your back is no better after about 6 weeks of sensible self-care.']);
  // In the clinician's words, not the runner's.
  await expect(result).toContainText('At least one warning sign was answered "not sure". It is counted as present.');
  await expect(result).not.toContainText('We count that as a yes');
  const first = result.locator('.summary-causes li').first();
  await expect(first).toContainText('Muscle strain – Most likely');
  for (const reason of ['it started while you were bending and twisting or reaching to one side',
    'your back muscles suddenly tightened or locked up', 'it was sharp at first and is now more of a dull ache',
    'it is mainly on one side', 'one spot hurts when you press on it']) {
    await expect(first).toContainText(reason);
  }
  // The answers, grouped, in plain words.
  const answers = main.locator('section[aria-labelledby="summary-answers"]');
  const groups = await answers.locator('h3').allTextContents();
  expect(groups).toEqual(['Warning signs asked', 'How it started and how it feels', 'What makes it worse or better', 'When running']);
  const answerTo = (question) => answers.locator('dl div').filter({ has: page.locator('dt', { hasText: question }) }).locator('dd');
  await expect(answerTo('Does bending forwards make it worse?')).toHaveText('Yes');
  await expect(answerTo('Does leaning or arching backwards make it worse?')).toHaveText('No');
  await expect(answerTo('How did this pain start?')).toHaveText('Suddenly, while bending and twisting or reaching to one side');
  await expect(answerTo('Is running downhill worse than running on the flat?')).toHaveText('Not answered');
  // Every safety question shown is listed: those with a calm answer (the follow-ups a calm
  // answer keeps hidden were not asked).
  const safety = answers.locator('dl').first().locator('dt');
  await expect(safety).toHaveCount(Object.keys(CALM_SAFETY).length);
  await expect(answerTo('Does either of your legs feel weak?')).toHaveText('No, neither leg feels weak');
  await expect(answerTo('How old are you?')).toHaveText('20 to 50');
  await expect(answerTo('Has that morning stiffness gone on for 3 months or more?')).toHaveCount(0);
  await expect(answerTo('Is this the first time you have ever had back pain?')).toHaveCount(0);
  await expect(answers.locator('.flagged dt')).toHaveText(['Have you looked after your back sensibly for about 6 weeks with no real improvement?']);
  await expect(answers.locator('.flagged dd')).toHaveText(['Not sure']);
  // Leg questions were not asked ("no" to leg symptoms), so they are not listed.
  await expect(answers).not.toContainText('Do the feelings go below your knee?');
  // The plan and exercises.
  const plan = main.locator('section[aria-labelledby="summary-plan"]');
  await expect(plan).toContainText('Phase 2: Mobilise');
  await expect(plan).toContainText('Muscle strain (from the symptom check)');
  await expect(plan.locator('dl div').filter({ hasText: 'Sessions logged' }).locator('dd')).toHaveText('2');
  await expect(plan.locator('tbody tr')).toHaveCount(2);
  // Each exercise with its dose, and how often it was done and skipped.
  await expect(plan.locator('tbody tr').first().locator('td')).toHaveText([/\d/, '2', '0']);
  await expect(plan.locator('dl div').filter({ hasText: 'Pain before and after sessions' }).locator('dd')).toHaveText(/before, .* after \(average of \d+\)/);
  // The chart and the latest entries, newest first, with dates and notes as text.
  await expect(main.locator('.pain-chart:not(.wide) svg .pain-point')).toHaveCount(DIARY.length);
  await expect(main.locator('.pain-chart:not(.wide) svg .session-mark')).toHaveCount(SESSIONS.length);
  const rows = main.locator('.diary-table tbody tr');
  await expect(rows).toHaveCount(DIARY.length);
  await expect(rows.first().locator('th')).toHaveText(DIARY[4].date);
  await expect(rows.nth(1).locator('td')).toHaveText(['18:45', '3', 'Yes, 3 km', 'Café – £5 😀']);
  await expect(rows.nth(3).locator('td').last()).toHaveText('Physio said "rest", so I did');
  await expect(main.locator('.diary-table caption')).toHaveText('The latest diary entries, newest first');
  // Reached from the plan pages' navigation.
  await page.goto('/#/progress');
  await page.getByRole('navigation', { name: 'My plan' }).getByRole('link', { name: 'Show my physio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Show my physio' })).toBeFocused();
});

test('the summary passes axe with data, in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  // With pain and function too: the baseline, the changes, the chart and the scores.
  const outcomes = {
    baseline: { date: daysAgo(14), now: 6, worst: 8, lasted: 'days', onset: null, side: 'right',
      before: null, current: null },
    activities: ['Run 5 km'],
    ratings: [{ date: daysAgo(14), now: 6, worst: 8, scores: [{ activity: 'Run 5 km', score: 2 }] },
      { date: daysAgo(0), now: 5, worst: 6, scores: [{ activity: 'Run 5 km', score: 3 }] }],
    snoozed: null,
  };
  await seedSummary(page, { ...DOC, version: 4, runs: [], outcomes });
  await expect(page.locator('.outcome-chart')).toBeVisible();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // The reduced-motion rule still leaves 0.01 ms transitions, which finish on the next
    // frames: let the new colours land before measuring them.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found, colorScheme).toEqual([]);
  }
});

test('printing gives at most two A4 pages with the result and the chart, without the app chrome', async ({ page }) => {
  await seedSummary(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // The print rendering: no navigation or buttons, the result and the chart shown, black on white.
  for (const hidden of ['header.site-header', 'footer.site-footer', '.progress-nav', '.summary-actions', '.chart-table']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'Get it checked soon' })).toBeVisible();
  await expect(page.getByText('Advised to see a GP or physiotherapist soon.')).toBeVisible();
  await expect(page.locator('.pain-chart.wide svg')).toBeVisible();
  await expect(page.locator('.diary-table')).toBeVisible();
  const colours = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.querySelector('main .self-reported')).color,
  }));
  expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
  // Chromium's own PDF of the print media.
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
  // A4 is 595 × 842 points.
  const box = pdf.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(box, 'a media box').not.toBeNull();
  expect(Math.round(Number(box[3]))).toBe(595);
  expect(Math.round(Number(box[4]))).toBe(842);
});

/** The number of pages of Chromium's PDF of the page as printed on A4. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

test('a full summary still prints on two pages', async ({ page }) => {
  // Leg symptoms (more questions), three causes, and ten entries with long notes. (Leg
  // weakness is asked with the safety questions: "No, neither leg feels weak" from ANSWERS.)
  const answers = { ...ANSWERS, leg: 'yes', pain_below_knee: 'yes', pain_whole_leg: 'no', leg_dominant: 'no',
    pins_needles: 'yes', tingling_after_sitting: 'yes', numbness_leg: 'no', burning_leg: 'no',
    worse_downhill: 'yes', leg_dragging: 'no', power_loss: 'no', recurrent_running: 'yes', vague_tightness: 'no',
    pain_stretch_away: 'yes', pain_buttock: 'yes', pain_upper_hamstring: 'no', worse_sitting: 'yes',
    worse_sit_to_stand: 'yes', worse_standing: 'no', worse_cough_sneeze: 'yes' };
  const long = 'A long note about how my back felt today, after work and a short run, with commas, "quotes" and more. '.repeat(3);
  const diary = Array.from({ length: 16 }, (_, i) => ({ id: 100 + i, date: daysAgo(20 - i), time: '08:00',
    pain: i % 11, note: long, ran: i % 2 === 0, metres: i % 2 === 0 ? 10550 : null }));
  // A full record: outcomes with a baseline and four weekly ratings of three activities.
  const scores = (a, b, c) => [{ activity: 'Run 5 km', score: a }, { activity: 'Sit through a film', score: b },
    { activity: 'Put on socks', score: c }];
  const outcomes = {
    baseline: { date: daysAgo(21), now: 6, worst: 8, lasted: '1-6-weeks', onset: daysAgo(40), side: 'left',
      before: { amount: 30, unit: 'km' }, current: { amount: 0, unit: 'km' } },
    activities: ['Run 5 km', 'Sit through a film', 'Put on socks'],
    ratings: [21, 14, 7, 0].map((n, i) => ({ date: daysAgo(n), now: 6 - i, worst: 8 - i, scores: scores(2 + i, 4 + i, 5 + i) })),
    snoozed: null,
  };
  await seedSummary(page, { ...DOC, version: 4, runs: [], check: { answers, finished: true }, diary, outcomes });
  // The newest notes whole, as many as fit; the rest are in the diary file.
  const notes = page.locator('.diary-table tbody td.note');
  await expect(notes.first()).toHaveText(long);
  expect(await notes.count()).toBeGreaterThanOrEqual(2);
  for (const note of await notes.allTextContents()) expect(note).toBe(long);
  await expect(page.locator('section[aria-labelledby="summary-diary"]')).toContainText('Older entries are left out here');
  // Every group of answers is there, the safety questions shown in full on screen.
  const answersSection = page.locator('section[aria-labelledby="summary-answers"]');
  await expect(answersSection.locator('h3')).toHaveText(['Warning signs asked', 'How it started and how it feels',
    'Leg symptoms', 'What makes it worse or better', 'When running']);
  await expect(answersSection.locator('dl').first().locator('dt')).toHaveCount(Object.keys(CALM_SAFETY).length);
  await expect(page.locator('.summary-causes li')).toHaveCount(3);
  await expect(page.locator('table.outcome-table tbody tr')).toHaveCount(4);
  const pages = await printedPages(page);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

test('the CSV downloads parse back to the same rows', async ({ page }) => {
  await seedSummary(page);
  const [diary] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the pain diary (CSV)' }).click(),
  ]);
  expect(diary.suggestedFilename()).toMatch(/^backtrack-diary-\d{4}-\d\d-\d\d\.csv$/);
  const diaryText = await readFile(await diary.path(), 'utf8');
  expect(diaryText.charCodeAt(0)).toBe(0xfeff);
  expect(parseCsv(diaryText)).toEqual(DIARY_ROWS);
  const [sessions] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the sessions (CSV)' }).click(),
  ]);
  expect(sessions.suggestedFilename()).toMatch(/^backtrack-sessions-\d{4}-\d\d-\d\d\.csv$/);
  const sessionsText = await readFile(await sessions.path(), 'utf8');
  expect(parseCsv(sessionsText)).toEqual(await sessionRows(page));
});

test('a note a spreadsheet would run as a formula is written as text', async ({ page }) => {
  const doc = { ...DOC, diary: [{ ...DIARY[0], note: '=HYPERLINK("http://example.com","x")' }] };
  await page.goto('/#/');
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, JSON.stringify(doc)]);
  await page.goto('/#/summary');
  await page.reload();
  const [diary] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the pain diary (CSV)' }).click(),
  ]);
  const rows = parseCsv(await readFile(await diary.path(), 'utf8'));
  expect(rows[1][5]).toBe('\'=HYPERLINK("http://example.com","x")');
});

/** Stubs the Web Share API: files are recorded, and `share` does what `outcome` says. */
async function stubShare(page, outcome) {
  await page.addInitScript((outcome) => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
    navigator.share = async (data) => {
      for (const f of data.files) window.__shared.push({ name: f.name, type: f.type, text: await f.text() });
      if (outcome === 'cancel') throw new DOMException('Share canceled', 'AbortError');
      if (outcome === 'fail') throw new DOMException('Share failed', 'NotAllowedError');
    };
  }, outcome);
}

test('where the browser can share files, the CSV goes to the share sheet', async ({ page }) => {
  await stubShare(page, 'ok');
  let downloads = 0;
  page.on('download', () => downloads++);
  await seedSummary(page);
  await page.getByRole('button', { name: 'Share the pain diary (CSV)' }).click();
  await page.getByRole('button', { name: 'Share the sessions (CSV)' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(2);
  const shared = await page.evaluate(() => window.__shared);
  expect(shared[0].name).toMatch(/^backtrack-diary-\d{4}-\d\d-\d\d\.csv$/);
  expect(shared[0].type).toBe('text/csv');
  expect(parseCsv(shared[0].text)).toEqual(DIARY_ROWS);
  expect(shared[1].name).toMatch(/^backtrack-sessions-\d{4}-\d\d-\d\d\.csv$/);
  expect(parseCsv(shared[1].text)).toEqual(await sessionRows(page));
  expect(downloads).toBe(0);
});

test('closing the share sheet does nothing more; a failed share downloads instead', async ({ browser, baseURL }) => {
  for (const outcome of ['cancel', 'fail']) {
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await stubShare(page, outcome);
    let downloads = 0;
    page.on('download', () => downloads++);
    await seedSummary(page);
    await page.getByRole('button', { name: 'Share the pain diary (CSV)' }).click();
    await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
    if (outcome === 'fail') {
      await expect.poll(() => downloads).toBe(1);
    } else {
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  }
});

test('printed, the summary reads as a clinical summary', async ({ page }) => {
  const outcomes = {
    baseline: { date: daysAgo(14), now: 6, worst: 8, lasted: '6-12-weeks', onset: null, side: 'both',
      before: { amount: 180, unit: 'minutes' }, current: null },
    activities: ['Run 5 km'],
    ratings: [{ date: daysAgo(14), now: 6, worst: 8, scores: [{ activity: 'Run 5 km', score: 2 }] },
      { date: daysAgo(0), now: 3, worst: 4, scores: [{ activity: 'Run 5 km', score: 6 }] }],
    snoozed: null,
  };
  await seedSummary(page, { ...DOC, version: 4, runs: [], outcomes });
  const main = page.locator('main');
  // Pain and function, baseline against now, with what the change means.
  const section = main.locator('section[aria-labelledby="summary-outcomes"]');
  await expect(section.getByRole('heading', { level: 2, name: 'Pain and function' })).toBeVisible();
  await expect(section.locator('.baseline-facts')).toContainText('6 to 12 weeks');
  await expect(section.locator('.baseline-facts')).toContainText('Both sides');
  await expect(section.locator('.baseline-facts')).toContainText('180 minutes a week');
  await expect(section.locator('.outcome-changes')).toContainText('Pain now: 6 on');
  await expect(section.locator('.outcome-changes')).toContainText('(-3): a real improvement.');
  await expect(section.locator('.outcome-changes')).toContainText('Run 5 km: 2 on');
  await expect(section.locator('.outcome-changes')).toContainText('(+4): a real improvement.');
  // The warning signs in one line; exercises with their dose; pain around sessions.
  await expect(main.locator('.warning-line')).toHaveText(/^\d+ of \d+ warning signs answered no\.$/);
  const counts = main.locator('.warning-line').textContent();
  const [no, asked] = (await counts).match(/\d+/g).map(Number);
  expect(no).toBe(asked - 1);
  await expect(main.locator('.warning-flagged li')).toHaveCount(1);
  await expect(main.locator('.warning-flagged li')).toContainText('Not sure');
  await expect(main.locator('table.compact').first().locator('th')).toContainText(['Exercise', 'Dose']);
  // Printed: the clinical title, lines to write the name and date of birth, no screen title,
  // the warning signs as the one line only.
  await page.emulateMedia({ media: 'print' });
  await expect(main.locator('.print-title')).toHaveText('Back pain summary for your physiotherapist or GP');
  await expect(main.locator('.write-in span')).toHaveText(['Name', 'Date of birth']);
  await expect(main.locator('h1')).toBeHidden();
  await expect(main.locator('.answer-group.safety')).toBeHidden();
  await expect(main.locator('.warning-line')).toBeVisible();
  // The pain chart drawn across the page: the wide drawing, as wide as the text.
  await expect(main.locator('.pain-chart:not(.wide)')).toBeHidden();
  const chart = await main.locator('.pain-chart.wide svg').boundingBox();
  const text = await main.locator('.self-reported').boundingBox();
  expect(chart.width).toBeGreaterThan(text.width * 0.95);
  await page.emulateMedia({ media: 'screen' });
  await expect(main.locator('.pain-chart.wide')).toBeHidden();
  await expect(main.locator('.pain-chart:not(.wide)')).toBeVisible();
  await expect(main.locator('.print-title')).toBeHidden();
  await expect(main.locator('.answer-group.safety')).toBeVisible();
  // The scores as a spreadsheet file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the scores (CSV)' }).click(),
  ]);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows[0]).toEqual(['Date', 'Pain now (0-10)', 'Worst pain in the last 7 days (0-10)', 'Activity', 'Score (0 unable - 10 as before)']);
  expect(rows.slice(1).filter((r) => r.length > 1)).toEqual([
    [daysAgo(14), '6', '8', 'Run 5 km', '2'],
    [daysAgo(0), '3', '4', 'Run 5 km', '6'],
  ]);
});
