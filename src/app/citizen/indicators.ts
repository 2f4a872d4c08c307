import { cellInfos, stepName } from '../../core/citizen/index.ts';
import type { Notebook } from '../../core/format/types.ts';

/** A cell the author marks as a key result (`js indicator`). */
export interface Indicator {
  /** Index in `notebook.cells`. */
  index: number;
  cellId: string;
  /** Its title: given with `title="..."`, else the heading above it, else the notebook's (`stepName`). */
  title: string;
}

export function indicatorsOf(notebook: Notebook): Indicator[] {
  return cellInfos(notebook)
    .filter((cell) => cell.indicator)
    .map((cell) => ({
      index: cell.index,
      cellId: notebook.cells[cell.index].id,
      title: stepName(notebook, cell.index) ?? '',
    }));
}
