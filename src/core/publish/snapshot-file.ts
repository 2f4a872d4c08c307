/**
 * The text of `vN.outputs.json` as publishing writes it, from the publishing run's outputs
 * (`algobook publish` and publishing in the browser both go through here). The outputs come
 * from a run of the notebook's own code: a cell whose outputs JSON cannot hold, or that a reader
 * would refuse, is written `omitted` (the reader waits for the run for it) rather than making
 * the whole file unreadable or the publication fail.
 */
import type { Notebook } from '../format/types.ts';
import {
  readSnapshot,
  snapshotOf,
  snapshotText,
  SNAPSHOT_FORMAT,
  type SnapshotCell,
} from './snapshot.ts';
import type { OutputsByCell } from './types.ts';

/**
 * The snapshot file's text for the version whose text hashes to `sha256`: each cell's outputs
 * as `readSnapshot` will read them back (big integers nested in values as decimal text, dates
 * as ISO text), or the cell `omitted`.
 */
export function snapshotFileText(
  notebook: Notebook,
  outputs: OutputsByCell,
  sha256: string,
): string {
  const snapshot = snapshotOf(notebook, outputs, sha256);
  const cells = snapshot.cells.map(
    (cell) => readable(cell, sha256) ?? { cell: cell.cell, outputs: [], omitted: true as const },
  );
  return snapshotText({ ...snapshot, cells });
}

/** The cell as a reader will get it, or undefined when JSON cannot hold it or readers refuse it. */
function readable(cell: SnapshotCell, sha256: string): SnapshotCell | undefined {
  let text: string;
  try {
    // A cycle (a value that holds itself) makes this throw: the cell is left out.
    text = JSON.stringify({ format: SNAPSHOT_FORMAT, notebook: sha256, cells: [cell] }, bigints);
  } catch {
    return undefined;
  }
  const read = readSnapshot(text, sha256);
  return read.ok ? read.snapshot.cells[0] : undefined;
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
