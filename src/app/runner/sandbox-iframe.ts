import { configuredSandboxOrigin, sandboxPageUrl } from './sandbox-origin.ts';

/**
 * The sandboxed iframe that hosts the runner, not yet in the page: the app's (`sandbox-frame.ts`)
 * and the one `runner/start.js` creates from the first bytes of `index.html` (`early-frame.ts`)
 * are the same element.
 */
export function sandboxIframe(doc: Document, network: readonly string[]): HTMLIFrameElement {
  const iframe = doc.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the app's storage.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'algobook cell runner';
  iframe.style.display = 'none';
  const url = sandboxPageUrl(doc.baseURI, configuredSandboxOrigin(doc));
  // The policy travels in the fragment, set here by the app: sandbox.js builds its CSP from it.
  if (network.length) url.hash = `connect=${encodeURIComponent(network.join(' '))}`;
  iframe.src = url.href;
  return iframe;
}

/** Marks the frame `runner/start.js` made, until the app takes it. */
export const EARLY_FRAME = 'data-early-runner';
/** Set on that frame once its page said it is ready (before the app listens). */
export const EARLY_READY = 'data-ready';
/** Set on that frame to the first worker error its page reported before the app listened. */
export const EARLY_ERROR = 'data-worker-error';

/** A message of the sandbox page's: an object with a string `type`. */
export function isFrameMessage(
  data: unknown,
): data is { type: string; message?: unknown; n?: unknown } {
  return (
    typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
  );
}
