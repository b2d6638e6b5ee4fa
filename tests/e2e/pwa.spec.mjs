// Installable, offline-first PWA (issue 6): the service worker keeps every file of the build,
// the app works offline on every route at the domain root and under a sub-path, Chromium
// finds it installable, and a new deploy is offered and loads on consent with stored data
// intact. Plus the build-side checks: the precache list matches the build, the icons match
// their generator, the manifest's colours match the stylesheet.
import { execFileSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { serve } from './serve.mjs';
import { check as iconsStale } from '../../scripts/icons.mjs';
import { BUNDLE, ONLINE_ONLY } from '../../scripts/precache.mjs';
import { importedSnippets } from '../../scripts/inline-loader.mjs';
import { dataAddress } from '../../scripts/inline-icon.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const dist = process.env.BACKTRACK_DIST || join(root, 'dist');

// Every main route, with a few words its page must show (so a blank or wrong page fails).
const ROUTES = [
  ['#/', /Back pain from running/],
  ['#/check', /Check my symptoms|warning signs/i],
  ['#/causes', /Five common causes/],
  ['#/causes/disc', /disc/i],
  ['#/exercises', /Exercises/],
  ['#/exercises/side-plank', /side plank/i],
  ['#/plan', /plan/i],
  ['#/red-flags', /When to get help now/],
  ['#/sources', /Sources/],
  ['#/about', /.+/],
  ['#/running', /.+/],
];

// Each test loads the app many times, some from a cold browser: allow for a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Waits until the app has mounted (the header is drawn by the wasm). */
async function appReady(page) {
  await expect(page.locator('header.site-header')).toBeVisible({ timeout: 20_000 });
}

/** Waits until a service worker controls the page (it has precached the whole build). */
async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

/** Opens a route with a full page load (not just a hash change) and checks it rendered. */
async function openFresh(page, url, text) {
  await page.goto('about:blank');
  await page.goto(url);
  await appReady(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeVisible();
  await expect(h1).not.toHaveText('We could not find that page');
  await expect(page.locator('main')).toContainText(text);
}

for (const base of ['/', '/club/backtrack/']) {
  test(`offline at ${base}: after one visit, every route and a deep link load with no network`, async ({ page }) => {
    await page.goto(base);
    await appReady(page);
    await waitForServiceWorker(page);

    // The pages came from the bundle: each is stored under its own address exactly as built,
    // and the bundle itself is not kept as a second copy.
    const built = JSON.parse(await readFile(join(dist, BUNDLE), 'utf8'));
    const cached = await page.evaluate(async ([names, bundle]) => {
      const out = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const path of names) {
          const hit = await cache.match(new URL(path, location.href).href);
          if (hit) out[path] = await hit.text();
        }
        if (await cache.match(new URL(bundle, location.href).href)) out[bundle] = 'kept';
      }
      return out;
    }, [Object.keys(built), BUNDLE]);
    expect(cached).toEqual(built);

    await page.context().setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const notFromWorker = [];
    page.on('response', (res) => {
      if (!res.fromServiceWorker()) notFromWorker.push(res.url());
    });
    await page.reload();
    await appReady(page);
    for (const [hash, text] of ROUTES) await openFresh(page, `${base}${hash}`, text);
    // A deep link as a home-screen shortcut or a club's link might write it: index.html, a
    // query string and a fragment.
    await openFresh(page, `${base}index.html?from=club#/exercises/side-plank`, /side plank/i);
    expect(notFromWorker, 'responses that did not come from the service worker').toEqual([]);
  });

  test(`installable at ${base}: Chromium reports no installability or manifest errors`, async ({ playwright, baseURL }) => {
    // Chromium never offers to install from an incognito profile, and every Playwright
    // context is one: this test runs in a persistent profile of its own.
    const profile = await mkdtemp(join(tmpdir(), 'backtrack-profile-'));
    const { launchOptions } = test.info().project.use;
    const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    try {
      const page = context.pages()[0] || (await context.newPage());
      const problems = [];
      page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
      page.on('pageerror', (err) => problems.push(err.message));
      await page.goto(base);
      await appReady(page);
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data);
      // Relative start URL and scope: they resolve to wherever the app is served.
      expect(new URL(parsed.start_url, manifest.url).pathname).toBe(base);
      expect(new URL(parsed.scope, manifest.url).pathname).toBe(base);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
}

test('the service worker answers only for its own scope and leaves other paths alone', async ({ page }) => {
  await page.goto('/club/backtrack/');
  await appReady(page);
  await waitForServiceWorker(page);
  const result = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const names = await caches.keys();
    const own = await fetch('robots.txt');
    const outside = await fetch('/robots.txt'); // the same file, outside this app's scope
    return { scope: reg.scope, names, ownStatus: own.status, outsideStatus: outside.status };
  });
  expect(new URL(result.scope).pathname).toBe('/club/backtrack/');
  expect(result.names).toHaveLength(1);
  expect(result.names[0]).toMatch(/^backtrack \/club\/backtrack\/ [0-9a-f]{16}$/);
  expect(result.ownStatus).toBe(200);
  expect(result.outsideStatus).toBe(200);
});

