import { FormatError } from './errors.ts';
import { closesFence, dedent, fenceOpen } from './fences.ts';
import { parseFrontMatter } from './front-matter.ts';
import { newCellId } from './ids.ts';
import type { Cell, Notebook } from './types.ts';

/**
 * Reads a notebook file (`*.algo.md`): YAML front matter, then Markdown in which each fenced
 * block whose info string starts with `js` is a code cell. Throws a {@link FormatError} naming
 * the line on malformed input.
 */
export function parse(text: string): Notebook {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new FormatError(1, 'a notebook starts with front matter: a line `---`, then `algobook: 1`, `id`, `title`, and a closing `---`');
  }
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) throw new FormatError(1, 'the front matter opened here is never closed by a line `---`');
  const front = parseFrontMatter(lines.slice(1, close).join('\n'), 2);
  return { front, cells: parseCells(lines, close + 1) };
}

function parseCells(lines: string[], start: number): Cell[] {
  const cells: Cell[] = [];
  let prose: string[] = [];
  const flushProse = () => {
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
    const [lang = '', ...rest] = open.info.split(/\s+/);
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end], open)) end++;
    if (lang !== 'js') {
      // Another language's block stays in the prose, and hides any fence inside it.
      prose.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    if (end >= lines.length) {
      throw new FormatError(i + 1, `unclosed code fence opened here (${lines[i].trim()}); close it with a line of ${open.char.repeat(open.length)}`);
    }
    flushProse();
    const source = lines.slice(i + 1, end).map((line) => dedent(line, open.indent)).join('\n');
    cells.push({ kind: 'code', id: newCellId(), source, options: rest.join(' ') });
    i = end;
  }
  flushProse();
  return cells;
}

/** Joins lines without the blank lines at either end; '' when there is nothing else. */
function trimBlankLines(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a].trim()) a++;
  while (b > a && !lines[b - 1].trim()) b--;
  return lines.slice(a, b).join('\n');
}
