/* For the embed demo page only (embed-demo.html), not part of the snippet clubs copy.

   Lets you try the options without editing the page, and lets the browser tests put the app
   on another origin:
     embed-demo.html?app=http://127.0.0.1:4573/&club=Hill%20Harriers&accent=%23b91c1c&compact=1
   `app` must be this page's own origin or a loopback address (127.0.0.1, localhost, [::1]):
   this page is published with the app, and must not become a way to show some other site
   inside it. The options are passed on as they are; the app checks them. */
(function () {
  'use strict';

  var OPTIONS = ['embed', 'compact', 'club', 'accent', 'start'];
  var frame = document.querySelector('iframe[data-backtrack]');
  var params = new URLSearchParams(location.search);
  if (!frame || !location.search) return;

  var app = new URL(frame.src, document.baseURI);
  var given = params.get('app');
  if (given !== null) {
    var url = null;
    try {
      url = new URL(given, document.baseURI);
    } catch (e) {
      url = null;
    }
    var loopback = url && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname);
    if (url && /^https?:$/.test(url.protocol) && (loopback || url.origin === location.origin)) {
      app = new URL(url.origin + url.pathname + app.search);
    } else {
      console.warn('Embed demo: app= must be this site or a loopback address; using the default.');
    }
  }
  OPTIONS.forEach(function (name) {
    if (params.has(name)) app.searchParams.set(name, params.get(name));
  });
  app.hash = '';
  if (app.href !== frame.src) frame.src = app.href;
})();
