import type { Notebook } from '../format/types.ts';

/**
 * The last heading the author wrote above cell `index` (in the prose cells before it), or null.
 * Plain text work, no analysis of code: the reader names key results with it at first paint.
 */
export function headingAbove(notebook: Notebook, index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const cell = notebook.cells[i];
    if (cell.kind !== 'markdown') continue;
    const headings = [...cell.source.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)];
    if (headings.length) return headings[headings.length - 1][1];
  }
  return null;
}
