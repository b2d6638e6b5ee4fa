// Embedding on a club's site (issue 7): the demo club page on one origin frames the app on
// another, as a real club site would. Two servers serve the same build on two ports (a
// different port is a different origin). They listen on free ports picked by the system, so
// that the two test workers, and anyone else running the suite, never collide.
//
// As in fixtures.mjs, every test fails on a console error, an uncaught exception or a Rust
// panic (in the club page or the frame: Playwright reports both on the page) and on a
// request to any origin but these two.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = process.env.BACKTRACK_DIST || join(here, '..', '..', 'dist');
const DEFAULT_ACCENT = '#0b5d5a';
const DEMO_ACCENT = '#1d4ed8';
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
];

let servers = [];
let APP = '';
let DEMO = '';
// A third origin: a plain club page made in a test (clubPage), with nothing but a snippet.
let CLUB = '';
let clubPage = '';

base.beforeAll(async () => {
  const app = await serve({ root: dist, port: 0 });
  const demo = await serve({ root: dist, port: 0 });
  const club = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(clubPage);
  });
  await new Promise((ok) => club.listen(0, '127.0.0.1', ok));
  servers = [app, demo, club];
  APP = `http://127.0.0.1:${app.address().port}`;
  DEMO = `http://127.0.0.1:${demo.address().port}`;
  CLUB = `http://127.0.0.1:${club.address().port}`;
});

base.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

