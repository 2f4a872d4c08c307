import type { CellRunState } from './cell-state.ts';

/**
 * Runs whose chart the page refused to draw (it tried to load a URL, see
 * core/runtime/chart-guard.ts). The runner cannot know: the chart is drawn on the page after the
 * cell's code has finished, so the page itself turns such a run's "done" into "error". Kept by
 * cell and run number, because the refusal may come before the runner's `done` (a cell that
 * displays a chart, then goes on computing) and must outlast it.
 */
export class ChartRefusals {
  readonly #runs = new Map<string, number>();

  /** Cell `cellId`'s run `run` drew a refused chart. */
  add(cellId: string, run: number): void {
    this.#runs.set(cellId, run);
  }

  /** Cell `cellId` runs anew: what it draws now is judged anew. */
  started(cellId: string): void {
    this.#runs.delete(cellId);
  }

  /** Forgets every refusal: a new runner numbers its runs from the start again. */
  clear(): void {
    this.#runs.clear();
  }

  /** `state`, in error if its run drew a refused chart and has finished. */
  settle(cellId: string, state: CellRunState): CellRunState {
    if (state.status !== 'done' || this.#runs.get(cellId) !== state.run) return state;
    return { ...state, status: 'error' };
  }
}
