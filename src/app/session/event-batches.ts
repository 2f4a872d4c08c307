import type { RunnerEvent } from '../../core/runtime/events.ts';

/** Calls `task` later; returns how to cancel it, or `null` when it cannot (the task never runs). */
export type Scheduler = (task: () => void) => (() => void) | null;

/**
 * The runner's batches of events, applied to the page in as few updates as show the same thing
 * (issue 15, "Slider steps"). The runner sends a batch at each `running`, before the cell's code
 * starts (the code may never yield), so a slider step whose cell and one reader re-run arrives
 * in three batches. And while keys come in, the browser hands the page its input first: the
 * batches of ten steps then wait, and arrive in a row once the keys stop.
 *
 * - A batch with an output, an end or a dataset event is applied in a task of its own right
 *   after those already queued (`nextTask`): batches waiting in a row are applied in one update.
 * - A batch that only says cells wait or start is held until the next frame (`nextFrame`), or
 *   until such a task comes first: a step's start is not drawn on its own.
 *
 * Events keep their order. `flush()` applies what is held at once.
 */
export class EventBatches {
  #held: RunnerEvent[] = [];
  #cancelFrame: (() => void) | null = null;
  #cancelTask: (() => void) | null = null;

  constructor(
    private readonly apply: (events: RunnerEvent[]) => void,
    private readonly nextTask: Scheduler = afterQueuedTasks(),
    private readonly nextFrame: Scheduler = beforeNextFrame,
  ) {}

  push(events: RunnerEvent[]): void {
    if (!events.length) return;
    this.#held.push(...events);
    if (this.#cancelTask) return;
    if (events.every(startsOnly)) {
      this.#cancelFrame ??= this.nextFrame(() => this.flush());
      if (this.#cancelFrame) return;
    }
    this.#cancelTask = this.nextTask(() => this.flush());
    if (!this.#cancelTask) this.flush();
  }

  /** Applies what is held now (before the page changes run states on its own, e.g. a stop). */
  flush(): void {
    const held = this.#take();
    if (held.length) this.apply(held);
  }

  /** Drops what is held: the session is gone. */
  dispose(): void {
    this.#take();
  }

  #take(): RunnerEvent[] {
    this.#cancelFrame?.();
    this.#cancelTask?.();
    this.#cancelFrame = this.#cancelTask = null;
    const held = this.#held;
    this.#held = [];
    return held;
  }
}

function startsOnly(event: RunnerEvent): boolean {
  return event.kind === 'queued' || event.kind === 'running';
}

/** `requestAnimationFrame` on a visible page; a hidden one draws no frames, so nothing waits. */
function beforeNextFrame(task: () => void): (() => void) | null {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined') return null;
  if (document.visibilityState === 'hidden') return null;
  const frame = requestAnimationFrame(task);
  return () => cancelAnimationFrame(frame);
}

/**
 * A task posted as a message to the page itself: it runs after the messages already queued (the
 * runner's, which arrive as messages too), and is not slowed down in a hidden tab as timers are.
 */
function afterQueuedTasks(): Scheduler {
  if (typeof MessageChannel !== 'function' || typeof document === 'undefined') return () => null;
  let channel: MessageChannel | null = null;
  let next: (() => void) | null = null;
  return (task) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const run = next;
        next = null;
        run?.();
      };
    }
    next = task;
    channel.port2.postMessage(null);
    return () => {
      if (next === task) next = null;
    };
  };
}
