/* Backtrack embed helper. Sizes every <iframe data-backtrack> on the page to the height of
   the app inside it, so the frame never needs a scrollbar of its own, and brings the frame's
   top back into view when the runner opens another page inside it.

   Load it before the iframe (it is tiny): <script src=".../embed.js"></script>
   No dependencies, no globals, nothing sent anywhere. It reads messages only from a frame
   marked data-backtrack, only when the message comes from that frame's own window AND
   from the origin of the frame's src, and only in Backtrack's two shapes:
     { type: "backtrack:height", height: <CSS pixels> }
     { type: "backtrack:route", route: "#/causes" }   (the section only)
   Everything else is ignored. Works when the app is on another origin. */
(function () {
  'use strict';

  // No real page is this tall; a bigger number is a mistake or mischief.
  var MAX_HEIGHT = 50000;
  // Frames that have already reported their first page (on load, which needs no scrolling).
  var started = new WeakSet();

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-backtrack]');
    for (var i = 0; i < frames.length; i++) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // With box-sizing: border-box (common in site stylesheets) the frame's height includes
  // its border and padding, which the page inside does not get.
  function extra(frame) {
    var s = getComputedStyle(frame);
    if (s.boxSizing !== 'border-box') return 0;
    return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
      .reduce(function (sum, side) { return sum + (parseFloat(s[side]) || 0); }, 0);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var frame = frameFor(event.source);
    if (!frame || event.origin === 'null' || event.origin !== originOf(frame)) return;

    if (data.type === 'backtrack:height') {
      var height = data.height;
      if (typeof height === 'number' && isFinite(height) && height > 0 && height <= MAX_HEIGHT) {
        frame.style.height = Math.ceil(height + extra(frame)) + 'px';
      }
    } else if (data.type === 'backtrack:route' && typeof data.route === 'string') {
      // A new page starts at its top. If the runner had scrolled past the frame's top, bring
      // it back, as a normal page change would.
      if (started.has(frame) && frame.getBoundingClientRect().top < 0) frame.scrollIntoView();
      started.add(frame);
    }
  });
})();
