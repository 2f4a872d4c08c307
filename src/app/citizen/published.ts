import type { Notebook } from '../../core/format/types.ts';

/**
 * The value a published version recorded for the cell at `index` (in `notebook.cells`), from
 * its front matter's `results` (cells numbered from 1 among code cells), or null.
 */
export function publishedValue(notebook: Notebook, index: number): string | null {
  const results = notebook.front.results;
  if (!Array.isArray(results)) return null;
  const number = notebook.cells.slice(0, index + 1).filter((c) => c.kind === 'code').length;
  if (notebook.cells[index]?.kind !== 'code') return null;
  const result = results.find((r) => r?.cell === number);
  return typeof result?.value === 'string' ? result.value : null;
}
