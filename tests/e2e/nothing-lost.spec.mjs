// Nothing lost, ever: the seven ways an attack run made the release lose a runner's data,
// each driven through the app as a runner (or a second tab) would. Every "saved" must be
// true, two tabs must never overwrite each other, and the app must never write what it
// cannot read back.
import { test, expect, appReady, chooseImport } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';

const DATA_KEY = 'backtrack.data';
const DRAFT_KEY = 'backtrack.draft';
const MAX_FILE_BYTES = 4 * 1024 * 1024;

async function open(page, hash) {
  await page.goto(`/#/${hash}`);
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
  await appReady(page);
}

async function storedDoc(page) {
  return page.evaluate((k) => localStorage.getItem(k), DATA_KEY);
}

/** A diary entry as the document stores it. */
function entry(id, i, note = '') {
  const d = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000);
  const two = (x) => String(x).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return { id, date, time: '07:00', pain: 3, note, ran: false, metres: null };
}

function file(diary, extra = '') {
  return JSON.stringify({ app: 'backtrack', version: 2, check: null, plan: null, sessions: [], diary }) + extra;
}

async function importFile(page, text, { replace }) {
  const file = { name: 'backtrack.json', mimeType: 'application/json', buffer: Buffer.from(text) };
  return chooseImport(page, file, { replace });
}

async function writeEntry(page, { pain, note }) {
  await page.locator(`label[for="diary-pain-${pain}"]`).click();
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save entry' }).click();
}

/** Counts the diary's entries as the app shows them after a reload. */
async function entriesAfterReload(page) {
  await open(page, 'diary');
  await page.reload();
  await appReady(page);
  return page.locator('.diary-entry').count();
}

test('1a. an entry that would make the data unreadable is not saved, and says so', async ({ page }) => {
  test.setTimeout(90_000);
  // A valid file just under the reader's 4 MiB limit, with 1,000-character notes.
  const note = 'n'.repeat(1000);
  const diary = [];
  let size = file([]).length;
  for (let i = 0; size < MAX_FILE_BYTES - 600; i++) {
    const e = entry(i + 1, i, note);
    diary.push(e);
    size += JSON.stringify(e).length + 1;
  }
  while (file(diary).length > MAX_FILE_BYTES - 600) diary.pop();
  await expect(await importFile(page, file(diary), { replace: true })).toContainText('Done.');
  const before = await storedDoc(page);

  await open(page, 'diary');
  await writeEntry(page, { pain: 4, note });
  const status = page.locator('.saved-status');
  // Reading and checking 4 MiB takes a moment on a busy machine.
  await expect(status).toContainText('This entry was not saved', { timeout: 20_000 });
  await expect(status).not.toContainText('Entry saved.');
  await expect(page.locator('.storage-notice')).toContainText('too big');
  // The typed text is kept in the form.
  await expect(page.getByLabel('Note (optional)')).toHaveValue(note);
  // Nothing unreadable was written: after a reload everything is still there.
  expect(await storedDoc(page)).toBe(before);
  expect(await entriesAfterReload(page)).toBe(diary.length);
  await expect(page.locator('.storage-notice')).toHaveCount(0);
});

test('1b. merging a file that would take the diary over its limit is refused up front', async ({ page }) => {
  test.setTimeout(90_000);
  const first = Array.from({ length: 6000 }, (_, i) => entry(i + 1, i));
  const second = Array.from({ length: 6000 }, (_, i) => entry(100_000 + i, i + 7000));
  await expect(await importFile(page, file(first), { replace: true })).toContainText('Done.');
  const message = await importFile(page, file(second), { replace: false });
  await expect(message).toContainText('more diary entries than Backtrack can keep (10000)');
  await expect(message).toContainText(/nothing/i);
  expect(await entriesAfterReload(page)).toBe(6000);
});

test('2. an imported id at the top of the range is never given to a new entry', async ({ page }) => {
  // Written by hand: JavaScript numbers cannot hold this id exactly.
  const text = '{"app":"backtrack","version":2,"check":null,"plan":null,"sessions":[],"diary":['
    + '{"id":9223372036854775807,"date":"2025-01-01","time":"07:00","pain":2,"note":"imported","ran":false,"metres":null}]}';
  await expect(await importFile(page, text, { replace: false })).toContainText('Added from the file: 1 item');
  await open(page, 'diary');
  await writeEntry(page, { pain: 5, note: 'typed today' });
  await expect(page.locator('.saved-status')).toContainText('Entry saved.');
  expect(await entriesAfterReload(page)).toBe(2);
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  // Deleting the new one deletes only it.
  const typed = page.locator('.diary-entry').filter({ hasText: 'typed today' });
  await typed.getByRole('button', { name: /Delete/ }).click();
  await page.getByRole('button', { name: /Yes, delete/ }).click();
  await expect(page.locator('.diary-entry')).toHaveCount(1);
  await expect(page.locator('.diary-entry')).toContainText('imported');
});

