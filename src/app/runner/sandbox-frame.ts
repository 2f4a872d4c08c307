import { runnerStartTimeout } from './runner-errors.ts';
import { configuredSandboxOrigin, sandboxPageUrl } from './sandbox-origin.ts';

/**
 * Creates the sandboxed iframe that hosts the runner worker and returns a MessagePort connected
 * to the runner. Only `RunnerHost` opens one: one module owns the runner.
 */
export interface SandboxFrame {
  port: MessagePort;
  /** Told when the worker reports an error of its own (not a cell's). */
  onWorkerError: (message: string) => void;
  /** Told once when the frame stops answering its heartbeat: its process is gone (memory). */
  onGone: () => void;
  /** Removing the iframe terminates its worker, however busy it is. */
  destroy(): void;
}

const READY_TIMEOUT_MS = 10_000;
/** The frame's page answers a ping from a thread no cell runs on: silence means a dead process. */
const HEARTBEAT_MS = 1_000;
// Ten seconds of silence: a busy or slow machine can starve the frame for a few seconds.
const MISSED_BEATS = 10;

/** A prewarmed frame, and the network policy it was started with (its CSP cannot change). */
let spare: { policy: string; frame: Promise<SandboxFrame> } | null = null;

/**
 * Starts a runner before any notebook asks for one, so that loading the worker and Arquero
 * overlaps with fetching the notebook; the next `openSandboxFrame` without network takes it.
 */
export function prewarmSandbox(): void {
  if (spare) return;
  const frame = createFrame([]);
  const entry = { policy: policyKey([]), frame };
  spare = entry;
  frame.catch(() => {
    if (spare === entry) spare = null;
  });
}

/**
 * A frame whose cells may contact only `network` (the notebook's validated `network:` origins;
 * none by default). The policy is fixed before the worker starts, so a prewarmed frame serves
 * only the common case of a notebook without network.
 */
export async function openSandboxFrame(
  onWorkerError: (message: string) => void,
  network: readonly string[] = [],
  onGone: () => void = () => {},
): Promise<SandboxFrame> {
  const policy = policyKey(network);
  let pending: Promise<SandboxFrame>;
  if (spare?.policy === policy) {
    pending = spare.frame;
    spare = null;
  } else {
    pending = createFrame(network);
  }
  const frame = await pending;
  frame.onWorkerError = onWorkerError;
  frame.onGone = onGone;
  return frame;
}

function policyKey(network: readonly string[]): string {
  return [...network].sort().join(' ');
}

function createFrame(network: readonly string[]): Promise<SandboxFrame> {
  const iframe = document.createElement('iframe');
  // allow-scripts without allow-same-origin: an opaque origin, cut off from the app's storage.
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'algobook cell runner';
  iframe.style.display = 'none';
  const url = sandboxPageUrl(document.baseURI, configuredSandboxOrigin(document));
  // The policy travels in the fragment, set here by the app: sandbox.js builds its CSP from it.
  if (network.length) url.hash = `connect=${encodeURIComponent(network.join(' '))}`;
  iframe.src = url.href;

  return new Promise((resolve, reject) => {
    let frame: SandboxFrame | null = null;
    let heartbeat: ReturnType<typeof setInterval> | null = null;
    let sent = 0;
    let answered = 0;
    let missed = 0;
    const timer = setTimeout(() => {
      cleanup();
      iframe.remove();
      reject(runnerStartTimeout(READY_TIMEOUT_MS / 1000));
    }, READY_TIMEOUT_MS);

    function onMessage(event: MessageEvent) {
      // The frame's origin is opaque ("null") and on another site: trust the source window,
      // never an origin.
      if (event.source !== iframe.contentWindow) return;
      const data: unknown = event.data;
      if (!isMessage(data)) return;
      switch (data.type) {
        case 'algobook:worker-error':
          frame?.onWorkerError(typeof data.message === 'string' ? data.message : 'unknown error');
          return;
        case 'algobook:pong':
          if (typeof data.n === 'number' && data.n > answered && data.n <= sent) answered = data.n;
          return;
        case 'algobook:ready':
          if (!frame) connect();
          return;
      }
    }
    function connect() {
      clearTimeout(timer);
      const channel = new MessageChannel();
      iframe.contentWindow?.postMessage({ type: 'algobook:connect' }, '*', [channel.port2]);
      const created: SandboxFrame = {
        port: channel.port1,
        onWorkerError: () => {},
        onGone: () => {},
        destroy() {
          cleanup();
          channel.port1.close();
          iframe.remove();
        },
      };
      frame = created;
      heartbeat = setInterval(beat, HEARTBEAT_MS);
      resolve(created);
    }
    // Counted in beats, not in elapsed time: a page that was itself busy for a while has its
    // timers and the answers late together, and must not take that for a dead frame.
    function beat() {
      missed = answered === sent ? 0 : missed + 1;
      if (missed >= MISSED_BEATS) {
        if (heartbeat) clearInterval(heartbeat);
        heartbeat = null;
        frame?.onGone();
        return;
      }
      if (answered !== sent) return;
      sent += 1;
      iframe.contentWindow?.postMessage({ type: 'algobook:ping', n: sent }, '*');
    }
    function cleanup() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      window.removeEventListener('message', onMessage);
    }
    window.addEventListener('message', onMessage);
    document.body.appendChild(iframe);
  });
}

function isMessage(data: unknown): data is { type: string; message?: unknown; n?: unknown } {
  return (
    typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
  );
}
