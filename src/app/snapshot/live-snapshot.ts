/**
 * What the live run shows, in the snapshot's own form (`snapshotOf`): tables as their first
 * rows, decoded from the Arrow bytes the page received. Comparing that with the published
 * snapshot compares what a reader saw then with what they see now.
 */
import type { Notebook } from '../../core/format/types.ts';
import { SNAPSHOT_ROWS, snapshotOf, type OutputSnapshot } from '../../core/publish/snapshot.ts';
import type { ExportOutput } from '../../core/publish/types.ts';
import type { Output } from '../../core/runtime/outputs.ts';
import type { CellRunState } from '../session/cell-state.ts';
import { decodeRows } from '../outputs/row-block.ts';

function liveOutput(output: Output): ExportOutput {
  if (output.kind !== 'table') return output;
  const block = decodeRows(output.ipc, 0);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < Math.min(block.length, SNAPSHOT_ROWS); i++) {
    const row: Record<string, unknown> = {};
    output.columns.forEach((column, c) => (row[column.name] = block.columns[c]?.at(i)));
    rows.push(row);
  }
  return { kind: 'table', numRows: output.numRows, columns: output.columns, rows };
}

/** The live run's outputs of every code cell that ran, as a snapshot of the same version. */
export function liveSnapshot(
  notebook: Notebook,
  runs: Readonly<Record<string, CellRunState>>,
  sha256: string,
): OutputSnapshot {
  const outputs = new Map<string, ExportOutput[]>();
  for (const cell of notebook.cells) {
    const run = runs[cell.id];
    if (cell.kind === 'code' && run && run.status !== 'idle')
      outputs.set(cell.id, run.outputs.map(liveOutput));
  }
  return snapshotOf(notebook, outputs, sha256);
}
