/**
 * What the live run shows, in the snapshot's own form (`snapshotOf`): tables as their first
 * rows, decoded from the Arrow bytes the page received, as the exports and publishing take the
 * page's outputs (`outputsOf`). Comparing that with the published snapshot compares what a
 * reader saw then with what they see now.
 */
import type { Notebook } from '../../core/format/types.ts';
import { snapshotOf, type OutputSnapshot } from '../../core/publish/snapshot.ts';
import type { CellRunState } from '../session/cell-state.ts';
import { outputsOf } from '../publish/page-outputs.ts';

/** The live run's outputs of every code cell that ran, as a snapshot of the same version. */
export function liveSnapshot(
  notebook: Notebook,
  runs: Readonly<Record<string, CellRunState>>,
  sha256: string,
): OutputSnapshot {
  return snapshotOf(notebook, outputsOf(notebook, runs), sha256);
}
