import { jsonSafe } from './json-safe.ts';
import type { CellReport } from './run-notebook.ts';

/**
 * A run as one JSON object, `{"cells": [{"index", "cell", "kind", "outputs", ...}]}`, cells in
 * page order, `index` counting every cell from 0 and `cell` numbering it from 1, as the app, the
 * text report and `algobook card --json` do. Markdown cells carry their `source` and no outputs;
 * code cells their `source`, `line` (of the opening fence), `status` and outputs, tables with
 * their first rows as objects. Durations are left out, so two runs of the same notebook on the
 * same data give the same text.
 */
export function renderJson(cells: CellReport[]): string {
  const shown = cells.map((cell) =>
    cell.kind === 'markdown'
      ? {
          index: cell.index,
          cell: cell.index + 1,
          kind: cell.kind,
          source: cell.source,
          outputs: [],
        }
      : {
          index: cell.index,
          cell: cell.index + 1,
          kind: cell.kind,
          line: cell.line,
          status: cell.status,
          source: cell.source,
          outputs: cell.outputs,
        },
  );
  return JSON.stringify(jsonSafe({ cells: shown })) + '\n';
}
