import { flushSync } from 'svelte';
import { nextTask } from '../shell/next-task.ts';

/** How long one task of the mount may run before the page gets the event loop back. */
const BUDGET_MS = 25;

/**
 * How many of the reader's cells are on the page: the first with the page, the next ones as many
 * per task as fit in {@link BUDGET_MS}, so that mounting a notebook (its markdown, its code, its
 * outputs) is several short tasks, not one of 50–100 ms (issue 15, docs/performance.md). Every
 * cell is there in the end, in order; only when they come changes.
 */
export class Steps {
  shown = $state(1);
  #stopped = false;

  /** Adds the cells up to `total()`, then every cell (`Infinity`), unless {@link stop}ped. */
  async run(total: () => number): Promise<void> {
    await nextTask();
    let start = performance.now();
    while (!this.#stopped && this.shown < total()) {
      if (performance.now() - start > BUDGET_MS) {
        await nextTask();
        start = performance.now();
        if (this.#stopped) return;
      }
      flushSync(() => this.shown++);
    }
    if (!this.#stopped) this.shown = Infinity;
  }

  stop(): void {
    this.#stopped = true;
  }
}