// A deploy over a running copy needs a folder of its own: a server on a free port over a
// temporary copy of the build, which the test then overwrites with a second build.
const deployTest = test.extend({
  deployment: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'backtrack-deploy-'));
    await cp(dist, dir, { recursive: true });
    const server = await serve({ root: dir, port: 0 });
    await use({ dir, origin: `http://127.0.0.1:${server.address().port}` });
    server.closeAllConnections();
    server.close();
    await rm(dir, { recursive: true, force: true });
  },
  baseURL: async ({ deployment }, use) => use(`${deployment.origin}/`),
});

/**
 * Deploys a second build over the first: a changed index.html (as any new release has), then
 * the real post_build hook again, which writes a new precache list and so a new sw.js.
 */
async function deploySecondBuild(dir) {
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('</head>', '<meta name="backtrack-e2e-build" content="2"></head>'));
  execFileSync(process.execPath, [join(root, 'scripts', 'precache.mjs'), dir]);
}

const KEY = 'backtrack-e2e-kept';
const promptText = 'A new version of Backtrack is ready';

// On a read-only page (shown by src/loader.js, no wasm) and on a page the app draws.
for (const route of ['#/causes', '#/plan']) {
deployTest(`a new deploy is offered on ${route}, loads on consent, and keeps stored data`, async ({ page, deployment }) => {
  await page.goto(`/${route}`);
  await appReady(page);
  await waitForServiceWorker(page);
  await page.evaluate((key) => localStorage.setItem(key, 'still here'), KEY);
  const prompt = page.locator('.update-prompt');
  const bar = prompt.locator('.update-prompt-bar');
  await expect(prompt).toHaveAttribute('role', 'status');
  await expect(bar).toBeHidden();

  await deploySecondBuild(deployment.dir);
  // Opening the app checks for a new version; it installs in the background and waits.
  await page.reload();
  await appReady(page);
  await expect(bar).toBeVisible({ timeout: 20_000 });
  await expect(bar).toContainText(promptText);
  await expect(page.locator('meta[name="backtrack-e2e-build"]')).toHaveCount(0);

  // The runner agrees, by keyboard.
  const button = bar.getByRole('button', { name: 'Reload to update' });
  await button.focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await appReady(page);
  await expect(page.locator('meta[name="backtrack-e2e-build"]')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`${route}$`));
  await expect(bar).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('still here');
  // Only the new version's cache is left.
  const version = JSON.parse(await readFile(join(deployment.dir, 'precache.json'), 'utf8')).version;
  expect(await page.evaluate(() => caches.keys())).toEqual([`backtrack / ${version}`]);
});
}

