/**
 * A snapshot's outputs by cell id, and which cells still show them: a cell shows its published
 * outputs until the live run has shown something of it, and never again after (a later run,
 * after an input moved, keeps the live outputs while it runs).
 */
import type { Notebook } from '../../core/format/types.ts';
import type { OutputSnapshot, SnapshotOutput } from '../../core/publish/snapshot.ts';
import { isSettled, type CellRunState } from '../session/cell-state.ts';
import { codeIds } from './compare-run.ts';

export class SnapshotCells {
  /** Each code cell's published outputs, by cell id (omitted cells are not there). */
  private readonly byCell = new Map<string, SnapshotOutput[]>();
  /** Cells whose live outputs have arrived: it only grows, and the page need not watch it. */
  private readonly replaced = new Set<string>();

  constructor(snapshot: OutputSnapshot | null, notebook: Notebook) {
    const ids = codeIds(notebook);
    for (const cell of snapshot?.cells ?? []) {
      const id = ids[cell.cell - 1];
      if (id && !cell.omitted) this.byCell.set(id, cell.outputs);
    }
  }

  /** The published outputs of cell `id`, if the snapshot has them. */
  outputs(id: string): SnapshotOutput[] | undefined {
    return this.byCell.get(id);
  }

  /** Whether cell `id`, whose live run is `run`, shows its published outputs. */
  shows(id: string, run: CellRunState | undefined): boolean {
    if (!this.byCell.has(id) || this.replaced.has(id)) return false;
    if (!run || !run.fresh || (run.outputs.length === 0 && !isSettled(run.status))) return true;
    this.replaced.add(id);
    return false;
  }

  /** Whether every code cell of `runs` has settled (done, failed or stopped). */
  static settled(notebook: Notebook, runs: Readonly<Record<string, CellRunState>>): boolean {
    return codeIds(notebook).every((id) => isSettled(runs[id]?.status ?? 'idle'));
  }
}
