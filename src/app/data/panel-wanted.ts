import type { CellRunState } from '../../core/session/cell-state.ts';

/**
 * Whether the reader's data panel should come now. It sits below the notebook in a chunk of its
 * own (portals, licences, ~23 KB gzip) that used to load before the first output (issue 15). A
 * notebook with datasets gets it at once: the panel shows their downloads and parsing as they
 * happen. Without datasets it has little to say, and comes once every cell of the first run has
 * started (a cell that never ends, a generator, still lets it come), after the first outputs.
 */
export function dataPanelWanted(
  hasDatasets: boolean,
  cellIds: readonly string[],
  runs: Readonly<Record<string, CellRunState | undefined>>,
): boolean {
  if (hasDatasets) return true;
  return cellIds.every((id) => {
    const status = runs[id]?.status;
    return status !== undefined && status !== 'idle' && status !== 'queued';
  });
}
