import type { ColumnNote, CsvDialect } from '../data/csv/types.ts';
import type { ErrorParams } from '../errors/index.ts';
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

/**
 * What the runtime tells its host about reading a dataset's bytes into a table, for progress.
 * Sent once per parse (a table read before comes from the cache, silently): `parse-start` with
 * the byte count, then `parse-end` with the rows or `parse-error` with the reason. Parsing is
 * synchronous, so a host that wants to show it must send `parse-start` at once. A csv/tsv
 * `parse-end` says which dialect it read the file with (detected, or pinned by `csv:`) and what
 * a reader should know about its columns (within `NOTE_BOUNDS`, column-notes.ts).
 */
export type DatasetEvent =
  | { kind: 'parse-start'; dataset: string; sha256: string; bytes: number }
  | {
      kind: 'parse-end';
      dataset: string;
      sha256: string;
      bytes: number;
      rows: number;
      ms: number;
      dialect?: CsvDialect;
      notes?: ColumnNote[];
    }
  | {
      kind: 'parse-error';
      dataset: string;
      sha256: string;
      bytes: number;
      /** The reason in English; `code` and `params` let the page word it (core/errors). */
      error: string;
      code?: string;
      params?: ErrorParams;
    };

export type DatasetEventListener = (event: DatasetEvent) => void;

/** Everything the runner sends the page, in order, through one callback. */
export type RunnerEvent = CellEvent | DatasetEvent;
