// The pictures (issue 21): the drawing of the lower back on every cause page and with a
// result, the exercise figures that fill their box and show the movement, the movement
// pictures beside some questions, and the header's mark. Each is what a runner sees, with
// the words a screen reader gives.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures.mjs';
import { answerStep, next, skipBaseline, walkCheck } from './questionnaire.mjs';

// axe is slow on a busy two-core machine; these tests measure nothing about speed.
test.describe.configure({ timeout: 120_000 });

const MARKED = {
  muscular: 'the back muscles',
  facet_joint: 'the facet joints',
  sacroiliac_joint: 'the sacroiliac joints',
  disc: 'the discs',
  nerve: 'the nerve roots',
};

/** The drawing of the lower back, found by its text alternative. */
const backDrawing = (page) => page.getByRole('img', { name: /^A drawing of the lower back seen from behind\./ });

async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

test('every cause page shows the lower back with its own part marked and named', async ({ page }) => {
  for (const [id, part] of Object.entries(MARKED)) {
    await page.goto(`/#/causes/${id}`);
    await appReady(page);
    const drawing = backDrawing(page);
    await expect(drawing).toBeVisible();
    await expect(drawing).toHaveAttribute('aria-label', new RegExp(`Marked in the drawing: ${part}\\.$`));
    await expect(page.locator('.back-figure figcaption')).toHaveText(`Marked in the drawing: ${part}.`);
    // Marked by more than colour: one part outlined, an arrow pointing to it.
    await expect(drawing.locator('g.hl')).toHaveCount(1);
    await expect(drawing.locator('.pointer')).toBeVisible();
    // A sensible size at any width: not a sliver, not the whole screen.
    const box = await drawing.boundingBox();
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeLessThan(400);
  }
});

test('a result that singles out a cause marks its part; one that cannot marks none', async ({ page }) => {
  // The facet joint answers of triage.spec: a confident result.
  await walkCheck(page, {
    pain_buttock: 'yes', leg: 'no', worse_extension: 'yes', worse_flexion: 'no', eased_flexion: 'yes',
    worse_standing: 'yes', worse_cough_sneeze: 'no', worse_downhill: 'yes',
  });
  await expect(page.locator('.ranked-causes > li').first()).toContainText('Most likely');
  await expect(backDrawing(page)).toHaveAttribute('aria-label', /Marked in the drawing: the facet joints\.$/);
  await expect(page.locator('.back-figure figcaption')).toHaveText('Marked in the drawing: the facet joints.');

  // Disc and nerve cannot be told apart: the drawing shows the parts, marks none.
  await walkCheck(page, {
    worse_flexion: 'yes', worse_sitting: 'yes', worse_cough_sneeze: 'yes',
    leg: 'yes', pins_needles: 'yes', numbness_leg: 'yes', pain_below_knee: 'yes',
  });
  await expect(page.locator('.not-confident')).toBeVisible();
  await expect(backDrawing(page)).toBeVisible();
  await expect(backDrawing(page)).not.toHaveAttribute('aria-label', /Marked/);
  await expect(page.locator('.back-figure figcaption')).toHaveCount(0);
});