const test = base.extend({
  // Console warnings, from the club page and the frame.
  warnings: async ({}, use) => use([]),
  page: async ({ page, warnings }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      if (msg.type() === 'warning') warnings.push(msg.text());
      if (/panicked at/.test(msg.text())) problems.push(`rust panic: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      const allowed = [APP, DEMO, CLUB];
      if (!allowed.some((o) => url.startsWith(`${o}/`)) && !/^(data|blob):/.test(url)) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'console errors, panics or foreign requests').toEqual([]);
  },
});

test.use({ colorScheme: 'light', viewport: { width: 1000, height: 800 } });

/** Opens the demo club page with the app from the other origin, plus `options` for it. */
async function openDemo(page, options = '') {
  const app = `${APP}/club/backtrack/`;
  await page.goto(`${DEMO}/embed-demo.html?app=${encodeURIComponent(app)}${options ? `&${options}` : ''}`);
  const app_ = page.frameLocator('iframe[data-backtrack]');
  await expect(app_.locator('header.site-header')).toBeVisible();
  return app_;
}

/** The frame's document, for evaluating in it. */
async function appFrame(page) {
  return (await page.locator('iframe[data-backtrack]').elementHandle()).contentFrame();
}

/** Waits until the iframe is exactly as tall as the page inside it, with no inner
 *  scrollbar; returns that height. The frame is first brought into view if it is not:
 *  Chromium does not render a frame from another origin while it is off screen, so nothing
 *  in it is measured (or seen) until the runner scrolls to it. */
async function expectFrameFits(page) {
  const iframe = page.locator('iframe[data-backtrack]');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await appFrame(page);
  let sizes;
  await expect.poll(async () => {
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      content: document.documentElement.getBoundingClientRect().height,
    }));
    sizes = { outer, ...inner };
    return Math.abs(outer - inner.scroll) <= 2
      && Math.abs(outer - inner.content) <= 2
      && inner.scroll - inner.client <= 1;
  }, { message: 'the frame fits its content' }).toBe(true);
  return sizes.outer;
}

async function cssVar(frame, name) {
  return frame.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
}

test('the club page frames the app from another origin, sized to fit, with no inner scrollbar', async ({ page }) => {
  await openDemo(page);
  const frame = await appFrame(page);
  expect(new URL(frame.url()).origin).toBe(APP);
  expect(APP).not.toBe(DEMO);
  await expectFrameFits(page);
});

test('the frame grows and shrinks as the runner moves between long and short pages', async ({ page }) => {
  const app = await openDemo(page);
  const home = await expectFrameFits(page);

  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Five common causes');
  await app.locator('main').getByRole('link', { name: /disc/i }).first().click();
  await expect(app.locator('.breadcrumb')).toContainText('Causes');
  const cause = await expectFrameFits(page);
  expect(cause).toBeGreaterThan(home + 200);

  const frame = await appFrame(page);
  await frame.evaluate(() => { location.hash = '#/no-such-page'; });
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  const short = await expectFrameFits(page);
  expect(short).toBeLessThan(cause - 200);

  await frame.evaluate(() => history.back());
  await expect(app.locator('.breadcrumb')).toContainText('Causes');
  expect(Math.abs((await expectFrameFits(page)) - cause)).toBeLessThanOrEqual(2);
});

test('the frame follows the club page when its width changes', async ({ page }) => {
  await openDemo(page);
  const wide = await expectFrameFits(page);
  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await expectFrameFits(page);
  expect(narrow).toBeGreaterThan(wide);
});

test('after a page change low in the frame, the top of the frame comes back into view', async ({ page }) => {
  // Two things do this: the app moves focus to the new heading (browsers scroll focused
  // elements into view, across frames where they allow it), and embed.js scrolls the frame's
  // top into view on the app's route message, for browsers that do not.
  const app = await openDemo(page, 'start=causes/disc');
  await expectFrameFits(page);
  const iframe = page.locator('iframe[data-backtrack]');
  // Scroll the club page so that the frame's footer is on screen and its top far above.
  const footerLink = app.locator('footer').getByRole('link', { name: 'Sources and disclaimer' });
  await footerLink.scrollIntoViewIfNeeded();
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().top)).toBeLessThan(-500);
  await footerLink.click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Sources');
  await expect.poll(() => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
  await expect(app.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('the club name and accent colour are applied', async ({ page }) => {
  const app = await openDemo(page);
  await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside Runners');
  await expect(app.getByRole('link', { name: 'Backtrack for Riverside Runners' })).toBeVisible();
  const frame = await appFrame(page);
  expect(await cssVar(frame, '--accent')).toBe(DEMO_ACCENT);
  expect(await cssVar(frame, '--accent-text')).toBe('#ffffff');
  await expect(app.locator('.brand-mark rect')).toHaveCSS('fill', 'rgb(29, 78, 216)');
  await expect(app.locator('.way-in.primary')).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  // Set through the CSSOM, not a style element: the only one is the build's own stylesheet
  // (inlined into index.html), which does not hold the club's colour.
  expect(await frame.evaluate(() => [...document.querySelectorAll('style')]
    .map((s) => s.textContent.toLowerCase().includes('1d4ed8')))).toEqual([false]);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the club colour is lightened so that it stays readable', async ({ page }) => {
    await openDemo(page);
    const frame = await appFrame(page);
    const accent = await cssVar(frame, '--accent');
    expect(accent).toBe(await cssVar(frame, '--club-accent-dark'));
    expect(accent).not.toBe(DEMO_ACCENT);
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
  });
});

for (const [label, accent] of [
  ['a colour name', 'red'],
  ['CSS that is not a colour', encodeURIComponent('#123;background:url(x)')],
  ['a colour too light to read', encodeURIComponent('#ffff00')],
]) {
  test(`an accent that is ${label} falls back to the default, with a warning and no error`, async ({ page, warnings }) => {
    const app = await openDemo(page, `accent=${accent}`);
    // The other options still apply.
    await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside Runners');
    const frame = await appFrame(page);
    expect(await cssVar(frame, '--accent')).toBe(DEFAULT_ACCENT);
    expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-accent'))).toBe(false);
    expect(warnings.filter((w) => w.includes('embed option "accent" ignored'))).toHaveLength(1);
  });
}

test('hostile club names are shown as literal text and run nothing', async ({ page }) => {
  for (const name of HOSTILE) {
    const app = await openDemo(page, `club=${encodeURIComponent(name)}`);
    await expect(app.locator('.brand')).toHaveText(`Backtrack for ${name}`);
    // The header's one picture is the app's own mark; the name adds no element.
    await expect(app.locator('header img, header svg:not(.brand-mark), header script')).toHaveCount(0);
    await expect(app.locator('header svg.brand-mark')).toHaveCount(1);
    const frame = await appFrame(page);
    expect(await frame.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  }
});

test('an RTL override in the club name is removed, so it cannot reorder the header', async ({ page }) => {
  const app = await openDemo(page, `club=${encodeURIComponent('Riverside \u202Esrennur\u202C Runners')}`);
  await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside srennur Runners');
  const text = await app.locator('.brand').textContent();
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  // The name sits in <bdi>, so even a genuinely right-to-left name stays in its place.
  await expect(app.locator('.brand bdi')).toHaveCount(1);
});

test('a 10 000-character club name is refused with a warning; the app still shows', async ({ page, warnings }) => {
  const app = await openDemo(page, `club=${'R'.repeat(10_000)}`);
  await expect(app.locator('.brand')).toHaveText('Backtrack');
  expect(warnings.some((w) => w.includes('embed option "club" ignored'))).toBe(true);
  await expectFrameFits(page);
});

test('compact mode hides the navigation but keeps "Get help now" one step away', async ({ page }) => {
  const app = await openDemo(page, 'compact=1');
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside Runners');
  await app.getByRole('link', { name: 'Get help now', exact: true }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('When to get help now');
  await expectFrameFits(page);
});

test('the start page opens first; the options last while the runner moves around', async ({ page }) => {
  const app = await openDemo(page, 'start=causes/disc');
  await expect(app.locator('.breadcrumb')).toContainText('Causes');
  const frame = await appFrame(page);
  expect(new URL(frame.url()).hash).toBe('#/causes/disc');
  const search = new URL(frame.url()).search;
  expect(search).toContain('start=causes%2Fdisc');

  // Navigating inside the frame changes only the fragment: the options stay.
  await app.locator('.brand').click();
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
  await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside Runners');
  expect(new URL(frame.url()).search).toBe(search);
  expect(await cssVar(frame, '--accent')).toBe(DEMO_ACCENT);

  // A reload keeps the page the runner was on; the start page applies only to a fresh frame.
  await frame.evaluate(() => location.reload());
  const reloaded = await appFrame(page);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
  expect(new URL(reloaded.url()).hash).toBe('#/');
  await expect(app.locator('.brand')).toHaveText('Backtrack for Riverside Runners');
});

test('an unknown start page falls back to the home page with a warning', async ({ page, warnings }) => {
  const app = await openDemo(page, `start=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
  expect(warnings.some((w) => w.includes('embed option "start" ignored'))).toBe(true);
});

test('the app posts only its own typed messages, with the section and never the page', async ({ page }) => {
  await page.addInitScript(() => {
    window.__received = [];
    window.addEventListener('message', (e) => window.__received.push({ origin: e.origin, data: e.data }));
  });
  const app = await openDemo(page);
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Causes' }).click();
  await app.locator('main').getByRole('link', { name: /disc/i }).first().click();
  await expect(app.locator('.breadcrumb')).toContainText('Causes');
  await expectFrameFits(page);

  const received = await page.evaluate(() => window.__received);
  expect(received.length).toBeGreaterThan(2);
  for (const { origin, data } of received) {
    expect(origin).toBe(APP);
    if (data.type === 'backtrack:height') {
      expect(Object.keys(data).sort()).toEqual(['height', 'type']);
      expect(Number.isFinite(data.height)).toBe(true);
    } else {
      expect(data.type).toBe('backtrack:route');
      expect(Object.keys(data).sort()).toEqual(['route', 'type']);
    }
  }
  const routes = received.filter((m) => m.data.type === 'backtrack:route').map((m) => m.data.route);
  expect(routes).toEqual(['#/', '#/causes', '#/causes']);
  // The app itself listens to nothing from the club page.
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => window.__received)).toEqual([]);
});

