import { useFormatModules } from '../core/data/format-modules.ts';
import { importFormatModules } from '../core/data/format-modules-import.ts';
import type { Notebook } from '../core/format/types.ts';
import type { ModuleEntry } from '../core/imports/types.ts';
import {
  FIRST_ROWS,
  NotebookRuntime,
  type CellEvent,
  type ColumnInfo,
  type Output,
  type RuntimeHost,
  type TableOutput,
} from '../core/runtime/index.ts';
import { IDLE, reduceCell, type CellStatus } from '../core/session/cell-state.ts';

/** A table output as the command line reports it: the first rows as objects, no Arrow bytes. */
export interface TableReport {
  kind: 'table';
  numRows: number;
  columns: ColumnInfo[];
  /** The first `FIRST_ROWS` rows, values as Arquero holds them (the JSON output makes them JSON-safe). */
  rows: Record<string, unknown>[];
}

export type ReportOutput = Exclude<Output, TableOutput> | TableReport;

/** One cell of the page after a run: `index` counts every cell from 0, in page order. */
export type CellReport =
  | { index: number; kind: 'markdown'; source: string }
  | {
      index: number;
      kind: 'code';
      /** 1-based file line of the opening fence; the cell's line n is the file's `line + n`. */
      line: number;
      source: string;
      status: CellStatus;
      ms?: number;
      outputs: ReportOutput[];
    };

/**
 * Runs every code cell of a notebook once, with the inputs at their defaults, and reports each
 * cell's final state. Events are reduced exactly as the page reduces them (`reduceCell`); tables
 * are read while the runtime still holds them, then the runtime is disposed.
 */
export async function runNotebook(
  notebook: Notebook,
  options: {
    lines: number[];
    loadDataset: RuntimeHost['loadDataset'];
    /** The notebooks it imports, resolved and checked (`importSource` of each). */
    imports?: Record<string, ModuleEntry>;
    /** Called once every cell has settled, before the runtime is disposed (e.g. for digests). */
    settled?: (runtime: NotebookRuntime) => void;
  },
): Promise<CellReport[]> {
  // Node imports the Parquet and Excel parsers (the browser's runner loads them as scripts).
  useFormatModules(importFormatModules);
  const codeCells = notebook.cells.filter((cell) => cell.kind === 'code');
  const states = new Map(codeCells.map((cell) => [cell.id, IDLE]));
  const runtime = new NotebookRuntime({
    loadDataset: options.loadDataset,
    onEvent: (event: CellEvent) => {
      const state = states.get(event.cellId);
      if (state) states.set(event.cellId, reduceCell(state, event, performance.now()));
    },
  });
  try {
    // Cells are named by their number in the notebook, as the app names them.
    const labelled = codeCells.map((cell) => ({
      ...cell,
      label: String(notebook.cells.indexOf(cell) + 1),
    }));
    runtime.update(labelled, { datasets: notebook.front.datasets ?? {}, imports: options.imports });
    await runtime.idle();
    options.settled?.(runtime);
    let code = 0;
    return notebook.cells.map((cell, index): CellReport => {
      if (cell.kind === 'markdown') return { index, kind: 'markdown', source: cell.source };
      const state = states.get(cell.id) ?? IDLE;
      return {
        index,
        kind: 'code',
        line: options.lines[code++] ?? 0,
        source: cell.source,
        status: state.status,
        ...(state.ms === undefined ? {} : { ms: Math.round(state.ms) }),
        outputs: state.outputs.map((output) => report(output, index, runtime)),
      };
    });
  } finally {
    runtime.dispose();
  }
}

function report(output: Output, index: number, runtime: NotebookRuntime): ReportOutput {
  // An input's id holds the session's random cell id; `<cell index>:<n>` says the same, stably.
  if (output.kind === 'input') return { ...output, id: `${index}:${output.id.split(':').pop()}` };
  if (output.kind !== 'table') return output;
  return {
    kind: 'table',
    numRows: output.numRows,
    columns: output.columns,
    rows: runtime.getRowObjects(output.id, 0, FIRST_ROWS),
  };
}
