// Registers Backtrack's service worker (sw.js, beside index.html) and runs the update
// handshake with the UpdatePrompt component (mod.rs in this folder). A plain same-origin
// script, loaded with `defer` from index.html: no inline code and no eval, so a strict
// Content Security Policy (`script-src 'self'`) allows it. It is kept out of the wasm on
// purpose: see mod.rs for the measured cost of doing this from Rust.
//
// The handshake, through two window events:
// - here → component: when a new version is installed and waiting while an older one runs
//   this page, `<html data-update-ready>` is set (in case the component mounts later) and
//   `backtrack:update-ready` is dispatched.
// - component → here: `backtrack:update-accept` when the runner presses the button. The
//   waiting worker is told to take over; once it controls the page, the page reloads, once.
//
// Update checks: the browser checks sw.js on every load of the app; this script also asks
// whenever the page becomes visible again (a phone app resumed from the background). If
// the runner never presses the button, the new version starts the next time the app opens
// with no copy of it still running. Nothing here touches localStorage.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  let registration = null;
  let accepted = false;

  const announce = () => {
    if (!registration || !registration.waiting || !sw.controller) return;
    document.documentElement.setAttribute('data-update-ready', '');
    dispatchEvent(new Event('backtrack:update-ready'));
  };

  sw.addEventListener('controllerchange', () => {
    // The first install also takes control (clients.claim); only an accepted update reloads.
    if (!accepted) return;
    accepted = false;
    location.reload();
  });

  addEventListener('backtrack:update-accept', () => {
    accepted = true;
    const waiting = registration && registration.waiting;
    if (waiting) waiting.postMessage({ type: 'skip-waiting' });
    else location.reload(); // another tab has already switched to the new version
  });

  const register = () => {
    sw.register('sw.js', { updateViaCache: 'none' }).then((reg) => {
      registration = reg;
      announce();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        if (next) next.addEventListener('statechange', () => next.state === 'installed' && announce());
      });
      document.addEventListener('visibilitychange', () => {
        // Offline, the check fails quietly and the app carries on from its cache.
        if (document.visibilityState === 'visible') reg.update().catch(() => {});
      });
    }, () => {
      // Service workers unavailable (storage blocked, some private modes): the app still
      // works while online, it just cannot work offline.
    });
  };
  // After the page has loaded, so installing never competes with the first load.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
