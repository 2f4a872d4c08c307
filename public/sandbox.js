// The sandbox page. It is loaded in an iframe with sandbox="allow-scripts" and no
// allow-same-origin: its origin is opaque, so nothing running here can open the app's IndexedDB,
// localStorage or cookies, nor touch the app's page. It starts the runner worker and hands it the
// MessagePort the app talks through; it also reports a worker that died (out of memory, ...).
'use strict';
(function () {
  var worker = null;
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type !== 'algobook:connect' || event.ports.length !== 1) return;
    if (worker) worker.terminate();
    var runnerUrl = new URL('runner/runner.js', location.href).href;
    var source = 'importScripts(' + JSON.stringify(runnerUrl) + ');';
    var blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(blobUrl);
    worker.addEventListener('error', function (error) {
      window.parent.postMessage(
        { type: 'algobook:worker-error', message: String((error && error.message) || 'The runner reported an error.') },
        '*',
      );
    });
    worker.postMessage({ type: 'algobook:port' }, [event.ports[0]]);
  });
  window.parent.postMessage({ type: 'algobook:ready' }, '*');
})();
