// The sandbox page. It is loaded in an iframe with sandbox="allow-scripts" and no
// allow-same-origin: its origin is opaque, so nothing running here can open the app's IndexedDB,
// localStorage or cookies, nor touch the app's page. It starts the runner worker at once (so that
// loading it overlaps with the page's own work), hands it the MessagePort the app talks through,
// and reports errors of the worker itself.
'use strict';
(function () {
  var runnerUrl = new URL('runner/runner.js', location.href).href;
  var source = 'importScripts(' + JSON.stringify(runnerUrl) + ');';
  var worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  var connected = false;
  worker.addEventListener('error', function (error) {
    window.parent.postMessage(
      {
        type: 'algobook:worker-error',
        message: String((error && error.message) || 'The runner reported an error.'),
      },
      '*',
    );
  });
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type !== 'algobook:connect' || event.ports.length !== 1 || connected) return;
    // One page connection per runner: a new notebook gets a new frame.
    connected = true;
    worker.postMessage({ type: 'algobook:port' }, [event.ports[0]]);
  });
  window.parent.postMessage({ type: 'algobook:ready' }, '*');
})();
