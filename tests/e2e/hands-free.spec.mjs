// Hands-free sessions and calendar reminders (issue 20): the exact cues of a whole session
// (speech synthesis and Web Audio replaced by stand-ins that write down what they are asked
// to say and play), the screen wake lock, the settings kept across a reload, the player
// with every cue source missing, the calendar file read back by ical.js, and axe.
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { test, expect, appReady } from './fixtures.mjs';

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A plan for a disc injury in phase 2: cobra on the forearms (3 holds of 20 s with 5 s
 *  relaxes), lower back rotation (2 sets of 10 on each side, 30 s rest) and cat and camel
 *  (2 sets, 30 s rest): holds, sides and rests. */
const PLAN = JSON.stringify({
  app: 'backtrack', version: 2, check: null,
  plan: { cause: 'disc', from: 'chosen', phase: 'mobilise', started: day(-10), since: day(-3) },
  sessions: [], diary: [],
});

/** Stand-ins for the browser's cue sources, installed before the app runs. Each one writes
 *  what it is asked to do into `window.__heard` (words, and tones as <Start>, <End>, <Tick>)
 *  or `window.__wake`. With `missing`, the browser has none of them at all. */
function cueSources({ missing }) {
  window.__heard = [];
  window.__wake = [];
  if (missing) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    window.SpeechSynthesisUtterance = undefined;
    window.AudioContext = undefined;
    window.webkitAudioContext = undefined;
    Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
    return;
  }
  const voices = [
    { name: 'Far away', lang: 'en-US', localService: false, default: true, voiceURI: 'remote' },
    { name: 'On device', lang: 'en-GB', localService: true, default: false, voiceURI: 'local' },
  ];
  window.__voices = [];
  window.SpeechSynthesisUtterance = class {
    constructor(text) { this.text = text; this.voice = null; this.lang = ''; this.onerror = null; }
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      speak: (u) => { window.__heard.push(u.text); window.__voices.push(u.voice && u.voice.name); },
      cancel: () => {},
    },
  });
  const TONES = { 880: '<Start>', 440: '<End>', 660: '<Tick>' };
  const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} });
  window.AudioContext = class {
    constructor() { this.state = 'running'; this.currentTime = 0; this.destination = {}; }
    resume() { this.state = 'running'; return Promise.resolve(); }
    createGain() { return { gain: param(), connect() {} }; }
    createOscillator() {
      const frequency = param();
      return { frequency, connect() {}, stop() {}, start() { window.__heard.push(TONES[frequency.value] ?? `<${frequency.value}>`); } };
    }
  };
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request(type) {
        window.__wake.push(`request ${type}`);
        return Promise.resolve({ release() { window.__wake.push('release'); return Promise.resolve(); } });
      },
    },
  });
}

/** Opens the session page with the plan in place; `clock` installs Playwright's clock,
 *  paused once the page is up, so time moves only when the test says ([`seconds`]). */
async function openSession(page, { missing = false, clock = false } = {}) {
  await page.addInitScript(cueSources, { missing });
  await page.goto('/#/plan');
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem('backtrack.data', v), PLAN);
  if (clock) await page.clock.install();
  await page.goto('/#/plan/session');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible({ timeout: 20_000 });
  if (clock) await page.clock.pauseAt(Date.now() + 60_000);
}

/** What was heard since the last call. */
async function heard(page) {
  return page.evaluate(() => window.__heard.splice(0));
}

/** Lets `seconds` of time pass on the page's clock, one second at a time. */
async function seconds(page, n) {
  for (let i = 0; i < n; i++) await page.clock.runFor(1000);
}

const DONE = 'Done. Well done.';

// Whole sessions and reloads of the app on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test('a whole session with holds, sides and rests says and plays the exact cues', async ({ page }) => {
  await openSession(page, { clock: true });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cobra on your forearms' })).toBeVisible();
  expect(await heard(page)).toEqual(['Cobra on your forearms']);
  // The screen stays on while the player is shown.
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request screen']);
  // The voice speaks, so the step's live region keeps quiet (one or the other).
  await expect(page.locator('#pl-step')).toHaveAttribute('aria-live', 'off');

  // Three holds of 20 s, after a 5 s get-ready countdown, with relaxes between.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.countdown')).toHaveText('Get ready: 5');
  await seconds(page, 5 + 20 + 5 + 20 + 5 + 20);
  const hold = ['3', '2', '1', '<Start>', 'Hold.', '10 seconds left.', '<End>'];
  expect(await heard(page)).toEqual([
    'Get ready.', ...hold, 'Relax.', ...hold, 'Relax.', ...hold, 'Lower back rotation',
  ]);

  // Sets on each side, with a 30 s rest between sets.
  const setDone = page.getByRole('button', { name: 'Set done' });
  await setDone.click();
  await expect(page.locator('.step-title')).toHaveText('Set 1 of 2, second side: 10 repetitions');
  expect(await heard(page)).toEqual(['Switch sides.']);
  await setDone.click();
  await expect(page.locator('.step-title')).toHaveText('Rest 30 seconds before the next set');
  await seconds(page, 30);
  await expect(page.locator('.step-title')).toHaveText('Set 2 of 2, first side: 10 repetitions');
  await setDone.click();
  await setDone.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cat and camel' })).toBeVisible();
  expect(await heard(page)).toEqual([
    '<End>', 'Rest.', '10 seconds left.', '<End>', 'Set 2 of 2.', 'Switch sides.', 'Cat and camel',
  ]);

  await setDone.click();
  await seconds(page, 30);
  await expect(page.locator('.step-title')).toHaveText('Set 2 of 2: 8–10 repetitions');
  await setDone.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  expect(await heard(page)).toEqual(['<End>', 'Rest.', '10 seconds left.', '<End>', 'Set 2 of 2.', DONE]);
  await expect(page.getByText('Done: Cobra on your forearms, Lower back rotation, Cat and camel')).toBeVisible();
  // The on-device British voice was chosen over the remote one, every time.
  expect(new Set(await page.evaluate(() => window.__voices))).toEqual(new Set(['On device']));
  // The player is gone: the wake lock is let go.
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request screen', 'release']);
  await expect(page.locator('.cue-note')).toBeHidden();
});

