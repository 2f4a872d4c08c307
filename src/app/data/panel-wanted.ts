import type { CellRunState } from '../../core/session/cell-state.ts';

/**
 * Whether the reader's data panel should come now. It sits below the notebook in a chunk of its
 * own (portals, licences, ~23 KB gzip) that used to load before the first output (issue 15): it
 * now comes once an output is there or every cell has settled, but at once when the notebook
 * declares datasets, whose downloads and parsing the panel shows as they happen.
 */
export function dataPanelWanted(
  hasDatasets: boolean,
  cellIds: readonly string[],
  runs: Readonly<Record<string, CellRunState | undefined>>,
): boolean {
  if (hasDatasets) return true;
  let settled = true;
  for (const id of cellIds) {
    const run = runs[id];
    if (run && run.outputs.length > 0) return true;
    const status = run?.status;
    if (status !== 'done' && status !== 'error' && status !== 'interrupted') settled = false;
  }
  return settled;
}
