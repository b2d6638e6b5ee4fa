// The Content Security Policy: the browser itself keeps Backtrack from contacting any other
// origin, and no page of ours trips the policy.
import { test as plain, expect as plainExpect } from '@playwright/test';
import { test, expect, appReady } from './fixtures.mjs';

const ROUTES = ['#/', '#/about', '#/check', '#/result', '#/causes', '#/causes/disc', '#/exercises',
  '#/exercises/slump-slider', '#/plan', '#/plan/session', '#/diary', '#/progress', '#/data', '#/summary', '#/running', '#/red-flags',
  '#/sources', '#/no-such-page'];

/** Records every CSP violation the page reports, from before any script of ours runs. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
}

test('every page loads under the policy with no violation', async ({ page }) => {
  await recordViolations(page);
  for (const route of ROUTES) {
    await page.goto(`/${route}`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => window.__csp), route).toEqual([]);
  }
});

test('the built page carries a strict policy with a hash for its one inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  const response = await request.get('/');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors');
});

// Not the shared fixture: this test provokes a violation on purpose, and the browser reports
// it as a console error.
plain('a request to another origin is blocked by the browser', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  await page.locator('header.site-header').waitFor();
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('http://127.0.0.1:9/collect?data=pain');
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  plainExpect(outcome).toBe('blocked');
  plainExpect(await page.evaluate(() => window.__csp)).toEqual(['connect-src: http://127.0.0.1:9/collect?data=pain']);
});

plain('trunk serve sends the same security headers as the test server and docs/deploying.md', async () => {
  const { readFileSync } = await import('node:fs');
  const json = JSON.parse(readFileSync(new URL('../../scripts/headers.json', import.meta.url), 'utf8'));
  const toml = readFileSync(new URL('../../Trunk.toml', import.meta.url), 'utf8');
  const section = toml.split('[serve.headers]')[1] ?? '';
  const fromToml = Object.fromEntries([...section.matchAll(/^"([^"]+)" = "([^"]*)"$/gm)].map((m) => [m[1], m[2]]));
  const guide = readFileSync(new URL('../../docs/deploying.md', import.meta.url), 'utf8');
  for (const [name, value] of Object.entries(json).filter(([n]) => !n.startsWith('_'))) {
    plainExpect(fromToml[name], `Trunk.toml ${name}`).toBe(value);
    plainExpect(guide, `docs/deploying.md mentions ${name}`).toContain(name);
  }
});