test('the wake lock is asked for again when the page is visible again', async ({ page }) => {
  await openSession(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request screen']);
  // The browser lets the lock go while the page is hidden; visible again, it is asked for.
  await page.evaluate(() => {
    let state = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request screen', 'request screen']);
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Session finished' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['request screen', 'request screen', 'release']);
});

test('the settings are kept across a reload and change what plays', async ({ page }) => {
  await openSession(page, { clock: true });
  await page.getByText('Hands-free: voice, sounds and countdown').click();
  const voice = page.getByLabel('Say the cues aloud (the exercise, get ready, hold, rest)');
  const sounds = page.getByLabel('Play a sound at the start and end of holds and rests');
  const countdown = page.getByRole('group', { name: 'Get-ready countdown before a hold or a walk' });
  const countdownOf = (label) => countdown.getByLabel(label, { exact: true });
  await expect(voice).toBeChecked();
  await expect(sounds).toBeChecked();
  await expect(countdownOf('5 seconds')).toBeChecked();
  await voice.uncheck();
  await countdownOf('3 seconds').check();
  const kept = await page.evaluate(() => localStorage.getItem('backtrack.hands-free'));
  expect(JSON.parse(kept)).toEqual({ app: 'backtrack-hands-free', version: 1, voice: false, sounds: true, countdown: 3 });
  // The document itself is untouched by the settings.
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('backtrack.data'))).version).toBe(2);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible({ timeout: 20_000 });
  await page.getByText('Hands-free: voice, sounds and countdown').click();
  await expect(voice).not.toBeChecked();
  await expect(sounds).toBeChecked();
  await expect(countdownOf('3 seconds')).toBeChecked();

  // Sounds only: tones (a tick for each number of the countdown), and no words; the live
  // region speaks for itself again.
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.countdown')).toHaveText('Get ready: 3');
  await seconds(page, 3 + 20);
  expect(await heard(page)).toEqual(['<Tick>', '<Tick>', '<Tick>', '<Start>', '<End>']);
  await expect(page.locator('#pl-step')).toHaveAttribute('aria-live', 'polite');
  // Changed during the session (the settings are in the player too): the voice back.
  await page.getByText('Hands-free: voice, sounds and countdown').click();
  await countdownOf('None').check();
  await voice.check();
  await page.getByRole('button', { name: 'Skip this exercise' }).click();
  expect(await heard(page)).toEqual(['<End>', 'Lower back rotation']);
  await expect(page.locator('#pl-step')).toHaveAttribute('aria-live', 'off');
  // Damaged settings are the defaults, never an error (and the session starts afresh).
  await page.evaluate(() => {
    localStorage.setItem('backtrack.hands-free', '{"app":"backtrack-hands-free","version":1,"countdown":"soon"');
    localStorage.removeItem('backtrack.draft');
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible({ timeout: 20_000 });
  await page.getByText('Hands-free: voice, sounds and countdown').click();
  await expect(voice).toBeChecked();
  await expect(countdownOf('5 seconds')).toBeChecked();
  // By keyboard: the arrow keys move through the countdowns, and the choice is kept.
  await countdownOf('5 seconds').focus();
  await page.keyboard.press('ArrowDown');
  await expect(countdownOf('10 seconds')).toBeChecked();
  await expect.poll(async () => JSON.parse(await page.evaluate(() => localStorage.getItem('backtrack.hands-free'))).countdown).toBe(10);
  await voice.focus();
  await page.keyboard.press('Space');
  await expect.poll(async () => JSON.parse(await page.evaluate(() => localStorage.getItem('backtrack.hands-free'))).voice).toBe(false);
});

test('the player works with every cue source missing, and says so plainly', async ({ page }) => {
  await openSession(page, { missing: true, clock: true });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cobra on your forearms' })).toBeVisible();
  const note = page.locator('.cue-note');
  await expect(note).toHaveText('Spoken cues and sounds cannot play here. The timer works as usual.');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.countdown')).toHaveText('Get ready: 5');
  await seconds(page, 5 + 2);
  await expect(page.locator('.countdown')).toHaveText('0:18');
  await seconds(page, 18);
  await expect(page.locator('.step-title')).toHaveText('Relax');
  // The step's live region is the only voice here.
  await expect(page.locator('#pl-step')).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'I did this one' }).click();
  await page.getByRole('button', { name: 'End the session' }).click();
  await page.getByRole('button', { name: 'Done: save this session' }).click();
  // Saving takes turns with other tabs after a short wait on the page's (paused) clock.
  const saved = page.getByRole('heading', { level: 2, name: 'Session saved' });
  await expect.poll(async () => {
    await page.clock.runFor(100);
    return saved.count();
  }).toBe(1);
  // Nothing was asked of a wake lock that is not there (and nothing broke).
  expect(await page.evaluate(() => window.__wake)).toEqual([]);
});

