import { newCellId } from './ids.ts';
import type { Notebook } from './types.ts';

/** A new notebook with one empty code cell. */
export function emptyNotebook(id: string, title: string): Notebook {
  return {
    front: { algobook: 1, id, title, license: 'EUPL-1.2', datasets: {} },
    cells: [{ kind: 'code', id: newCellId(), source: '', options: '' }],
  };
}
