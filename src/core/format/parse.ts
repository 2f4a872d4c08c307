import { FormatError } from './errors.ts';
import { closesFence, dedent, fenceOpen } from './fences.ts';
import { parseFrontMatter } from './front-matter.ts';
import { newCellId } from './ids.ts';
import { toLF, trimBlankLines } from './lines.ts';
import type { Cell, Notebook } from './types.ts';

/**
 * Reads a notebook file (`*.algo.md`): YAML front matter between `---` lines, then Markdown in
 * which each fenced block whose info string's first word is `js` is a code cell. Every cell
 * gets a new id. Throws a {@link FormatError} naming the line on malformed input.
 */
export function parse(text: string): Notebook {
  // A BOM is what some Windows editors put first; it is not part of the `---` line.
  const lines = toLF(text.replace(/^\uFEFF/, '')).split('\n');
  if (lines[0].trimEnd() !== '---') {
    throw new FormatError(1, { code: 'format-no-front-matter' });
  }
  // `...` also ends a YAML document, and Pandoc accepts it as the closing line.
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (close < 0) {
    throw new FormatError(1, { code: 'format-front-unclosed' });
  }
  const front = parseFrontMatter(lines.slice(1, close).join('\n'), 2);
  return { front, cells: parseCells(lines, close + 1) };
}

function parseCells(lines: string[], start: number): Cell[] {
  const cells: Cell[] = [];
  let prose: string[] = [];
  const endProse = () => {
    const source = trimBlankLines(prose);
    if (source) cells.push({ kind: 'markdown', id: newCellId(), source });
    prose = [];
  };
  for (let i = start; i < lines.length; i++) {
    const open = fenceOpen(lines[i]);
    if (!open) {
      prose.push(lines[i]);
      continue;
    }
    // As in CommonMark, a fence left open runs to the end of the file.
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end], open)) end++;
    const lang = /^\S*/.exec(open.info)?.[0];
    if (lang !== 'js') {
      // Another language's block stays in the prose, with any fence inside it.
      prose.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    if (end === lines.length) {
      const params = { fence: lines[i].trim(), close: open.char.repeat(open.length) };
      throw new FormatError(i + 1, { code: 'format-fence-unclosed', params });
    }
    endProse();
    const source = lines.slice(i + 1, end).map((line) => dedent(line, open.indent));
    cells.push({
      kind: 'code',
      id: newCellId(),
      source: source.join('\n'),
      options: open.info.slice(2).trim(),
    });
    i = end;
  }
  endProse();
  return cells;
}