// As the a11y spec: 320 px wide (WCAG 1.4.10 reflow), and text doubled at 640 px (1.4.4).
for (const scheme of ['light', 'dark']) {
  test(`a result with the drawing passes axe at 320 px and with text doubled (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 320, height: 800 });
    await walkCheck(page, {
      pain_buttock: 'yes', leg: 'no', worse_extension: 'yes', worse_flexion: 'no', eased_flexion: 'yes',
      worse_standing: 'yes', worse_cough_sneeze: 'no', worse_downhill: 'yes',
    });
    await expect(backDrawing(page)).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page, `result with the drawing (${scheme}, 320 px)`);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page, `result with the drawing (${scheme}, text doubled)`);
  });
}

test('an exercise figure fills its box, and the second picture shows where the first began', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#/exercises/glute-bridge');
  await appReady(page);
  const figure = page.getByRole('img', { name: /lying on the back/ });
  const poses = figure.locator('figure.pose');
  await expect(poses).toHaveCount(2);
  await expect(poses.locator('figcaption')).toHaveText(['Start', 'Lift']);
  // Both pictures in one frame, so the hips are in the same place in each.
  const frames = await poses.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('viewBox')));
  expect(frames[0]).toBe(frames[1]);
  // The figure fills its box (it used to take a quarter of its height and half its width).
  const shares = await poses.locator('svg').evaluateAll((svgs) => svgs.map((svg) => {
    const body = [...svg.querySelectorAll('g.near')].find((g) => !g.closest('.ghost, .moving'));
    const [outer, inner] = [svg.getBoundingClientRect(), body.getBoundingClientRect()];
    return [inner.width / outer.width, inner.height / outer.height];
  }));
  for (const [width, height] of shares) {
    expect(width).toBeGreaterThan(0.7);
    expect(height).toBeGreaterThan(0.4);
  }
  // The lift shows the start as an outline; with reduced motion nothing changes.
  const lift = poses.nth(1);
  await expect(lift.locator('g.ghost polyline').first()).toBeVisible();
  const style = (selector) => lift.locator(selector).evaluate((g) => {
    const s = getComputedStyle(g);
    return [s.animationName, s.opacity];
  });
  expect(await style('g.start')).toEqual(['none', '0']);
  expect(await style('g.end')).toEqual(['none', '1']);
});

test('when motion is allowed, the second picture turns back into the first pose and out again', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/#/exercises/glute-bridge');
  await appReady(page);
  const lift = page.locator('figure.pose').nth(1);
  // Which pose the picture shows: the start, the lift, or neither (between the two).
  const shown = () => lift.evaluate((figure) => {
    const opacity = (g) => Number(getComputedStyle(figure.querySelector(g)).opacity);
    const [start, end] = [opacity('g.start'), opacity('g.end')];
    if (start < 0.01 && end > 0.99) return 'lift';
    if (start > 0.99 && end < 0.01) return 'start';
    return 'between';
  });
  // The lift, as captioned, most of the time; the start for a moment; the lift again.
  const often = { intervals: [100], timeout: 6000 };
  await expect.poll(shown, often).toBe('lift');
  await expect.poll(shown, often).toBe('start');
  await expect.poll(shown, often).toBe('lift');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
    await expectNoAxeViolations(page, `moving exercise figure (${colorScheme})`);
  }
});

test('the questions about a movement show its picture, and keep their words as their name', async ({ page }) => {
  await page.goto('/#/check');
  await appReady(page);
  // Through the safety steps to the hopping question.
  for (let i = 0; i < 4; i++) {
    await answerStep(page);
    await next(page);
  }
  await expect(page.locator('#step-heading')).toHaveText('Running, bones and age');
  const hop = page.getByRole('group', { name: /when you hop/ });
  await expect(hop.locator('svg.question-icon')).toBeVisible();
  await expect(hop.locator('svg.question-icon')).toHaveAttribute('aria-hidden', 'true');
  await answerStep(page);
  await next(page);
  await skipBaseline(page);
  // On to the movements: leaning back, bending forwards and sitting have pictures.
  for (let i = 0; i < 3; i++) {
    await answerStep(page, { leg: 'no' });
    await next(page);
  }
  await expect(page.locator('#step-heading')).toHaveText('What makes it worse or better');
  for (const [id, name] of [
    ['worse_extension', 'Does leaning or arching backwards make it worse?'],
    ['worse_flexion', 'Does bending forwards make it worse?'],
    ['worse_sitting', 'Is it worse after you have been sitting for a long time?'],
  ]) {
    const group = page.locator(`#question-${id}`);
    await expect(group.locator('svg.question-icon')).toBeVisible();
    await expect(page.getByRole('group', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('#question-worse_standing svg')).toHaveCount(0);
  await expectNoAxeViolations(page, 'check step with movement pictures');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'check step with movement pictures (dark)');
  await next(page);
  await expect(page.locator('#question-worse_downhill svg.question-icon')).toBeVisible();
});

test('the header mark is the app icon, hidden from screen readers, in the accent colour', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const brand = page.getByRole('link', { name: 'Backtrack', exact: true });
  await expect(brand).toBeVisible();
  const mark = brand.locator('svg.brand-mark');
  await expect(mark).toHaveAttribute('aria-hidden', 'true');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(accent).toBe('#0b5d5a');
  await expect(mark.locator('rect')).toHaveCSS('fill', 'rgb(11, 93, 90)');
  const box = await mark.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(28);
});
