import { Table } from 'arquero';
import { Chart } from './chart.ts';
import { errorOutput } from './errors.ts';
import { InputView } from './inputs.ts';
import { Markdown } from './markdown.ts';
import type { InputOutput, Output, TableOutput } from './outputs.ts';
import { summarize } from './summarize.ts';

/** What turning a value into an output needs from the cell showing it. */
export interface DisplayContext {
  cellId: string;
  /** Keeps a table for later windows and describes it. */
  table(table: Table): TableOutput;
  /** Gives an input its id and current value. */
  input(view: InputView): InputOutput;
}

/**
 * A displayed value as an output: an Arquero table → `table`, `chart()` → `chart`, `md` →
 * `markdown`, an `Inputs.*` input → `input`, an Error → `error`, anything else → `value`.
 */
export function toOutput(value: unknown, context: DisplayContext): Output {
  try {
    if (value instanceof Table) return context.table(value);
    if (value instanceof Chart) return { kind: 'chart', spec: value.spec };
    if (value instanceof Markdown) return { kind: 'markdown', markdown: value.markdown };
    if (value instanceof InputView) return context.input(value);
    if (value instanceof Error) return errorOutput(value, context.cellId);
    return summarize(value);
  } catch (error) {
    // E.g. a table whose values Arrow cannot encode: show why instead of failing the cell.
    return errorOutput(error, context.cellId);
  }
}
