/**
 * The page's markdown worker, driven and watched. The worker renders one source after another;
 * a text on which marked's time grows with the square of its length (a stranger's notebook can
 * hold one: `*a` repeated 32,000 times takes it ~4 s, 300,000 times minutes) would hold it, and
 * every prose cell after it, for as long. So each render has a time limit once the worker is ready: past it, that worker
 * is ended, the text it was on is given up (`failed`: the page shows it as written) and a new
 * worker takes the sources still waiting.
 */
import { isMarkdownReady, isMarkdownReply, type MarkdownRequest } from './markdown-protocol.ts';

/** What the thread needs of a `Worker`. */
export type MarkdownWorkerLike = Pick<
  Worker,
  'postMessage' | 'terminate' | 'onmessage' | 'onerror'
>;

export interface MarkdownThreadOptions {
  /** Makes a worker; throws when none can be made here. */
  start: () => MarkdownWorkerLike;
  /** `source`'s HTML, as the worker made it (not sanitised). */
  rendered: (source: string, html: string) => void;
  /** marked failed on `source`, or took longer than the limit: show it as written. */
  failed: (source: string) => void;
  /** No worker can run here (none could be made, or its script did not load): render these. */
  unavailable: (sources: string[]) => void;
  /** Longest render, in ms, before the worker is ended. */
  limit?: number;
}

/** Far above any prose a person writes (a few ms), far below the minutes a hostile text takes. */
export const RENDER_LIMIT_MS = 4000;

export interface MarkdownThread {
  /** Starts the worker now, before the first text (its load and warm-up overlap the page's). */
  start(): void;
  /** Asks for `source`'s HTML; the answer comes through the options' callbacks. */
  render(source: string): void;
}

export function markdownThread(options: MarkdownThreadOptions): MarkdownThread {
  const limit = options.limit ?? RENDER_LIMIT_MS;
  /** Requests the worker has not answered, oldest first: the worker renders them in order. */
  const asked = new Map<number, string>();
  let lastId = 0;
  /** `undefined`: none started yet; `null`: none can run here. */
  let worker: MarkdownWorkerLike | null | undefined;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The worker has just answered (or become ready): the oldest request's time starts now. */
  function watch(): void {
    clearTimeout(timer);
    timer = ready && asked.size > 0 ? setTimeout(stalled, limit) : undefined;
  }

  function stalled(): void {
    timer = undefined;
    const oldest = asked.keys().next();
    if (oldest.done) return;
    const source = asked.get(oldest.value)!;
    asked.delete(oldest.value);
    worker?.terminate();
    worker = undefined;
    options.failed(source);
    // A new worker for the rest, under the same numbers.
    if (!spawn()) return;
    for (const [id, rest] of asked) post(id, rest);
  }

  function spawn(): boolean {
    ready = false;
    try {
      worker = options.start();
    } catch {
      giveUp();
      return false;
    }
    worker.onmessage = (event) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // Its script did not load or evaluate (a blocked or missing file): the page renders.
      // After that, an error is the worker failing on a text, like a render past the limit.
      if (ready) stalled();
      else giveUp();
    };
    return true;
  }

  function giveUp(): void {
    clearTimeout(timer);
    timer = undefined;
    worker?.terminate();
    worker = null;
    const sources = [...asked.values()];
    asked.clear();
    if (sources.length > 0) options.unavailable(sources);
  }

  function receive(data: unknown): void {
    if (isMarkdownReady(data)) {
      ready = true;
      watch();
      return;
    }
    if (!isMarkdownReply(data)) return;
    const source = asked.get(data.id);
    if (source === undefined) return;
    asked.delete(data.id);
    watch();
    if ('html' in data) options.rendered(source, data.html);
    else options.failed(source);
  }

  function post(id: number, source: string): void {
    worker!.postMessage({ id, source } satisfies MarkdownRequest);
  }

  return {
    start() {
      if (worker === undefined) spawn();
    },
    render(source) {
      if (worker === undefined) spawn();
      if (!worker) {
        options.unavailable([source]);
        return;
      }
      const id = ++lastId;
      const idle = asked.size === 0;
      asked.set(id, source);
      post(id, source);
      if (idle) watch();
    },
  };
}
