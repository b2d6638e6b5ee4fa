// Registers Backtrack's service worker (sw.js, beside index.html) and runs the update prompt
// drawn by the UpdatePrompt component (mod.rs in this folder; it explains why this is not in
// the wasm). A plain same-origin script loaded with `defer`: no inline code and no eval, so a
// strict Content Security Policy (`script-src 'self'`) allows it.
//
// - When a new version is installed and waiting while an older one runs this page, it sets
//   `<html data-update-ready>`; the stylesheet then shows the prompt's bar.
// - A click on `[data-update-accept]` tells the waiting worker to take over; once it
//   controls the page, the page reloads, once.
// - Update checks: the browser checks sw.js whenever the app is opened or reloaded; this
//   script also asks whenever the page becomes visible again (a phone app resumed from the
//   background). If the runner never accepts, the new version starts the next time the app
//   opens with no copy of the old one still running.
// Nothing here touches localStorage, so nothing stored is lost across an update.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const root = document.documentElement;
  let registration = null;
  let accepted = false;

  const show = () => root.setAttribute('data-update-ready', '');
  const announce = () => {
    if (!registration || !registration.waiting || !sw.controller) return;
    // Show the bar only once the app has drawn its (empty) live region, so that screen
    // readers announce the change. Trunk fires TrunkApplicationStarted after the app mounts.
    if (document.querySelector('.update-prompt')) show();
    else addEventListener('TrunkApplicationStarted', show, { once: true });
  };

  sw.addEventListener('controllerchange', () => {
    // The first install also takes control (clients.claim); only an accepted update reloads.
    if (!accepted) return;
    accepted = false;
    location.reload();
  });

  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-update-accept]')) return;
    accepted = true;
    const waiting = registration && registration.waiting;
    if (waiting) waiting.postMessage({ type: 'skip-waiting' });
    else location.reload(); // another tab has already switched to the new version
  });

  const register = () => {
    sw.register('sw.js', { updateViaCache: 'none' }).then((reg) => {
      // A browser told to block service workers (a test setting) may answer with nothing.
      if (!reg) return;
      registration = reg;
      announce();
      // A new version may already be installing (the browser checks as the page loads, and
      // its "updatefound" can fire before this runs), or may be found later.
      const follow = (next) => next && next.addEventListener('statechange', () => next.state === 'installed' && announce());
      follow(reg.installing);
      reg.addEventListener('updatefound', () => follow(reg.installing));
      document.addEventListener('visibilitychange', () => {
        // Offline, the check fails quietly and the app carries on from its cache.
        if (document.visibilityState === 'visible') reg.update().catch(() => {});
      });
    }, () => {
      // No service worker (storage blocked, some private modes): the app still works while
      // online; it just cannot work offline.
    });
  };
  // After the page has loaded, so that installing never competes with the first load.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
