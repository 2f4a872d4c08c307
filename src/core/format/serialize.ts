import { stringify } from 'yaml';
import { fenceFor } from './fences.ts';
import { normalize } from './normalize.ts';
import type { Cell, Notebook } from './types.ts';

/**
 * Writes a notebook file: front matter, then the cells of {@link normalize}`(nb)` separated by
 * blank lines, ending with one newline. `parse(serialize(nb))` gives `normalize(nb)` back, ids
 * aside, and serializing that again gives the same text.
 */
export function serialize(nb: Notebook): string {
  const yaml = stringify(nb.front, {
    // No folding of long strings, so that changing a summary is a one-line diff.
    lineWidth: 0,
    // Objects shared in memory are written twice, not as YAML anchors a reader has to follow.
    aliasDuplicateObjects: false,
  });
  const front = `---\n${yaml}---\n`;
  const cells = normalize(nb).cells;
  return cells.length ? `${front}\n${cells.map(cellText).join('\n\n')}\n` : front;
}

function cellText(cell: Cell): string {
  if (cell.kind === 'markdown') return cell.source;
  // A backtick fence's info string may not hold a backtick: then tildes.
  const fence = fenceFor(cell.source, cell.options.includes('`') ? '~' : '`');
  const info = cell.options ? `js ${cell.options}` : 'js';
  return cell.source ? `${fence}${info}\n${cell.source}\n${fence}` : `${fence}${info}\n${fence}`;
}
