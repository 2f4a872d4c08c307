import { toLF, trimBlankLines } from './lines.ts';
import type { Cell, Notebook } from './types.ts';

/**
 * The notebook as it comes back from its file: `parse(serialize(nb))` equals `normalize(nb)`,
 * ids aside. Line breaks become LF; markdown sources lose their blank lines at either end, empty
 * ones go and adjacent ones merge (a file cannot tell two paragraphs from two cells); options
 * fit on one line. Code sources are kept as they are.
 *
 * Not covered: markdown that itself holds a `js` fence or a fence left open, which the file
 * cannot tell from code cells.
 */
export function normalize(nb: Notebook): Notebook {
  const cells: Cell[] = [];
  for (const cell of nb.cells) {
    if (cell.kind === 'code') {
      const options = toLF(cell.options)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      cells.push({ ...cell, source: toLF(cell.source), options });
      continue;
    }
    const source = trimBlankLines(toLF(cell.source).split('\n'));
    if (!source) continue;
    const last = cells.at(-1);
    if (last?.kind === 'markdown') {
      cells[cells.length - 1] = { ...last, source: `${last.source}\n\n${source}` };
    } else {
      cells.push({ ...cell, source });
    }
  }
  return { front: nb.front, cells };
}
