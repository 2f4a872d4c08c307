/**
 * Creates the sandboxed iframe that hosts the runner worker and returns a MessagePort connected
 * to the runner. Only `RunnerHost` calls this: one module owns the runner.
 */
export interface SandboxFrame {
  port: MessagePort;
  /** Removing the iframe terminates its worker, however busy it is. */
  destroy(): void;
}

const READY_TIMEOUT_MS = 10_000;

export function openSandboxFrame(onWorkerError: (message: string) => void): Promise<SandboxFrame> {
  const iframe = document.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the app's storage.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'algobook cell runner';
  iframe.style.display = 'none';
  iframe.src = new URL('sandbox.html', document.baseURI).href;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      iframe.remove();
      reject(new Error('The cell runner did not start within 10 s.'));
    }, READY_TIMEOUT_MS);

    function onMessage(event: MessageEvent) {
      // An opaque-origin frame posts with origin "null": trust the source window, not the origin.
      if (event.source !== iframe.contentWindow) return;
      const data: unknown = event.data;
      if (!isMessage(data)) return;
      if (data.type === 'algobook:worker-error') {
        onWorkerError(typeof data.message === 'string' ? data.message : 'unknown error');
        return;
      }
      if (data.type !== 'algobook:ready') return;
      clearTimeout(timer);
      const channel = new MessageChannel();
      iframe.contentWindow?.postMessage({ type: 'algobook:connect' }, '*', [channel.port2]);
      resolve({
        port: channel.port1,
        destroy() {
          cleanup();
          channel.port1.close();
          iframe.remove();
        },
      });
    }
    function cleanup() {
      window.removeEventListener('message', onMessage);
    }
    window.addEventListener('message', onMessage);
    document.body.appendChild(iframe);
  });
}

function isMessage(data: unknown): data is { type: string; message?: unknown } {
  return typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string';
}
