// Started by a version's published page (src/core/publish/published-page.ts), whose results are
// drawn in its HTML: the app's entry, fetched meanwhile as the modulepreload marked
// data-app-entry, runs once that page has painted, so that its first frame does not wait for the
// app's scripts. A classic script of the app's own origin, as the page's policy asks.
'use strict';
(function () {
  var entry = document.querySelector('link[rel="modulepreload"][data-app-entry]');
  if (!entry) return;
  requestAnimationFrame(function () {
    setTimeout(function () {
      import(entry.href);
    });
  });
})();
