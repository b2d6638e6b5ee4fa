// From a result, or from a cause's own page, to that cause's plan in one tap (issue 21), and
// never past a warning sign: the link `#/plan/start/<cause>` starts the plan when the
// runner's data allows it, and otherwise says why not or asks first.
import { test, expect, appReady, appStarted } from './fixtures.mjs';
import { PICTURES, walkCheck } from './questionnaire.mjs';

// Each test walks the whole check (about 50 answers): allow for a busy machine.
test.describe.configure({ timeout: 120_000 });


/** The stored plan (`{ cause, from, phase, … }`), or null. */
async function storedPlan(page) {
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('backtrack.data') || 'null');
    return doc && doc.plan ? doc.plan : null;
  });
}

for (const [cause, [name, answers]] of Object.entries(PICTURES)) {
  test(`result to plan in one tap: ${cause}`, async ({ page }) => {
    await walkCheck(page, answers);
    const top = page.locator('.ranked-causes > li').first();
    await expect(top.getByRole('heading')).toContainText(new RegExp(name.split(' ')[0], 'i'));
    await page.getByRole('link', { name: 'Start my plan' }).click();
    await expect(page).toHaveURL(/#\/plan$/);
    await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toHaveText(new RegExp(`Plan started: ${name.split(' ')[0]}`, 'i'), { timeout: 15_000 });
    // The plan is running: no second "start" button, and today's part is there.
    await expect(page.getByRole('button', { name: /^Start the plan/ })).toHaveCount(0);
    await expect(page.locator('main')).toContainText(/phase 1/i);
    expect(await storedPlan(page)).toMatchObject({ cause, from: 'check', phase: 'settle' });
    // A reload does not start it again, nor change it.
    await page.reload();
    await appStarted(page);
    await expect(page).toHaveURL(/#\/plan$/);
    await expect(page.locator('.start-notice')).toHaveCount(0);
  });
}

test('from a cause page with no check yet: the check is offered first, and the plan starts on request', async ({ page }) => {
  await page.goto('/#/causes/disc');
  await appReady(page);
  await page.getByRole('link', { name: /^Start my plan for Disc/ }).click();
  await appStarted(page);
  await expect(page).toHaveURL(/#\/plan$/);
  const notice = page.locator('.start-notice');
  await expect(notice).toContainText('looks for warning signs');
  await expect(notice.getByRole('link', { name: 'Check my symptoms first' })).toBeVisible();
  await notice.getByRole('button', { name: /^Start the plan for Disc/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toContainText('Plan started: Disc');
  await expect(page.locator('.start-notice')).toHaveCount(0);
  expect(await storedPlan(page)).toMatchObject({ cause: 'disc', from: 'chosen' });
});

test('following another plan: switching is asked, and the diary is kept', async ({ page }) => {
  await walkCheck(page, PICTURES.facet_joint[1]);
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toBeVisible({ timeout: 15_000 });
  await page.goto('/#/causes/nerve');
  await appReady(page);
  await page.getByRole('link', { name: /^Start my plan for Nerve/ }).click();
  const notice = page.locator('.start-notice');
  await expect(notice).toContainText('You are following the plan for Facet joint pain');
  await expect(notice).toContainText('Your diary and sessions are kept.');
  await notice.getByRole('button', { name: /^Start the plan for Nerve/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan started' })).toContainText('Nerve');
  expect(await storedPlan(page)).toMatchObject({ cause: 'nerve', from: 'chosen' });
});

test('after a warning sign, no start link starts a plan', async ({ page }) => {
  await walkCheck(page, { rf_bladder_change: 'yes' });
  await expect(page.getByRole('link', { name: 'Start my plan' })).toHaveCount(0);
  for (const cause of ['muscular', 'disc']) {
    await page.goto(`/#/causes/${cause}`);
    await appReady(page);
    await page.locator('.start-plan a').click();
    await expect(page).toHaveURL(/#\/plan$/);
    await expect(page.locator('.start-notice')).toContainText('No self-care plan has been started.');
    await expect(page.getByRole('button', { name: /^Start the plan/ })).toHaveCount(0);
  }
  expect(await storedPlan(page)).toBeNull();
});