test('"Add reminders to my calendar" gives a calendar file that ical.js reads back', async ({ page }) => {
  // No share sheet on this machine's browser in any case; make sure of it.
  await page.addInitScript(() => { delete Navigator.prototype.share; delete Navigator.prototype.canShare; });
  await page.goto('/#/plan');
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem('backtrack.data', v), PLAN);
  await page.reload();
  await appReady(page);
  const days = page.getByRole('group', { name: 'Days' });
  for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await expect(days.getByLabel(name)).toBeChecked();
  }
  // No day: the page says so at the boxes, and makes no file.
  for (const box of await days.getByRole('checkbox').all()) await box.uncheck();
  const add = page.getByRole('button', { name: 'Add reminders to my calendar' });
  await add.click();
  await expect(page.getByText('Choose at least one day.')).toBeVisible();
  await expect(days).toHaveAccessibleDescription('Choose at least one day.');
  await expect(days.getByLabel('Monday')).toBeFocused();

  for (const name of ['Monday', 'Wednesday', 'Friday']) await days.getByLabel(name).check();
  await page.getByLabel('Time', { exact: true }).fill('07:30');
  const [download] = await Promise.all([page.waitForEvent('download'), add.click()]);
  expect(download.suggestedFilename()).toBe('backtrack-reminders.ics');
  await expect(page.getByText('Choose at least one day.')).toBeHidden();
  const text = await readFile(await download.path(), 'utf8');

  // RFC 5545's shape: CRLF line ends, no line over 75 octets.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  expect(event.summary).toBe('Back exercises: Phase 2: Mobilise');
  expect(event.uid).toMatch(/@backtrack$/);
  expect(events[0].getFirstPropertyValue('dtstamp').zone.tzid).toBe('UTC');
  // Floating local time: 07:30 wherever the runner is.
  expect(event.startDate.zone.tzid).toBe('floating');
  expect([event.startDate.hour, event.startDate.minute]).toEqual([7, 30]);
  const rule = events[0].getFirstPropertyValue('rrule');
  expect(rule.freq).toBe('WEEKLY');
  expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
  // The next occurrences fall on Mondays, Wednesdays and Fridays at 07:30.
  const it = event.iterator();
  const weekdays = [];
  for (let i = 0; i < 6; i++) {
    const next = it.next();
    expect([next.hour, next.minute]).toEqual([7, 30]);
    weekdays.push(next.dayOfWeek());
  }
  expect(new Set(weekdays)).toEqual(new Set([ICAL.Time.MONDAY, ICAL.Time.WEDNESDAY, ICAL.Time.FRIDAY]));
  const alarm = events[0].getFirstSubcomponent('valarm');
  expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(alarm.getFirstPropertyValue('trigger').toSeconds()).toBe(0);
  expect(alarm.getFirstPropertyValue('description')).toBe('Time for your back exercises.');
});

async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

for (const scheme of ['light', 'dark']) {
  test(`the session page with the hands-free settings and the note passes axe at 320 px (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openSession(page, { missing: true });
    await page.getByText('Hands-free: voice, sounds and countdown').click();
    const countdown = page.getByRole('group', { name: 'Get-ready countdown before a hold or a walk' });
    await expect(countdown).toBeVisible();
    await expectNoAxeViolations(page, `session, before, settings open (${scheme})`);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByText('Hands-free: voice, sounds and countdown').click();
    await expect(countdown).toBeVisible();
    await expect(page.locator('.cue-note')).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.countdown')).toHaveText(/Get ready/);
    await expectNoAxeViolations(page, `player getting ready, settings open, with the note (${scheme})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'session at 320 px').toBeLessThanOrEqual(1);
    await page.goto('/#/plan');
    await appReady(page);
    await expectNoAxeViolations(page, `plan with reminders (${scheme})`);
  });
}
