import type { DatasetEvent, RunnerEvent } from '../core/runtime/events.ts';
import { progressStep } from '../core/runtime/progress-steps.ts';

/**
 * Which cell events are possible now: a cell's `output`, `done` or `error` only while it runs
 * under that run number, a `running` only with a newer run number, and only for cells the page
 * gave the runner. The runner applies it to what it sends (a `display` after a cell ended is
 * dropped there), the page to what it receives: there, an event it refuses was forged.
 * Likewise a dataset's `parse-progress` only while a parse of those bytes goes on, and only when
 * its hundredth of the bytes grew (`progress-steps.ts`): at most a hundred per parse.
 */
export class EventGate {
  readonly #known = new Set<string>();
  readonly #datasets = new Set<string>();
  /** Per cell: the last run number seen, and whether that run is still going. */
  readonly #runs = new Map<string, { run: number; open: boolean }>();
  /** Per dataset: the parses going on, of which bytes, and the step their progress reached. */
  readonly #parses = new Map<
    string,
    { open: number; sha256: string; bytes: number; step: number }
  >();

  /** The page handed the runner these cells and datasets. */
  allow(cellIds: Iterable<string>, datasets: Iterable<string>): void {
    for (const id of cellIds) this.#known.add(id);
    for (const name of datasets) this.#datasets.add(name);
  }

  /** Whether `event` is possible now; if so, it is recorded. */
  admit(event: RunnerEvent): boolean {
    if (!('cellId' in event)) return this.#datasets.has(event.dataset) && this.#parse(event);
    if (!this.#known.has(event.cellId)) return false;
    const current = this.#runs.get(event.cellId);
    switch (event.kind) {
      case 'queued':
        return true;
      case 'running':
        if (current && event.run <= current.run) return false;
        this.#runs.set(event.cellId, { run: event.run, open: true });
        return true;
      case 'output':
        return !!current?.open && current.run === event.run;
      case 'done':
      case 'error':
        if (!current?.open || current.run !== event.run) return false;
        current.open = false;
        return true;
    }
  }

  #parse(event: DatasetEvent): boolean {
    const parse = this.#parses.get(event.dataset);
    switch (event.kind) {
      case 'parse-start': {
        const { sha256, bytes } = event;
        this.#parses.set(event.dataset, { open: (parse?.open ?? 0) + 1, sha256, bytes, step: 0 });
        return true;
      }
      case 'parse-progress': {
        if (!parse?.open || parse.sha256 !== event.sha256 || parse.bytes !== event.bytes)
          return false;
        if (event.done > event.bytes) return false;
        const step = progressStep(event.done, event.bytes);
        if (step <= parse.step) return false;
        parse.step = step;
        return true;
      }
      case 'parse-end':
      case 'parse-error':
        if (parse?.open) parse.open--;
        return true;
    }
  }

  /** Cells whose run is going on (the page's watchdog and heartbeat need to know). */
  get running(): number {
    let n = 0;
    for (const run of this.#runs.values()) if (run.open) n++;
    return n;
  }
}
