import { newCellId } from './ids.ts';
import type { Notebook } from './types.ts';

/** A new notebook with one empty code cell, ready to edit and save. */
export function emptyNotebook(id: string, title: string): Notebook {
  return {
    front: { algobook: 1, id, title },
    cells: [{ kind: 'code', id: newCellId(), source: '', options: '' }],
  };
}
