import type { Notebook } from '../format/types.ts';
import { headingAbove } from './headings.ts';
import { indicatorTitle } from './options.ts';

/**
 * What a reader calls a step: a key result's title, else the author's heading of the section
 * the cell is in, else the notebook's title (a cell before the first heading belongs to it);
 * null when the author wrote none of these. Never a cell number: a citizen does not see cells.
 */
export function stepName(notebook: Notebook, index: number): string | null {
  const cell = notebook.cells[index];
  if (!cell) return null;
  return (cell.kind === 'code' ? indicatorTitle(cell.options) : null) ?? sectionOf(notebook, index);
}

/** The section a cell is in: the closest heading above it, else the notebook's title. */
export function sectionOf(notebook: Notebook, index: number): string | null {
  const title = notebook.front.title;
  return (
    headingAbove(notebook, index) ??
    (typeof title === 'string' && title.trim() ? title.trim() : null)
  );
}

/** A heading's inline Markdown as the words a reader sees: links, emphasis and code marks dropped. */
export function plainWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The prose of a step without the heading it is named by, so that a name shown above the prose
 * is not read twice: the last line that is a Markdown heading with that text.
 */
export function withoutHeading(prose: string, heading: string): string {
  const lines = prose.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i]);
    if (match && match[1] === heading) {
      lines.splice(i, 1);
      return lines.join('\n').trim();
    }
  }
  return prose;
}