deployTest('without consent, the new version starts once no tab runs the old one', async ({ page, context, deployment }) => {
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  await deploySecondBuild(deployment.dir);
  await page.reload();
  await expect(page.locator('.update-prompt-bar')).toBeVisible({ timeout: 20_000 });
  // Close the only tab (as a runner closing the app), then open it again.
  await page.goto('about:blank');
  const again = await context.newPage();
  await page.close();
  await expect(async () => {
    // Each try starts from a blank page: a tab reloaded while the old version still runs it
    // stays that version's page, and the new one would then wait for ever (as in a browser,
    // where reloading the only tab does not start a waiting version).
    await again.goto('about:blank');
    await again.goto('/');
    await appReady(again);
    await expect(again.locator('meta[name="backtrack-e2e-build"]')).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(again.locator('.update-prompt-bar')).toBeHidden();
});

// Some hosts (Cloudflare Pages, Netlify's "pretty URLs") answer /index.html with a redirect
// to /. A redirected response cannot answer a navigation, so the worker must store the page
// itself. This host redirects, and passes everything else to the test server.
const redirectingHostTest = test.extend({
  host: async ({}, use) => {
    const upstream = await serve({ root: dist, port: 0 });
    const front = createServer((req, res) => {
      if (new URL(req.url, 'http://host').pathname === '/index.html') {
        res.writeHead(308, { Location: '/' });
        return res.end();
      }
      const options = { host: '127.0.0.1', port: upstream.address().port, path: req.url, method: req.method, headers: req.headers };
      req.pipe(request(options, (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      }));
    });
    await new Promise((ok) => front.listen(0, '127.0.0.1', ok));
    await use(`http://127.0.0.1:${front.address().port}/`);
    for (const server of [front, upstream]) {
      server.closeAllConnections();
      server.close();
    }
  },
  baseURL: async ({ host }, use) => use(host),
});

redirectingHostTest('offline on a host that redirects index.html to ./', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await openFresh(page, '/#/causes/disc', /disc/i);
  await openFresh(page, '/index.html#/red-flags', /When to get help now/);
});

test.describe('the build', () => {
  test('sw.js precaches every file of the build, with its current SHA-256', async () => {
    const sw = await readFile(join(dist, 'sw.js'), 'utf8');
    const match = sw.match(/\/\*precache\*\/ (.*) \/\*end precache\*\//);
    expect(match, 'sw.js was filled in by scripts/precache.mjs').not.toBeNull();
    const { version, files, bundled, bundle } = JSON.parse(match[1]);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(bundle).toBe(BUNDLE);
    const expected = [];
    async function walk(dir) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else {
          const rel = relative(dist, path).split(sep).join('/');
          if (rel === 'sw.js' || rel === 'precache.json' || rel === BUNDLE) continue;
          if (ONLINE_ONLY.has(rel)) {
            online.push(rel);
            continue;
          }
          expected.push([rel, 'sha256-' + createHash('sha256').update(await readFile(path)).digest('base64')]);
        }
      }
    }
    const online = [];
    await walk(dist);
    expected.sort(([a], [b]) => (a < b ? -1 : 1));
    // Every file is installed: the read-only pages from the bundle, the rest one by one.
    expect([...files.filter(([f]) => f !== BUNDLE), ...bundled].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(expected);
    expect(bundled.length).toBeGreaterThan(20);
    expect(bundled.every(([f]) => f.startsWith('pages/'))).toBe(true);
    expect(files.some(([f]) => f.startsWith('pages/'))).toBe(false);
    // The bundle holds exactly those pages, byte for byte, and is listed with its own hash.
    const bundleBytes = await readFile(join(dist, BUNDLE));
    expect(files).toContainEqual([BUNDLE, 'sha256-' + createHash('sha256').update(bundleBytes).digest('base64')]);
    const pages = JSON.parse(bundleBytes.toString('utf8'));
    expect(Object.keys(pages)).toEqual(bundled.map(([f]) => f));
    for (const [f] of bundled) expect(pages[f]).toBe(await readFile(join(dist, f), 'utf8'));
    // The files left out for club webmasters are all in the build (the list is not stale).
    expect(online.sort()).toEqual([...ONLINE_ONLY].sort());
    expect(bundled.some(([f]) => f.startsWith('pages/causes/'))).toBe(true);
    for (const name of ['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'icon.svg']) {
      expect(files.map(([f]) => f)).toContain(name);
    }
    expect(files.some(([f]) => f.endsWith('.wasm'))).toBe(true);
    // Nothing the service worker could fetch points to another origin.
    expect(sw).not.toMatch(/https?:\/\//);
  });

  test('the build holds exactly the snippets the app imports, and the loader names them', async () => {
    const imported = [...(await importedSnippets(dist))].sort();
    expect(imported.length).toBeGreaterThan(0);
    const shipped = (await readdir(join(dist, 'snippets'), { recursive: true }))
      .filter((e) => e.endsWith('.js'))
      .map((e) => ['snippets', ...e.split(/[\\/]/)].join('/'))
      .sort();
    expect(shipped).toEqual(imported);
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    expect(html.match(/data-app-modules="([^"]*)"/)?.[1].split(' ').sort()).toEqual(imported);
  });

  test('the version changes with any file and with the worker\'s own code, and only then', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backtrack-version-'));
    try {
      await cp(dist, dir, { recursive: true });
      const version = () => {
        execFileSync(process.execPath, [join(root, 'scripts', 'precache.mjs'), dir]);
        return execFileSync(process.execPath, ['-e', 'console.log(require(process.argv[1]).version)', join(dir, 'precache.json')], { encoding: 'utf8' }).trim();
      };
      const first = version();
      expect(version(), 'running the hook again changes nothing').toBe(first);
      await writeFile(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
      const second = version();
      expect(second).not.toBe(first);
      const sw = join(dir, 'sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')) + '\n// a change to the worker itself\n');
      expect(version()).not.toBe(second);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the icons are what scripts/icons.mjs draws', async () => {
    expect(await iconsStale(), 'run node scripts/icons.mjs').toEqual([]);
    // The favicon is icon.svg itself, inlined (scripts/inline-icon.mjs): no request for it
    // while the page loads, and the same drawing as the file the manifest names.
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const svg = await readFile(join(dist, 'icon.svg'), 'utf8');
    const links = [...html.matchAll(/<link\b[^>]*\brel="?icon"?[\s>][^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(1);
    expect(links[0]).toContain(`href="${dataAddress(svg)}"`);
    expect(decodeURIComponent(dataAddress(svg).replace('data:image/svg+xml,', ''))).toBe(svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'"));
  });

  test('the manifest matches the stylesheet and index.html, and its icons exist at their sizes', async () => {
    const manifest = JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8'));
    const css = await readFile(join(root, 'style', 'main.css'), 'utf8');
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const cssVar = (name) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))[1].toLowerCase();
    expect(manifest.theme_color).toBe(cssVar('accent'));
    expect(manifest.background_color).toBe(cssVar('bg'));
    // Release builds are minified (quotes dropped, attributes reordered): compare attributes.
    const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'g'))].map((m) =>
      Object.fromEntries([...m[1].matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)]
        .map((a) => [a[1], a[2] ?? a[3] ?? a[4]])));
    expect(tags('meta').find((m) => m.name === 'theme-color')?.content).toBe(manifest.theme_color);
    // The manifest link is added by the loader (inlined into index.html) once the page has
    // loaded, so that it does not queue beside the first paint (docs/speed.md); the
    // installability test above sees it in the browser.
    expect(html).toContain("link('manifest', 'manifest.webmanifest')");
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url.startsWith('.')).toBe(true);
    expect(manifest.scope.startsWith('.')).toBe(true);
    const sizes = new Set();
    for (const icon of manifest.icons) {
      const bytes = await readFile(join(dist, icon.src));
      if (icon.type !== 'image/png') continue;
      const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
      sizes.add(`${icon.sizes} ${icon.purpose}`);
    }
    expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});
