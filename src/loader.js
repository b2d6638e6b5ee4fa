// Backtrack's loader: shows the read-only pages without the wasm, and starts the app (the
// wasm) only when the runner opens a page that needs it. See docs/speed.md for why and
// docs/architecture.md for how the two parts meet.
//
// The build (examples/prerender.rs) writes the start page into index.html, every read-only
// page (causes, exercises, red flags, sources…) into pages/, and their list, by route, into
// <script type="application/json" id="pages">: { "#/causes/disc": [file, title, section] }.
// Routes are parsed in Rust; this script only looks up the exact hashes the build listed.
// Anything else (the check, the result, the plan and its pages, the running guide, a link we
// do not know) starts the app, which reads the address itself and from then on draws every
// page: once it has drawn itself, this script does nothing more. In a club's frame the app
// starts at once (the embed options are read in Rust).
//
// A page the app draws may be listed too, with a fourth item: a storage key. While nothing
// is stored under it (a first visit), the file is what the app would draw, so it is shown
// while the app loads ("My plan", src/prerender.rs). Until the app is there, what the runner
// chooses in it is kept, and a button pressed is pressed again in the app's own page.
//
// Trunk writes a script tag for it that names the app's files (data-app-js, data-app-wasm;
// pattern_script in Trunk.toml); the build then inlines this file there, at the end of the
// body (scripts/inline-loader.mjs), and the Content Security Policy allows it by its hash.
// No eval. After the page has loaded it also adds what the first paint does not need: the
// install manifest, register.js (the service worker) and a prefetch of the app's files, so
// that on a slow connection they do not queue beside index.html and a deep link's page.
(() => {
  'use strict';
  const me = document.currentScript;
  const root = document.documentElement;
  const host = document.getElementById('prerender');
  const listed = document.getElementById('pages');
  let pages = {};
  try {
    pages = JSON.parse(listed ? listed.textContent : '{}');
  } catch (e) {
    pages = {};
  }
  let app = null;
  // The app has drawn itself: from then on it owns the page.
  let mounted = false;
  /** The app's other modules, named by the build (scripts/inline-loader.mjs). */
  const modules = () => (me.dataset.appModules || '').split(' ').filter(Boolean);
  const link = (rel, href, type) => {
    const el = document.createElement('link');
    el.rel = rel;
    el.href = href;
    if (type) el.type = type;
    document.head.append(el);
  };

  /** Starts the app once; it replaces everything this script has shown. Until it has,
   *  this script goes on showing the pages it has files for. */
  const startApp = () => {
    if (app) return app;
    busy(true);
    // The wasm is fetched while its script loads, not after: one round trip less. So are the
    // modules the script imports (wasm-bindgen's snippets), which it would ask for only once
    // it had arrived.
    const wasm = fetch(me.dataset.appWasm);
    for (const module of modules()) link('modulepreload', module);
    app = import(me.dataset.appJs)
      .then(({ default: init }) => init({ module_or_path: wasm }))
      .then(() => {
        mounted = true;
        removeEventListener('hashchange', onRoute);
        carryOver();
        dispatchEvent(new CustomEvent('TrunkApplicationStarted'));
      })
      .catch(() => {
        // Offline before Backtrack was saved for offline use, or a broken deploy.
        app = null;
        failed();
      });
    return app;
  };

  // What the runner did in a page shown from its file before the app was there: the fields'
  // values by id, the field that had focus, and the button pressed (on which page).
  const typed = new Map();
  let focused = null;
  let pressed = null;
  const inShown = (el) => !mounted && host && el instanceof Element && host.contains(el);
  const ticks = (el) => el.type === 'checkbox' || el.type === 'radio';
  document.addEventListener('change', (event) => {
    const el = event.target;
    if (!inShown(el) || !el.id) return;
    // A box or radio button keeps whether it is ticked; any other field its value. A radio
    // button ticked unticks the others of its group, which the app's page then does too.
    typed.set(el.id, ticks(el) ? el.checked : el.value);
  });
  document.addEventListener('focusin', (event) => {
    focused = inShown(event.target) && event.target.id ? event.target.id : null;
  });
  document.addEventListener('click', (event) => {
    const button = inShown(event.target) && app && event.target.closest('button[data-act]');
    if (!button) return;
    event.preventDefault();
    pressed = [key(), button.dataset.act, button.dataset.id];
    busy(true);
  });

  /** Puts all of that into the app's own page, now drawn in the same place. */
  const carryOver = () => {
    const root = main();
    if (!root) return;
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (!field || !root.contains(field) || !('value' in field)) continue;
      if (ticks(field)) field.checked = value === true;
      else field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const had = focused && document.getElementById(focused);
    if (had && root.contains(had)) had.focus();
    if (pressed && pressed[0] === key()) {
      const [, act, id] = pressed;
      const selector = `button[data-act="${CSS.escape(act)}"]` + (id ? `[data-id="${CSS.escape(id)}"]` : '');
      const button = root.querySelector(selector);
      if (button) button.click();
    }
    typed.clear();
    pressed = null;
  };

  const main = () => document.getElementById('main');
  const busy = (on) => {
    const m = main();
    if (m && on) m.setAttribute('aria-busy', 'true');
    else if (m) m.removeAttribute('aria-busy');
  };
  const key = () => (location.hash === '' || location.hash === '#' ? '#/' : location.hash);

  const focusHeading = () => {
    const m = main();
    const heading = m && m.querySelector('h1');
    (heading || m) && (heading || m).focus();
  };

  /** Puts `markup` in the page, and everything that goes with a page change. */
  const showPage = (markup, [, title, section], moved) => {
    const page = host && host.querySelector('main .page');
    if (!page) return startApp();
    page.innerHTML = markup;
    document.title = title;
    for (const link of host.querySelectorAll('.site-header nav a')) {
      if (link.getAttribute('href') === section) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    root.classList.remove('deep-link');
    busy(false);
    host.dataset.shown = key();
    if (moved) {
      scrollTo(0, 0);
      focusHeading();
    }
  };

  /** The page could not be loaded (offline before Backtrack was saved for offline use). */
  const failed = () => {
    const template = document.getElementById('page-failed');
    if (template) showPage(template.innerHTML, [, document.title, null], true);
  };

  /** Whether nothing is stored under `name` (false when storage cannot be read: the app
   *  then says so above its page, which the file does not). */
  const nothingSaved = (name) => {
    try {
      return localStorage.getItem(name) === null;
    } catch (e) {
      return false;
    }
  };

  const show = async (moved) => {
    const wanted = key();
    const entry = Object.prototype.hasOwnProperty.call(pages, wanted) ? pages[wanted] : null;
    if (!entry || (entry[3] && !nothingSaved(entry[3]))) return startApp();
    if (wanted === '#/' && !moved && host) {
      // The start page is already in index.html.
      host.dataset.shown = wanted;
      return;
    }
    busy(true);
    // Asked for first: on a slow connection the small page then comes before the app's files.
    const request = fetch(entry[0]);
    // A page the app draws: the app loads while its file is shown.
    if (entry[3]) startApp();
    let markup;
    try {
      const response = await request;
      if (!response.ok) throw new Error(String(response.status));
      markup = await response.text();
    } catch (e) {
      if (key() === wanted && !app) failed();
      return;
    }
    // The runner may have moved on while the page loaded, or the app may be there by now.
    if (key() !== wanted || mounted) return;
    showPage(markup, entry, moved);
  };

  const onRoute = () => show(true);

  // The skip link's target would be read as a route: move focus instead. The app does the
  // same once it runs (site_header::skip_to_main).
  document.addEventListener('click', (event) => {
    if (mounted || !(event.target instanceof Element)) return;
    if (!event.target.closest('#prerender .skip-link')) return;
    event.preventDefault();
    focusHeading();
  });

  // What the first paint does not need, added a second after the page has loaded (a deep
  // link's page is shown by then, or soon after): on a slow connection these requests would
  // otherwise queue beside the page's own. register.js then registers the service worker.
  let added = false;
  const later = () => {
    if (added) return;
    added = true;
    link('manifest', 'manifest.webmanifest');
    link('apple-touch-icon', 'icons/apple-touch-icon.png');
    // The app's files, at the lowest priority, unless the app is already loading: a tap on
    // "My plan" a few seconds into a first visit, or in a browser with no service worker,
    // then finds them in the browser's cache instead of waiting a second or more for the
    // wasm on a slow connection. No extra bytes: the service worker installs the same files
    // now (it reads them from that cache), and nothing is started until a page needs it.
    if (!app) {
      for (const file of [me.dataset.appJs, me.dataset.appWasm, ...modules()]) link('prefetch', file);
    }
    const register = document.createElement('script');
    register.src = 'register.js';
    document.head.append(register);
  };
  const afterLoad = () => setTimeout(later, 1000);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });

  if (!host || root.classList.contains('embedded')) startApp();
  else {
    addEventListener('hashchange', onRoute);
    show(false);
  }
})();
