/**
 * The page's outputs as exports and the output snapshot take them (`OutputsByCell`), apart from
 * the exporters themselves: publishing and verifying need them without loading those.
 */
import { EXPORT_ROWS } from '../../core/publish/export-rows.ts';
import type { Notebook } from '../../core/format/types.ts';
import type { ExportOutput, OutputsByCell } from '../../core/publish/types.ts';
import type { Output } from '../../core/runtime/outputs.ts';
import type { CellRunState } from '../session/cell-state.ts';
import { decodeRows } from '../outputs/row-block.ts';

/** A page output as exports take it: a table's first rows decoded into objects. */
function exportOutput(output: Output): ExportOutput {
  if (output.kind !== 'table') return output;
  const block = decodeRows(output.ipc, 0);
  const count = Math.min(block.length, EXPORT_ROWS);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    output.columns.forEach((column, c) => (row[column.name] = block.columns[c]?.at(i)));
    rows.push(row);
  }
  return { kind: 'table', numRows: output.numRows, columns: output.columns, rows };
}

/** What each code cell shows now, for the exports (cells not run yet are left out). */
export function outputsOf(
  notebook: Notebook,
  runs: Readonly<Record<string, CellRunState>>,
): OutputsByCell {
  const map = new Map<string, ExportOutput[]>();
  for (const cell of notebook.cells) {
    const run = runs[cell.id];
    if (cell.kind === 'code' && run && run.status !== 'idle')
      map.set(cell.id, run.outputs.map(exportOutput));
  }
  return map;
}
