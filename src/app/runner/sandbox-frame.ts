import { runnerStartTimeout } from './runner-errors.ts';
import {
  EARLY_ERROR,
  EARLY_FRAME,
  EARLY_READY,
  isFrameMessage,
  sandboxIframe,
} from './sandbox-iframe.ts';

/**
 * Creates the sandboxed iframe that hosts the runner worker and returns a MessagePort connected
 * to the runner. Only `RunnerHost` opens one: one module owns the runner.
 */
export interface SandboxFrame {
  port: MessagePort;
  /** Told when the worker reports an error of its own (not a cell's). */
  onWorkerError: (message: string) => void;
  /** Errors reported before `onWorkerError` was set (`openSandboxFrame` tells them). */
  early: string[];
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
  const frame = createFrame([], takeEarlyFrame());
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
  // A worker error that came while the frame waited for its notebook is told now.
  frame.early.splice(0).forEach(onWorkerError);
  return frame;
}

/** The frame `runner/start.js` made before the app loaded (`early-frame.ts`), taken once. */
function takeEarlyFrame(): HTMLIFrameElement | undefined {
  const iframe = document.querySelector<HTMLIFrameElement>(`iframe[${EARLY_FRAME}]`);
  if (!iframe) return undefined;
  iframe.removeAttribute(EARLY_FRAME);
  return iframe;
}

function policyKey(network: readonly string[]): string {
  return [...network].sort().join(' ');
}

/**
 * A frame for `network`: a new one, or `early`, already in the page (without network), whose
 * page may have said it is ready, or reported a worker error, before anyone listened.
 */
function createFrame(network: readonly string[], early?: HTMLIFrameElement): Promise<SandboxFrame> {
  const iframe = early ?? sandboxIframe(document, network);

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

    /** Worker errors before the opener has set `onWorkerError`. */
    const told: string[] = [];
    function workerError(message: string) {
      if (frame && frame.onWorkerError !== ignore) frame.onWorkerError(message);
      else told.push(message);
    }
    function onMessage(event: MessageEvent) {
      // The frame's origin is opaque ("null") and on another site: trust the source window,
      // never an origin.
      if (event.source !== iframe.contentWindow) return;
      const data: unknown = event.data;
      if (!isFrameMessage(data)) return;
      switch (data.type) {
        case 'algobook:worker-error':
          workerError(typeof data.message === 'string' ? data.message : 'unknown error');
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
        onWorkerError: ignore,
        early: told,
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
    if (!early) {
      document.body.appendChild(iframe);
      return;
    }
    const error = early.getAttribute(EARLY_ERROR);
    if (error !== null) told.push(error);
    if (early.hasAttribute(EARLY_READY)) connect();
  });
}

const ignore = () => {};
