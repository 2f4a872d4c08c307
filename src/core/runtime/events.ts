import type { ErrorOutput, Output } from './outputs.ts';

/**
 * What the runtime tells its host about a cell. `run` counts the runs of that cell; events of a
 * superseded run are never sent.
 */
export type CellEvent =
  /** Waiting for its inputs (or for its turn). */
  | { kind: 'queued'; cellId: string }
  /** Its code started; outputs of the previous run are to be cleared. */
  | { kind: 'running'; cellId: string; run: number }
  /** One more output of the current run (from `display`, or the value of an expression cell). */
  | { kind: 'output'; cellId: string; run: number; output: Output }
  /** Finished without error after `ms` milliseconds. */
  | { kind: 'done'; cellId: string; run: number; ms: number }
  /** Failed (its own error, or one of its inputs failed); `error` is also its last output. */
  | { kind: 'error'; cellId: string; run: number; ms: number; error: ErrorOutput };

export type CellEventListener = (event: CellEvent) => void;
