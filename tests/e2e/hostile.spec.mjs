// Hostile input: text a runner (or a file, or a URL) supplies is shown as text and runs
// nothing, in the diary, through export and import, in the route and in the embed's club
// name. Every test also fails on any console error, panic or foreign request (fixtures.mjs),
// and the CSP would report an inline handler that ran; the checks below look for the markup
// itself, so they would fail even without the CSP.
import { readFile } from 'node:fs/promises';
import { test, expect, appReady, downloadBackup, importBackup } from './fixtures.mjs';

// Markup that would run script or add elements if it were ever parsed as HTML.
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3"></svg>',
  '<a href="javascript:window.__pwned=4">click</a> & &amp; &lt;b&gt;',
];

async function open(page, hash) {
  await page.goto(`/#/${hash}`);
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await appReady(page);
}

async function addEntry(page, note, km = null) {
  await open(page, 'diary');
  await page.locator('label[for="diary-pain-3"]').click();
  await page.getByLabel('Note (optional)').fill(note);
  if (km !== null) {
    await page.getByLabel('I went for a run').check();
    await page.getByLabel('How far, in km (optional)').fill(km);
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
}

/** Nothing ran, and no element a hostile string could have added is in the page. */
async function expectInert(page, scope = 'main') {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const main = page.locator(scope);
  await expect(main.locator('img, script, svg[onload], a[href^="javascript:"]')).toHaveCount(0);
}

test('hostile diary notes are stored and shown as text, and survive export and import as text', async ({ page, browser, baseURL }) => {
  for (const note of HOSTILE) {
    await addEntry(page, note);
    await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  }
  await page.reload();
  await appReady(page);
  const shown = page.locator('.diary-note');
  await expect(shown).toHaveCount(HOSTILE.length);
  // Newest first.
  await expect(shown).toHaveText([...HOSTILE].reverse());
  await expectInert(page, '.diary-list, main');

  const download = await downloadBackup(page);
  const fresh = await browser.newContext({ baseURL });
  const page2 = await fresh.newPage();
  await importBackup(page2, await download.path());
  await open(page2, 'diary');
  await expect(page2.locator('.diary-note')).toHaveText([...HOSTILE].reverse());
  await expectInert(page2);
  await fresh.close();
});

test('an RTL override pasted into a note is taken out, so the note saves, exports and imports', async ({ page, browser, baseURL }) => {
  // U+202E would show "evil.exe" for "exe.live"; U+2066 is an invisible isolate.
  await addEntry(page, 'sore after \u202Eexe.live\u2066 hills');
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  await expect(page.locator('.diary-note')).toHaveText('sore after exe.live hills');
  const stored = await page.evaluate(() => localStorage.getItem('backtrack.data'));
  expect(stored).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

  const download = await downloadBackup(page);
  const fresh = await browser.newContext({ baseURL });
  const page2 = await fresh.newPage();
  await importBackup(page2, await download.path(), { replace: false });
  await open(page2, 'diary');
  await expect(page2.locator('.diary-note')).toHaveText('sore after exe.live hills');
  await fresh.close();
});

test('hostile notes are text on the summary page and in its CSV file', async ({ page }) => {
  for (const note of HOSTILE) {
    await addEntry(page, note);
    await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  }
  await open(page, 'summary');
  const notes = page.locator('.diary-table tbody tr');
  await expect(notes).toHaveCount(HOSTILE.length);
  // The table shortens long notes (the CSV has them in full), so compare their start.
  for (const note of HOSTILE) await expect(page.locator('.diary-table')).toContainText(note.slice(0, 40));
  await expectInert(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the pain diary (CSV)' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  // The markup is in the file as written (quoted where it holds quotes), never changed.
  for (const note of HOSTILE) expect(csv).toContain(note.replaceAll('"', '""'));
});

test('a very long note is kept to 1000 characters and wraps inside a phone-width screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const word = 'x'.repeat(1500); // one unbroken "word", the worst case for wrapping
  await addEntry(page, word);
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved.' })).toBeVisible();
  await expect(page.locator('.diary-note')).toHaveText('x'.repeat(1000));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('hostile text in the distance field is refused with a message, and shown nowhere as markup', async ({ page }) => {
  await addEntry(page, '', HOSTILE[0]);
  await expect(page.getByRole('alert')).toContainText('distance');
  await expect(page.locator('.diary-entry')).toHaveCount(0);
  await expectInert(page);
});

for (const path of [
  'causes/<img src=x onerror="window.__pwned=1">',
  'exercises/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'causes/../../data',
  'exercises/' + 'a'.repeat(5000),
]) {
  test(`a hostile route (${path.slice(0, 30)}…) shows the not-found page with the path as text`, async ({ page }) => {
    await page.goto(`/#/${path}`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
    await expect(page.locator('code.path')).toContainText(decodeURIComponent(path).slice(0, 20));
    await expectInert(page);
  });
}

test('hostile data planted in storage is read as text or set aside, never run', async ({ page }) => {
  await open(page, '');
  const doc = {
    app: 'backtrack', version: 2,
    check: { answers: { '<img src=x onerror=window.__pwned=1>': 'yes', rf_saddle_numbness: '<b>no</b>' }, finished: true },
    diary: [{ id: 1, date: '2026-11-20', time: '08:00', pain: 2, note: HOSTILE[2], ran: false }],
  };
  await page.evaluate((v) => localStorage.setItem('backtrack.data', v), JSON.stringify(doc));
  for (const hash of ['diary', 'result', 'progress', 'plan', 'data']) {
    await page.goto(`/#/${hash}`);
    await page.reload();
    await appReady(page);
    await expectInert(page);
  }
});

test('a hostile club name in the embed URL is shown as text', async ({ page }) => {
  const club = encodeURIComponent('<img src=x onerror="window.__pwned=1">Riverside');
  await page.goto(`/?embed=1&club=${club}#/`);
  await appReady(page);
  await expect(page.locator('header')).toContainText('<img src=x');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('header img')).toHaveCount(0);
});

test('messages posted to the app by another window change nothing', async ({ page }) => {
  await open(page, 'causes');
  const before = await page.locator('main').innerHTML();
  await page.evaluate((hostile) => {
    for (const data of [hostile, { type: 'backtrack:navigate', route: '#/data' },
      { type: 'backtrack:height', height: 1 }, { html: hostile }]) {
      window.postMessage(data, '*');
    }
  }, HOSTILE[0]);
  await page.waitForTimeout(300);
  expect(new URL(page.url()).hash).toBe('#/causes');
  expect(await page.locator('main').innerHTML()).toBe(before);
  await expectInert(page);
});
