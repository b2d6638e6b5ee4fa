// The development server (scripts/serve) as a newcomer first sees it: the page it serves
// loads with a clean console. It used to inject Trunk's inline live-reload script, which the
// page's Content Security Policy refused, with an error on every page. The server runs here
// in a folder of its own (see dev-server.mjs), beside the other browser tests.
import { test, expect } from '@playwright/test';
import { startDevServer } from './dev-server.mjs';

let dev;

test.beforeAll(async () => {
  // On a fresh machine the server's first build compiles every dependency.
  test.setTimeout(20 * 60_000);
  dev = await startDevServer({ dist: 'target/serve-e2e' });
});

test.afterAll(async () => {
  await dev?.stop();
});

test('the page served by scripts/serve logs no error and trips no policy', async ({ page }) => {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });

  const response = await page.goto(dev.url);
  // The page is the release build with its policy, and the server sends the host's headers.
  expect(await response.text()).toContain('<meta http-equiv="Content-Security-Policy"');
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors');
  await expect(page.locator('header.site-header')).toBeVisible();
  // The loader has run (it marks the page it shows); the app starts on #/check below.
  await expect(page.locator('#prerender')).toHaveAttribute('data-shown', '#/');
  for (const route of ['#/check', '#/causes/disc', '#/plan']) {
    await page.goto(`${dev.url}${route}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(problems).toEqual([]);
});
