/**
 * `runner/start.js`, a classic script that `index.html` names before the app's entry (built by
 * `scripts/build-runner.mjs`): on a reader's link it creates the runner's sandboxed frame as
 * soon as the page is parsed, so that the runner's 130 KB download and its evaluation in the
 * worker overlap with the app's own chunks instead of starting once they have loaded and run
 * (issue 15). The app takes this frame as its prewarmed one (`sandbox-frame.ts`); until then the
 * frame's "ready" and a worker error are kept on the element. Nothing here reads a notebook:
 * the frame allows no network, and a notebook that declares origins gets a frame of its own.
 */
import { parseLocation } from '../../core/route/parse-location.ts';
import { isReaderRoute } from '../shell/reader-routes.ts';
import {
  EARLY_ERROR,
  EARLY_FRAME,
  EARLY_READY,
  isFrameMessage,
  sandboxIframe,
} from './sandbox-iframe.ts';

/** Longest worker error kept on the element: the app words it, this only carries it. */
const MAX_ERROR = 1000;

function start(): void {
  const parsed = parseLocation(location.search, location.hash);
  if (!parsed.ok || !isReaderRoute(parsed.route)) return;
  const iframe = sandboxIframe(document, []);
  iframe.setAttribute(EARLY_FRAME, '');
  function onMessage(event: MessageEvent) {
    // Taken by the app (which removes the mark): from then on it listens itself.
    if (!iframe.hasAttribute(EARLY_FRAME)) return removeEventListener('message', onMessage);
    if (event.source !== iframe.contentWindow || !isFrameMessage(event.data)) return;
    if (event.data.type === 'algobook:ready') iframe.setAttribute(EARLY_READY, '');
    else if (event.data.type === 'algobook:worker-error' && !iframe.hasAttribute(EARLY_ERROR)) {
      const message = event.data.message;
      const text = typeof message === 'string' ? message : 'unknown error';
      iframe.setAttribute(EARLY_ERROR, text.slice(0, MAX_ERROR));
    }
  }
  addEventListener('message', onMessage);
  document.body.appendChild(iframe);
}

start();
