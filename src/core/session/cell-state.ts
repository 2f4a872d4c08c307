import type { CellEvent } from '../runtime/events.ts';
import type { Output } from '../runtime/outputs.ts';

export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'interrupted';

/** What the page shows of one code cell's latest run. */
/** Whether a cell with `status` has finished its run: done, failed or stopped. */
export function isSettled(status: CellStatus): boolean {
  return status === 'done' || status === 'error' || status === 'interrupted';
}

export interface CellRunState {
  status: CellStatus;
  /** Run number within the current runner; events of other runs are ignored. */
  run: number;
  /** performance.now() when the code started, while running. */
  startedAt?: number;
  /** Duration of the last finished run. */
  ms?: number;
  outputs: Output[];
  /**
   * Whether `outputs` belong to the current run. A new run keeps the previous outputs on screen
   * until its first output replaces them: a slider whose cell re-runs stays the same control,
   * and the page does not flicker.
   */
  fresh: boolean;
}

export const IDLE: CellRunState = Object.freeze({
  status: 'idle',
  run: 0,
  outputs: [],
  fresh: true,
});

/**
 * Applies one runner event to a cell's state, returning the new state (or the same object when
 * the event changes nothing). Pure, so the page and the tests share it.
 */
export function reduceCell(state: CellRunState, event: CellEvent, now: number): CellRunState {
  switch (event.kind) {
    case 'queued':
      // Keep the previous outputs visible (dimmed by the view) until the new run starts.
      return { ...state, status: 'queued' };
    case 'running':
      return {
        status: 'running',
        run: event.run,
        startedAt: now,
        outputs: state.outputs,
        fresh: false,
      };
    case 'output':
      if (event.run !== state.run) return state;
      return { ...state, outputs: [...current(state), event.output], fresh: true };
    case 'done':
      if (event.run !== state.run) return state;
      return {
        ...state,
        status: 'done',
        ms: event.ms,
        startedAt: undefined,
        outputs: current(state),
        fresh: true,
      };
    case 'error':
      if (event.run !== state.run) return state;
      return {
        ...state,
        status: event.error.name === 'Interrupted' ? 'interrupted' : 'error',
        ms: event.ms,
        startedAt: undefined,
        outputs: [...current(state), event.error],
        fresh: true,
      };
  }
}

/** The outputs of the current run so far: none yet if the shown ones are the previous run's. */
function current(state: CellRunState): Output[] {
  return state.fresh ? state.outputs : [];
}
