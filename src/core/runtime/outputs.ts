/**
 * What a cell shows: one tagged union on `kind`, the same in the browser worker, the page and
 * the command line. Every variant is structured-clonable, so it crosses the worker boundary as is.
 */

/** A column of a table output: its name and a readable type (`int32`, `float64`, `utf8`, `date`, `bool`...). */
export interface ColumnInfo {
  name: string;
  type: string;
}

export interface ValueOutput {
  kind: 'value';
  /** The value itself when it is JSON-able, otherwise a JSON-able summary of it. */
  value: unknown;
  /** A one-line description for values that are not plain JSON (`Map(3)`, `ƒ f(a, b)`, `undefined`...). */
  repr?: string;
}

export interface TableOutput {
  kind: 'table';
  /** Handle of the table kept by the runtime; ask it for other windows with `getRows`. */
  id: string;
  columns: ColumnInfo[];
  numRows: number;
  /** First rows (offset 0) as Arrow IPC stream bytes; never row objects. */
  ipc: Uint8Array;
}

export interface ChartOutput {
  kind: 'chart';
  /** A Vega-Lite spec whose data are inline values. */
  spec: Record<string, unknown>;
}

export interface MarkdownOutput {
  kind: 'markdown';
  markdown: string;
}

export type InputSpec =
  | { type: 'range'; label?: string; min: number; max: number; step?: number; value: number }
  | { type: 'number'; label?: string; min?: number; max?: number; step?: number; value: number }
  | { type: 'select'; label?: string; options: (string | number)[]; value: string | number }
  | { type: 'text'; label?: string; placeholder?: string; value: string }
  | { type: 'checkbox'; label?: string; value: boolean };

export interface InputOutput {
  kind: 'input';
  /** `<cellId>:<n>`, the n-th `view()` of the cell; send new values with `setInput`. */
  id: string;
  input: InputSpec;
  /** Current value. */
  value: unknown;
}

export interface ErrorOutput {
  kind: 'error';
  name: string;
  message: string;
  /** 1-based line within the cell, where known. */
  line?: number;
  /** 1-based column within the cell, where known. */
  column?: number;
  /**
   * The stable code of an error of algobook's own (src/core/errors), which the page words in
   * the reader's language from `params`; absent for errors thrown by the notebook's code.
   * `message` stays the English text.
   */
  code?: string;
  params?: Record<string, string | number>;
}

export type Output =
  ValueOutput | TableOutput | ChartOutput | MarkdownOutput | InputOutput | ErrorOutput;

/** Exhaustiveness check for switches on tagged unions. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
