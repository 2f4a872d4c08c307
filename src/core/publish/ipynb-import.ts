import { FormatError } from '../format/errors.ts';
import { newCellId } from '../format/ids.ts';
import { parse } from '../format/parse.ts';
import { slugify } from '../format/slugify.ts';
import type { Cell, FrontMatter } from '../format/types.ts';
import type { Notebook } from '../format/types.ts';
import { canonicalText } from './canonical-text.ts';
import { PublishError } from './errors.ts';

const JAVASCRIPT = new Set(['javascript', 'js', 'node', 'nodejs', 'deno', 'typescript', 'ts']);
const LANGUAGE_NAMES: Record<string, string> = { python: 'Python', r: 'R', julia: 'Julia' };

/**
 * A notebook from a Jupyter notebook's JSON text (nbformat 4): markdown cells become prose, code
 * cells JavaScript cells (their outputs are not kept: algobook computes them again), raw cells
 * prose. The front matter comes from `metadata.algobook` when the file was exported by algobook,
 * otherwise from its title or first heading. A notebook in another language than JavaScript is
 * refused, as is anything that is not a notebook, with a {@link PublishError} saying why.
 */
export function fromIpynb(text: string): Notebook {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PublishError(
      'ipynb-not-json',
      `This file is not a Jupyter notebook: it is not valid JSON (${reason}).`,
      { reason },
    );
  }
  if (!isObject(json) || !('nbformat' in json)) {
    throw new PublishError(
      'ipynb-not-notebook',
      'This file is not a Jupyter notebook: it has no "nbformat" field.',
    );
  }
  if (json.nbformat !== 4) {
    const version = String(json.nbformat);
    throw new PublishError(
      'ipynb-nbformat',
      `This Jupyter notebook is in format version ${version}; algobook reads version 4. Open it in a recent Jupyter and save it again.`,
      { version },
    );
  }
  const metadata = isObject(json.metadata) ? json.metadata : {};
  const language = languageOf(metadata);
  if (language && !JAVASCRIPT.has(language.toLowerCase())) {
    const name = LANGUAGE_NAMES[language.toLowerCase()] ?? language;
    throw new PublishError(
      'ipynb-language',
      `This notebook is written in ${name}; algobook runs JavaScript only, so its code cannot be imported.`,
      { language: name },
    );
  }
  if (!Array.isArray(json.cells)) {
    throw new PublishError(
      'ipynb-no-cells',
      'This Jupyter notebook has no list of cells ("cells").',
    );
  }
  // Cells an export inlined from imported notebooks are theirs, not this notebook's.
  const cells: Cell[] = json.cells
    .map((cell: unknown, index: number) => (imported(cell) ? undefined : toCell(cell, index)))
    .filter((cell): cell is Cell => cell !== undefined);
  const front = frontOf(metadata, cells);
  try {
    // Through the file format, so that what comes back is exactly what saving it will give.
    return parse(canonicalText({ front, cells }));
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    throw new PublishError(
      'ipynb-front',
      `This notebook's algobook metadata is not valid: ${error.reason}.`,
      { reason: error.reason },
    );
  }
}

function toCell(cell: unknown, index: number): Cell {
  const number = index + 1;
  const bad = (what: string): never => {
    throw new PublishError('ipynb-bad-cell', `Cell ${number} of this Jupyter notebook ${what}.`, {
      cell: number,
      what,
    });
  };
  if (!isObject(cell)) return bad('is not an object');
  const source = Array.isArray(cell.source)
    ? cell.source.every((line) => typeof line === 'string')
      ? cell.source.join('')
      : bad('has a "source" that is not text')
    : typeof cell.source === 'string'
      ? cell.source
      : bad('has no "source"');
  const metadata = isObject(cell.metadata) ? cell.metadata : {};
  switch (cell.cell_type) {
    case 'code': {
      const algobook = isObject(metadata.algobook) ? metadata.algobook : {};
      const options = typeof algobook.options === 'string' ? algobook.options : '';
      return { kind: 'code', id: newCellId(), source: source.replace(/\n$/, ''), options };
    }
    case 'markdown':
    case 'raw':
      return { kind: 'markdown', id: newCellId(), source };
    default:
      return bad(`has an unknown type ${JSON.stringify(cell.cell_type) ?? 'undefined'}`);
  }
}

function frontOf(metadata: Record<string, unknown>, cells: Cell[]): FrontMatter {
  if (isObject(metadata.algobook)) return metadata.algobook as FrontMatter;
  const heading = cells
    .filter((cell) => cell.kind === 'markdown')
    .map((cell) => /^#\s+(.+)$/m.exec(cell.source)?.[1]?.trim())
    .find(Boolean);
  const title =
    (typeof metadata.title === 'string' && metadata.title.trim()) || heading || 'Imported notebook';
  return { algobook: 1, id: slugify(title) || 'imported-notebook', title };
}

function languageOf(metadata: Record<string, unknown>): string | undefined {
  const kernel = isObject(metadata.kernelspec) ? metadata.kernelspec : {};
  const info = isObject(metadata.language_info) ? metadata.language_info : {};
  for (const value of [kernel.language, info.name]) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** True for a cell `toIpynb` inlined from an imported notebook (`metadata.algobook.imported`). */
function imported(cell: unknown): boolean {
  if (!isObject(cell) || !isObject(cell.metadata)) return false;
  const algobook = cell.metadata.algobook;
  return isObject(algobook) && algobook.imported !== undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
