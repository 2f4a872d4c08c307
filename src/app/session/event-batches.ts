import type { RunnerEvent } from '../../core/runtime/events.ts';

/** Calls `task` before the next frame is drawn; `null` when there is no frame to wait for. */
export type FrameScheduler = (task: () => void) => (() => void) | null;

/**
 * The runner sends a batch at each `running`, before the cell's code starts (the code may never
 * yield), so a slider step whose cell and one reader re-run arrives in three batches: queued and
 * running, the first cell's output with the second's start, the second's output. A batch that
 * only says cells wait or start is held until the next frame, or until a batch with an output or
 * an end comes first, and is then applied with it: the page updates twice per such step instead
 * of three times, and draws the same frames (issue 15, "Slider steps"). Dataset events and every
 * other batch are applied at once, with whatever is held before them, in order.
 */
export class EventBatches {
  #held: RunnerEvent[] = [];
  #cancel: (() => void) | null = null;

  constructor(
    private readonly apply: (events: RunnerEvent[]) => void,
    private readonly nextFrame: FrameScheduler = beforeNextFrame,
  ) {}

  push(events: RunnerEvent[]): void {
    if (events.length && events.every(startsOnly)) {
      if (this.#cancel || (this.#cancel = this.nextFrame(() => this.flush()))) {
        this.#held.push(...events);
        return;
      }
    }
    const held = this.#take();
    this.apply(held.length ? [...held, ...events] : events);
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
    this.#cancel?.();
    this.#cancel = null;
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
