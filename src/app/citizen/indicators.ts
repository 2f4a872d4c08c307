import { isIndicator } from '../../core/citizen/options.ts';
import { stepName } from '../../core/citizen/step-names.ts';
import type { Notebook } from '../../core/format/types.ts';

/** A cell the author marks as a key result (`js indicator`). */
export interface Indicator {
  /** Index in `notebook.cells`. */
  index: number;
  cellId: string;
  /** Its title: given with `title="..."`, else the heading above it, else the notebook's (`stepName`). */
  title: string;
}

/**
 * The notebook's key results, read from the fence options and the headings only (no analysis of
 * the code, so no acorn): the reader shows them from its first paint, and nothing moves in above
 * the cells once the citizen views arrive.
 */
export function indicatorsOf(notebook: Notebook): Indicator[] {
  return notebook.cells.flatMap((cell, index) =>
    cell.kind === 'code' && isIndicator(cell.options)
      ? [{ index, cellId: cell.id, title: stepName(notebook, index) ?? '' }]
      : [],
  );
}
