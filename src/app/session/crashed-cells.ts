import { coreError } from '../../core/errors/index.ts';
import type { ErrorOutput } from '../../core/runtime/outputs.ts';
import { IDLE, type CellRunState } from './cell-state.ts';

/** The error a cell shows when its runner died while it ran: named by the page, coded. */
export function crashError(): ErrorOutput {
  const error = coreError('runner-crashed', {}, 'RunnerCrashed');
  return { kind: 'error', name: error.name, message: error.message, code: error.code, params: {} };
}

/** Whether a cell's state is a crash of its runner (it then offers Restart). */
export function isCrashed(state: CellRunState | undefined): boolean {
  return (
    state?.status === 'error' &&
    state.outputs.some((output) => output.kind === 'error' && output.code === 'runner-crashed')
  );
}

/**
 * `runs` with each of `cellIds` failed with {@link crashError}: the runner (its frame, its
 * worker) died while they ran, most likely one of them used too much memory. What the run had
 * shown so far stays above the error.
 */
export function crashCells(
  runs: Record<string, CellRunState>,
  cellIds: readonly string[],
): Record<string, CellRunState> {
  const next = { ...runs };
  for (const id of cellIds) {
    const state = runs[id] ?? IDLE;
    const shown = state.fresh ? state.outputs : [];
    next[id] = {
      ...state,
      status: 'error',
      startedAt: undefined,
      outputs: [...shown, crashError()],
      fresh: true,
    };
  }
  return next;
}
