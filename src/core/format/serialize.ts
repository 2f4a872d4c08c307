import { stringify } from 'yaml';
import { fenceFor } from './fences.ts';
import type { Cell, Notebook } from './types.ts';

/**
 * Writes a notebook file. `parse(serialize(nb))` gives `nb` back (ids aside) and
 * `serialize(parse(text))` gives `text` back for any text this wrote.
 */
export function serialize(nb: Notebook): string {
  // lineWidth 0: no folding of long strings, so a change to a summary is a one-line diff.
  const front = `---\n${stringify(nb.front, { lineWidth: 0 })}---\n`;
  if (!nb.cells.length) return front;
  return `${front}\n${nb.cells.map(cellText).join('\n\n')}\n`;
}

function cellText(cell: Cell): string {
  if (cell.kind === 'markdown') return cell.source;
  // A fence longer than any backtick run in the code, so no line of the code can close it; tildes
  // when the options hold a backtick (not allowed in a backtick fence's info string).
  const fence = cell.options.includes('`') ? '~'.repeat(Math.max(3, longestTildes(cell.source) + 1)) : fenceFor(cell.source);
  const info = cell.options ? `js ${cell.options}` : 'js';
  return cell.source === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${cell.source}\n${fence}`;
}

function longestTildes(source: string): number {
  return Math.max(0, ...source.split('\n').map((l) => /^ {0,3}(~+)/.exec(l)?.[1].length ?? 0));
}
