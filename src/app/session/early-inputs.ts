import type { RunnerEvent } from '../../core/runtime/events.ts';
import { acceptInput } from '../../core/runtime/inputs.ts';

/**
 * Values a reader gave an input before the live run had shown it: a published version's
 * snapshot paints its inputs at once, usable, while the notebook starts (issue 15). Each value
 * waits here until the live run's output of that input comes; the page then shows that output
 * with the reader's value, as the runner will take it, so the control does not jump back to the
 * default under their finger, and the runner gets it (the cell and its dependants run again).
 * The snapshot may be a stranger's: the live run's spec, not the snapshot's, decides the value.
 */
export class EarlyInputs {
  readonly #held = new Map<string, unknown>();

  /** Keeps `value` for input `inputId` until the live run shows it (the last value wins). */
  hold(inputId: string, value: unknown): void {
    this.#held.set(inputId, value);
  }

  get size(): number {
    return this.#held.size;
  }

  /**
   * A batch of the runner's events as the page shows it, and the values to send now: each held
   * input whose output is in `events` shows the held value, once.
   */
  take(events: RunnerEvent[]): {
    events: RunnerEvent[];
    send: [inputId: string, value: unknown][];
  } {
    if (!this.#held.size) return { events, send: [] };
    const send: [string, unknown][] = [];
    const shown = events.map((event) => {
      if (event.kind !== 'output' || event.output.kind !== 'input') return event;
      const { id } = event.output;
      if (!this.#held.has(id)) return event;
      const held = this.#held.get(id);
      this.#held.delete(id);
      // As the runner will take it (clamped to the live range); one it would refuse is dropped,
      // so the page never shows a value the run did not use.
      const value = acceptInput(event.output.input, held);
      if (value === undefined) return event;
      send.push([id, value]);
      return { ...event, output: { ...event.output, value } };
    });
    return { events: shown, send };
  }
}