test('embed.js ignores forged or malformed height messages', async ({ page }) => {
  const app = await openDemo(page);
  const height = await expectFrameFits(page);
  const iframe = page.locator('iframe[data-backtrack]');

  // From the club page itself, not from the frame.
  await page.evaluate(() => window.postMessage({ type: 'backtrack:height', height: 123 }, '*'));
  // From the frame, but not a sane height.
  const frame = await appFrame(page);
  await frame.evaluate(() => {
    for (const height of [1e9, -5, 0, NaN, Infinity, '77', null]) {
      parent.postMessage({ type: 'backtrack:height', height }, '*');
    }
    parent.postMessage('backtrack:height', '*');
  });
  // From the app's origin, but another window: a second frame that is not the app's.
  await page.evaluate((src) => new Promise((loaded) => {
    const rogue = document.createElement('iframe');
    rogue.src = src;
    rogue.addEventListener('load', loaded);
    document.body.append(rogue);
  }), `${APP}/robots.txt`);
  const rogue = page.frames().find((f) => f.url() === `${APP}/robots.txt`);
  await rogue.evaluate(() => parent.postMessage({ type: 'backtrack:height', height: 222 }, '*'));
  await page.waitForTimeout(300);
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(height, 0);

  // The parent sending the app messages changes nothing: the app reads none.
  await iframe.evaluate((f) => {
    f.contentWindow.postMessage({ type: 'backtrack:route', route: '#/red-flags' }, '*');
    f.contentWindow.postMessage({ type: 'backtrack:height', height: 50 }, '*');
  });
  await page.waitForTimeout(300);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('Back pain from running');
});