test('3. two tabs saving at the same instant keep every entry', async ({ page, context }) => {
  test.setTimeout(120_000);
  const other = await context.newPage();
  await open(page, 'diary');
  await open(other, 'diary');
  const rounds = 20;
  for (let r = 0; r < rounds; r++) {
    for (const [tab, pain] of [[page, 2], [other, 7]]) {
      await tab.locator(`label[for="diary-pain-${pain}"]`).click();
      await tab.getByLabel('Note (optional)').fill(`round ${r} from tab ${pain}`);
    }
    // Both press Save in the same instant.
    await Promise.all([page, other].map((tab) => tab.evaluate(() => {
      document.querySelector('form.diary-form').requestSubmit();
    })));
    // Each tab says "saved" and empties its form only once its entry was written and read
    // back.
    for (const tab of [page, other]) {
      await expect(tab.getByLabel('Note (optional)')).toHaveValue('');
      await expect(tab.locator('.saved-status')).toHaveText('Entry saved.');
    }
  }
  // A save made from a copy of storage that had not yet seen the other tab's entry is healed
  // by that tab as soon as it hears of the write: every entry is kept.
  await expect.poll(async () => JSON.parse(await storedDoc(page)).diary.length, { timeout: 10_000 }).toBe(2 * rounds);
  expect(await entriesAfterReload(other)).toBe(2 * rounds);
});

/** Starts a plan for a cause picked by hand, and waits until it is saved. */
async function startPlan(page, causeName) {
  await open(page, 'plan');
  await page.getByLabel('Cause', { exact: true }).selectOption({ label: causeName });
  await page.getByRole('button', { name: 'Start this plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: causeName })).toBeVisible();
}

test('4. a session in progress comes back after a reload', async ({ page }) => {
  await startPlan(page, 'Muscle strain');
  await open(page, 'plan/session');
  await page.locator('label[for="pain-before-6"]').click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  const playing = await page.getByRole('heading', { level: 2 }).first().textContent();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toContain('"stage":"playing"');
  // The phone discards the tab; the runner comes back to the same exercise.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Your session is back where you left it' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(playing);
  while (await page.getByRole('button', { name: 'Next' }).count()) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  // And again at the last screen, with the pain score from before the session kept.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBeNull();
  const doc = JSON.parse(await storedDoc(page));
  expect(doc.sessions.length).toBe(1);
  expect(doc.sessions[0].before).toBe(6);
});

test('5. with storage refusing writes, nothing says "saved"', async ({ page }) => {
  await open(page, 'diary');
  // From now on the browser refuses every write of the data (a full or broken store).
  await page.evaluate((key) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  }, DATA_KEY);
  await writeEntry(page, { pain: 3, note: 'will not fit' });
  await expect(page.locator('.saved-status')).toContainText('This entry was not saved');
  await expect(page.locator('.saved-status')).not.toContainText('Entry saved.');
  await expect(page.locator('.storage-notice')).toContainText('could not save');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('will not fit');
});

test('5b. a session that cannot be saved does not say "Well done, saved"', async ({ page }) => {
  await startPlan(page, 'Muscle strain');
  await open(page, 'plan/session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  while (await page.getByRole('button', { name: 'Next' }).count()) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.evaluate((key) => {
    Storage.prototype.setItem = function (k) {
      if (k === key) throw new DOMException('full', 'QuotaExceededError');
    };
  }, DATA_KEY);
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This session was not saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Session saved' })).toHaveCount(0);
});

test('6a. an edit whose entry another tab deleted keeps the typed text', async ({ page, context }) => {
  await open(page, 'diary');
  await writeEntry(page, { pain: 4, note: 'first version' });
  await expect(page.locator('.saved-status')).toHaveText('Entry saved.');
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await page.getByLabel('Note (optional)').fill('my careful rewrite');
  // Meanwhile, another tab deletes the entry.
  const other = await context.newPage();
  await open(other, 'diary');
  await other.getByRole('button', { name: /Delete/ }).first().click();
  await other.getByRole('button', { name: /Yes, delete/ }).click();
  await expect(other.locator('.diary-entry')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.saved-status')).toContainText('deleted in another tab');
  await expect(page.getByLabel('Note (optional)')).toHaveValue('my careful rewrite');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.locator('.saved-status')).toHaveText('Entry saved.');
  await expect(page.locator('.diary-entry')).toContainText('my careful rewrite');
});

