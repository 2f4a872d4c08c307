/**
 * Creates the sandboxed iframe that hosts the runner worker and returns a MessagePort connected
 * to the runner. Only `RunnerHost` opens one: one module owns the runner.
 */
export interface SandboxFrame {
  port: MessagePort;
  /** Told when the worker reports an error of its own (not a cell's). */
  onWorkerError: (message: string) => void;
  /** Removing the iframe terminates its worker, however busy it is. */
  destroy(): void;
}

const READY_TIMEOUT_MS = 10_000;

let spare: Promise<SandboxFrame> | null = null;

/**
 * Starts a runner before any notebook asks for one, so that loading the worker and Arquero
 * overlaps with fetching the notebook; the next `openSandboxFrame` takes it.
 */
export function prewarmSandbox(): void {
  if (spare) return;
  const frame = createFrame();
  spare = frame;
  frame.catch(() => {
    if (spare === frame) spare = null;
  });
}

export async function openSandboxFrame(
  onWorkerError: (message: string) => void,
): Promise<SandboxFrame> {
  const pending = spare ?? createFrame();
  spare = null;
  const frame = await pending;
  frame.onWorkerError = onWorkerError;
  return frame;
}

function createFrame(): Promise<SandboxFrame> {
  const iframe = document.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the app's storage.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'algobook cell runner';
  iframe.style.display = 'none';
  iframe.src = new URL('sandbox.html', document.baseURI).href;

  return new Promise((resolve, reject) => {
    let frame: SandboxFrame | null = null;
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
        frame?.onWorkerError(typeof data.message === 'string' ? data.message : 'unknown error');
        return;
      }
      if (data.type !== 'algobook:ready' || frame) return;
      clearTimeout(timer);
      const channel = new MessageChannel();
      iframe.contentWindow?.postMessage({ type: 'algobook:connect' }, '*', [channel.port2]);
      frame = {
        port: channel.port1,
        onWorkerError: () => {},
        destroy() {
          cleanup();
          channel.port1.close();
          iframe.remove();
        },
      };
      resolve(frame);
    }
    function cleanup() {
      window.removeEventListener('message', onMessage);
    }
    window.addEventListener('message', onMessage);
    document.body.appendChild(iframe);
  });
}

function isMessage(data: unknown): data is { type: string; message?: unknown } {
  return (
    typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
  );
}