test.describe('a frame that navigated to another origin', () => {
  test('is not trusted, even though it is the same frame', async ({ page }) => {
    await openDemo(page);
    const height = await expectFrameFits(page);
    const iframe = page.locator('iframe[data-backtrack]');
    // Any page on an origin other than the iframe's src: here the club page's own origin.
    await iframe.evaluate((f, url) => { f.contentWindow.location.href = url; }, `${DEMO}/robots.txt`);
    await expect.poll(async () => (await appFrame(page)).url()).toContain('robots.txt');
    const other = await appFrame(page);
    await other.evaluate(() => parent.postMessage({ type: 'backtrack:height', height: 333 }, '*'));
    await page.waitForTimeout(300);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(height, 0);
  });
});

test('with storage blocked in the frame, the embedded app still works', async ({ page }) => {
  await page.addInitScript(() => {
    if (window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const app = await openDemo(page);
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => { try { return !!localStorage; } catch { return 'blocked'; } })).toBe('blocked');
  for (const [link, heading] of [['Check my symptoms', /./], ['My plan', /./], ['Exercises', /./]]) {
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await expectFrameFits(page);
});

test('the demo page frames only its own site or a loopback address', async ({ page, warnings }) => {
  await page.goto(`${DEMO}/embed-demo.html?app=${encodeURIComponent('https://evil.example/')}`);
  const app = page.frameLocator('iframe[data-backtrack]');
  await expect(app.locator('header.site-header')).toBeVisible();
  expect(new URL((await appFrame(page)).url()).origin).toBe(DEMO);
  expect(warnings.some((w) => w.startsWith('Embed demo: app='))).toBe(true);
});

for (const options of ['', 'compact=1&start=check']) {
  test(`the club page and the app inside it have no axe violations${options ? ` (${options})` : ''}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openDemo(page, options);
    await expectFrameFits(page);
    // axe also checks inside the frame, on its own origin.
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}

// The snippet builder (embed-demo.html): what a club's volunteer webmaster uses.

test('the builder\'s snippet, pasted into a plain page with no stylesheet, gives a full-width frame as tall as the app', async ({ page }) => {
  await openDemo(page, 'compact=1&start=check');
  const snippet = await page.locator('#snippet').textContent();
  expect(snippet).toContain(`<script src="${APP}/club/backtrack/embed.js"></script>`);
  expect(snippet).toContain('compact=1');
  // A club page with nothing but a heading, the snippet and a paragraph, on its own origin.
  clubPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Club</title></head>`
    + `<body><h1>Back pain help</h1>\n${snippet}\n<p>Club news</p></body></html>`;
  for (const width of [1000, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${CLUB}/`);
    const app = page.frameLocator('iframe[data-backtrack]');
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    const iframe = page.locator('iframe[data-backtrack]');
    const box = await iframe.evaluate((f) => ({
      frame: f.getBoundingClientRect().width,
      column: document.body.clientWidth,
      border: getComputedStyle(f).borderTopWidth,
    }));
    expect(box.frame, `frame width at ${width} px`).toBe(box.column);
    expect(box.border).toBe('0px');
    await expectFrameFits(page);
  }
});

test('the builder explains on the page a colour the app would refuse', async ({ page }) => {
  await openDemo(page);
  const accent = page.getByLabel('Club colour', { exact: true });
  const verdict = page.locator('#accent-verdict');
  await expect(verdict).toContainText('Backtrack will use this colour');
  for (const [colour, says] of [
    ['#ffff00', 'too light to read as text on Backtrack\'s pale background (1.0:1 where 4.5:1 is needed)'],
    ['#c2410c', 'close to the red Backtrack keeps for "Get help now"'],
    ['red', 'only takes a colour code such as #1d4ed8'],
  ]) {
    await accent.fill(colour);
    await expect(verdict).toContainText(says);
    await expect(verdict).toContainText('keep its own teal');
  }
  // What the page says is what the app does: the preview keeps the default colour.
  await accent.fill('#b91c1c');
  await expect(verdict).toContainText('close to the red');
  await expect.poll(async () => new URL((await appFrame(page)).url()).search).toContain('accent=%23b91c1c');
  const app = page.frameLocator('iframe[data-backtrack]');
  await expect(app.locator('header.site-header')).toBeVisible();
  expect(await cssVar(await appFrame(page), '--accent')).toBe(DEFAULT_ACCENT);
  await expect(page.locator('#snippet')).toContainText('accent=%23b91c1c');
  // A usable colour: said so, and used.
  await accent.fill('#15803d');
  await expect(verdict).toContainText('Backtrack will use this colour');
  await expect.poll(async () => cssVar(await appFrame(page), '--accent')).toBe('#15803d');
});

test('the builder\'s colour rules agree with the app\'s on every colour in tests/embed-accents.txt', async ({ page }) => {
  // The app's verdicts, written by its own tests (core/src/embed.rs).
  const text = readFileSync(new URL('../embed-accents.txt', import.meta.url), 'utf8');
  const expected = {};
  for (const line of text.split('\n')) {
    const named = line.match(/^([0-9a-f]{6}) (\S+)$/);
    const row = line.match(/^([0-9a-f]) ([0-9a-f]): (.+)$/);
    if (named) expected[named[1]] = named[2];
    if (row) row[3].split(' ').forEach((v, b) => { expected[`${row[1]}${row[2]}${b.toString(16)}`] = v; });
  }
  const colours = Object.keys(expected);
  expect(colours.length).toBeGreaterThan(4000);
  const kinds = new Set(Object.values(expected).map((v) => v[0]));
  expect([...kinds].sort()).toEqual(['a', 'l', 'o']);

  await page.goto(`${DEMO}/embed-demo.html`);
  const actual = await page.evaluate(async (list) => {
    const { checkAccent } = await import('./embed-colour.js');
    return Object.fromEntries(list.map((c) => {
      const v = checkAccent(`#${c}`);
      return [c, v.verdict === 'ok' ? 'o' : v.verdict === 'like-alarm' ? 'a' : v.verdict === 'too-light' ? `l${v.tenths}` : `?${v.verdict}`];
    }));
  }, colours);
  const disagree = colours.filter((c) => actual[c] !== expected[c]).map((c) => `${c}: app ${expected[c]}, builder ${actual[c]}`);
  expect(disagree).toEqual([]);
});

test('the builder writes each choice into the snippet, ready to paste', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Club name').fill('Hill & Dale "Harriers"');
  await page.getByLabel('Compact: no menu bar').check();
  await page.getByLabel('First page').selectOption('red-flags');
  const snippet = page.locator('#snippet');
  await expect(snippet).toContainText('club=Hill%20%26%20Dale%20%22Harriers%22');
  await expect(snippet).toContainText('?embed=1&amp;compact=1&amp;club=');
  await expect(snippet).toContainText('start=red-flags');
  await expect(snippet).toContainText('style="display:block;width:100%;border:0"');
  const app = page.frameLocator('iframe[data-backtrack]');
  await expect(app.locator('.brand')).toHaveText('Backtrack for Hill & Dale "Harriers"');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('When to get help now');
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