test('6b. unsaved diary text comes back after a reload, until it is saved or discarded', async ({ page }) => {
  await open(page, 'diary');
  await page.locator('label[for="diary-pain-6"]').click();
  await page.getByLabel('Note (optional)').fill('half-written note about the hills');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Note (optional)')).toHaveValue('half-written note about the hills');
  await expect(page.locator('#diary-pain-6')).toBeChecked();
  await expect(page.locator('.saved-status')).toContainText('Your unsaved entry is back');
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
});

test('6d. a run being logged comes back after a reload and after another tab saves, until it is saved or discarded', async ({ page, context }) => {
  await open(page, 'diary');
  const minutes = page.getByLabel('Minutes (optional)');
  const km = page.getByLabel('Distance in km (optional)');
  await page.getByLabel('What you did').selectOption('');
  await minutes.fill('42');
  await km.fill('6,1');
  await page.locator('label[for="run-pain-3"]').click();
  await page.reload();
  await appReady(page);
  await expect(minutes).toHaveValue('42');
  await expect(km).toHaveValue('6,1');
  await expect(page.getByLabel('What you did')).toHaveValue('');
  await expect(page.locator('#run-pain-3')).toBeChecked();
  await expect(page.getByText('Your unsaved run is back')).toBeVisible();

  // Another tab saves a diary entry: this tab's data changes and the form is drawn again.
  const other = await context.newPage();
  await open(other, 'diary');
  await other.locator('label[for="diary-pain-2"]').click();
  await other.getByRole('button', { name: 'Save entry' }).click();
  await expect(other.locator('.saved-status')).toHaveText('Entry saved.');
  await expect(page.locator('.diary-entry')).toHaveCount(1);
  await expect(minutes).toHaveValue('42');
  await expect(page.locator('#run-pain-3')).toBeChecked();
  await other.close();

  await page.getByRole('button', { name: 'Discard this run' }).click();
  await expect(minutes).toHaveValue('');
  await expect(page.locator('#run-pain-3')).not.toBeChecked();
  await expect(page.getByText('Your unsaved run is back')).toBeHidden();
  await page.reload();
  await appReady(page);
  await expect(minutes).toHaveValue('');

  // Saved, the run is in the data and the form starts empty.
  await minutes.fill('30');
  await page.locator('label[for="run-pain-2"]').click();
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText('Run saved.')).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(minutes).toHaveValue('');
  const drafts = await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
  expect(drafts === null || JSON.parse(drafts).run === null).toBe(true);
});

test('6e. a hidden character pasted into one form does not cost the other form its draft', async ({ page }) => {
  await open(page, 'diary');
  await page.getByLabel('Note (optional)').fill('the diary note to keep');
  // A right-to-left override pasted with the distance: the drafts' reader refuses such text.
  await page.getByLabel('Distance in km (optional)').fill('5\u202e2');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Note (optional)')).toHaveValue('the diary note to keep');
  await expect(page.getByLabel('Distance in km (optional)')).toHaveValue('52');
});

test('6c. stored data with a broken character is kept as a copy, not silently changed', async ({ page }) => {
  await open(page, '');
  const text = '{"app":"backtrack","version":2,"check":null,"plan":null,"sessions":[],"diary":['
    + '{"id":1,"date":"2025-01-01","time":"07:00","pain":2,"note":"ok","ran":false,"metres":null},'
    + '{"id":2,"date":"2025-01-02","time":"07:00","pain":3,"note":"bad \\ud800 half","ran":false,"metres":null}]}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, text]);
  await open(page, 'diary');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.storage-notice')).toContainText('could not be read');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backtrack.backup.')));
  expect(backups.length).toBe(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe(text);
});

test('7. a file with a key written twice is refused with a clear message', async ({ page }) => {
  const real = [entry(1, 0, 'the real diary')];
  const text = '{"app":"backtrack","version":2,"check":null,"plan":null,"sessions":[],"diary":[],"diary":'
    + JSON.stringify(real) + '}';
  const message = await importFile(page, text, { replace: false });
  await expect(message).toContainText('"diary" twice');
  await expect(message).toContainText(/nothing/i);
});

test('drafts go with the downloaded data and come back on another device', async ({ page, browser, baseURL }) => {
  await open(page, 'diary');
  await page.locator('label[for="diary-pain-3"]').click();
  await page.getByLabel('Note (optional)').fill('typed before the move');
  await page.getByLabel('Minutes (optional)').fill('25');
  await open(page, 'data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text).drafts.diary.note).toBe('typed before the move');
  expect(JSON.parse(text).drafts.run.minutes).toBe('25');
  // A fresh device imports the file: the data and the draft arrive.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await expect(await importFile(other, text, { replace: true })).toContainText('Done.');
  await open(other, 'diary');
  await other.reload();
  await appReady(other);
  await expect(other.getByLabel('Note (optional)')).toHaveValue('typed before the move');
  await expect(other.getByLabel('Minutes (optional)')).toHaveValue('25');
  await fresh.close();
});
