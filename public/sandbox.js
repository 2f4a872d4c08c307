// The sandbox page. It is loaded in an iframe with sandbox="allow-scripts" and no
// allow-same-origin: its origin is opaque, so nothing running here can open the app's IndexedDB,
// localStorage or cookies, nor touch the app's page. The app serves it from another site than its
// own (src/app/runner/sandbox-origin.ts), so that the browser runs it in a process of its own: a
// cell that exhausts memory crashes this frame, not the app.
//
// Before anything else it sets its Content-Security-Policy: no network but the origins the app
// passed in the fragment (`#connect=` origins separated by spaces; the notebook's validated
// `network:` list), scripts only from the runner's folder. The worker, made from a blob: URL,
// inherits this policy. A policy can only be tightened once set, so it is fixed before the worker
// starts; the app opens a new frame for another policy. Then it starts the runner worker at once
// (so that loading it overlaps with the page's own work), hands it the MessagePort the app talks
// through, reports errors of the worker itself, and answers the app's heartbeat.
'use strict';
(function () {
  var runnerDir = new URL('runner/', location.href).href;
  var runnerUrl = new URL('runner.js', runnerDir).href;
  var origins = allowedOrigins(location.hash);

  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = [
    "default-src 'none'",
    // 'unsafe-eval': cells are compiled with new Function, here only, never on the app's page.
    'script-src ' + runnerDir + " 'unsafe-eval'",
    'worker-src blob:',
    'connect-src ' + (origins.length ? origins.join(' ') : "'none'"),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  document.head.appendChild(meta);

  var source =
    '(' +
    installNetworkGuard.toString() +
    ')(' +
    JSON.stringify({ origins: origins, runnerDir: runnerDir }) +
    ');\n' +
    // The runner fetches its Parquet and Excel parsers from beside itself when first needed.
    'var algobookRunnerUrl = ' +
    JSON.stringify(runnerUrl) +
    ';\nimportScripts(' +
    JSON.stringify(runnerUrl) +
    ');';
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
    if (event.data.type === 'algobook:ping') {
      // Answered from this page's thread, which shares the worker's process: no answer means
      // the process is gone (out of memory), not that a cell is busy.
      window.parent.postMessage({ type: 'algobook:pong', n: Number(event.data.n) }, '*');
      return;
    }
    if (event.data.type !== 'algobook:connect' || event.ports.length !== 1 || connected) return;
    // One page connection per runner: a new notebook gets a new frame.
    connected = true;
    worker.postMessage({ type: 'algobook:port' }, [event.ports[0]]);
  });
  window.parent.postMessage({ type: 'algobook:ready' }, '*');

  // The origins from the fragment, each checked again here: a value that is not exactly an
  // http(s) origin could otherwise add a directive to the policy. Anything odd allows nothing.
  function allowedOrigins(hash) {
    var match = /^#connect=(.*)$/.exec(hash);
    if (!match) return [];
    var list = decodeURIComponent(match[1]).split(' ').filter(Boolean);
    for (var i = 0; i < list.length; i++) {
      var url;
      try {
        url = new URL(list[i]);
      } catch {
        return [];
      }
      if (!/^https?:$/.test(url.protocol) || url.origin !== list[i]) return [];
    }
    return list;
  }

  // Runs in the worker before the runner: fetch, XMLHttpRequest, WebSocket, EventSource,
  // importScripts, sendBeacon and Image fail at once with a message a person understands, for any
  // origin the notebook did not declare. This is for the message only: the CSP above is what
  // blocks the traffic, also for code that gets past these wrappers.
  function installNetworkGuard(config) {
    var scope = self;
    var allowed = config.origins;

    function originOf(url) {
      try {
        var parsed = new URL(String(url));
        var scheme =
          parsed.protocol === 'wss:'
            ? 'https:'
            : parsed.protocol === 'ws:'
              ? 'http:'
              : parsed.protocol;
        return scheme + '//' + parsed.host;
      } catch {
        return null;
      }
    }
    function blocked(url) {
      var origin = originOf(url);
      var shown = origin || (url === null ? 'other sites' : String(url));
      var error = new Error(
        'This notebook cannot contact ' +
          shown +
          ': cells have no network access, except to the origins a notebook declares in its front matter (`network:`).' +
          ' Data comes through dataset(): pin the dataset in the front matter and read it with dataset(name).',
      );
      error.name = 'NetworkBlockedError';
      // A code and its parameters: the page words the error in the reader's language.
      // (No address yet, as for new Image(): "other sites", a code of its own.)
      error.code = url === null && !origin ? 'network-blocked-any' : 'network-blocked';
      error.params = { origin: shown };
      return error;
    }
    function check(url) {
      var origin = originOf(url);
      if (origin === null || allowed.indexOf(origin) === -1) throw blocked(url);
    }
    function define(target, name, value) {
      Object.defineProperty(target, name, { value: value, writable: false, configurable: false });
    }
    function requestUrl(input) {
      return input && typeof input === 'object' && 'url' in input ? input.url : input;
    }

    var originalFetch = scope.fetch;
    define(scope, 'fetch', function fetch(input, init) {
      try {
        check(requestUrl(input));
      } catch (error) {
        return Promise.reject(error);
      }
      return originalFetch.call(scope, input, init);
    });

    var originalOpen = scope.XMLHttpRequest.prototype.open;
    define(scope.XMLHttpRequest.prototype, 'open', function open(method, url) {
      check(url);
      return originalOpen.apply(this, arguments);
    });

    ['WebSocket', 'EventSource'].forEach(function (name) {
      var Original = scope[name];
      if (!Original) return;
      function Guarded(url, options) {
        check(url);
        return options === undefined ? new Original(url) : new Original(url, options);
      }
      Guarded.prototype = Original.prototype;
      define(scope, name, Guarded);
    });

    var originalImport = scope.importScripts;
    define(scope, 'importScripts', function importScripts() {
      for (var i = 0; i < arguments.length; i++) {
        var url = String(arguments[i]);
        // The runner's own files, and nothing else (the CSP's script-src says the same).
        if (url.indexOf(config.runnerDir) !== 0) throw blocked(url);
      }
      return originalImport.apply(scope, arguments);
    });

    // Neither exists in a worker; a cell that tries them gets the same explanation.
    define(scope.navigator, 'sendBeacon', function sendBeacon(url) {
      throw blocked(url);
    });
    define(scope, 'Image', function Image() {
      throw blocked(null);
    });
  }
})();
