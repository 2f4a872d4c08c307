import type { RunnerEvent } from '../../core/runtime/events.ts';
import type { CellEvent, DatasetEvent } from '../../core/runtime/events.ts';
import { IDLE, reduceCell, type CellRunState } from './cell-state.ts';

/** Each code cell's run state, by cell id. */
export type RunStates = Record<string, CellRunState>;

/**
 * The run states after a batch of the runner's events: cell events go through `reduceCell`,
 * then `settle` (the page's own verdicts, e.g. a refused chart); dataset events go to
 * `onDataset`. A new object only when a cell's state changed.
 */
export function applyEvents(
  runs: RunStates,
  events: RunnerEvent[],
  onDataset: (event: DatasetEvent) => void,
  now = performance.now(),
  settle: (event: CellEvent, state: CellRunState) => CellRunState = (_, state) => state,
): RunStates {
  let next = runs;
  for (const event of events) {
    if (!('cellId' in event)) {
      onDataset(event);
      continue;
    }
    const prev = next[event.cellId] ?? IDLE;
    const state = settle(event, reduceCell(prev, event, now));
    if (state !== prev) next = { ...next, [event.cellId]: state };
    // Marks let benchmarks and profiles time what follows a cell's end (its first rows on screen).
    if (event.kind === 'done') performance.mark(`algobook:done:${event.cellId}`);
  }
  return next;
}

/** The cells whose worker is gone, shown stopped at once (not once the new runner says so). */
export function markInterrupted(runs: RunStates, cellIds: string[]): RunStates {
  const next = { ...runs };
  for (const id of cellIds)
    next[id] = { ...(next[id] ?? IDLE), status: 'interrupted', startedAt: undefined };
  return next;
}
