// Started by a version's published page (src/core/publish/published-page.ts), whose results are
// drawn in its HTML: the app's entry, fetched meanwhile as the modulepreload marked
// data-app-entry, runs once that page has painted, so that its first frame does not wait for the
// app's scripts. A classic script of the app's own origin, as the page's policy asks.
//
// A page published with an earlier build of the app names files that may be gone: when its entry
// cannot be loaded, the reader is sent to the version's route in the app as it is now (the page's
// data-route, on this origin only), which runs it live as the page would have.
'use strict';
(function () {
  var entry = document.querySelector('link[rel="modulepreload"][data-app-entry]');
  var page = document.getElementById('prerendered');
  var route = page && page.getAttribute('data-route');
  if (!entry) return;
  // Read now: once the app has started, the page's address is no longer the page's own.
  var target = route && URL.canParse(route, location.href) ? new URL(route, location.href) : null;
  function toApp() {
    if (target && target.origin === location.origin && /^#\/[A-Za-z0-9]/.test(target.hash))
      location.replace(target.href);
  }
  requestAnimationFrame(function () {
    setTimeout(function () {
      import(entry.href).catch(toApp);
    });
  });
})();
