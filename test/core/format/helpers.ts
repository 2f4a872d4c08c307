import { FormatError } from '../../../src/core/format/errors.ts';
import { parse } from '../../../src/core/format/parse.ts';
import type { Notebook } from '../../../src/core/format/types.ts';

/** A notebook without its cell ids, which are not stored in the file: for deep equality. */
export function withoutIds(nb: Notebook) {
  return { front: nb.front, cells: nb.cells.map(({ id: _id, ...cell }) => cell) };
}

/** A valid sha256 for datasets. */
export const SHA = 'ab'.repeat(32);

/** The front matter of `file` when none is given: lines 2 to 4, closed on line 5. */
export const FRONT = 'algobook: 1\nid: test\ntitle: Test\n';

/** A file with `body` after the front matter. */
export function file(body: string, front = FRONT): string {
  return `---\n${front}---\n${body}`;
}

/** What `parse(text)` throws, as `{line, message}`, so each test is one deep equality. */
export function parseError(text: string): { line: number; message: string } {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof FormatError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('parse did not throw');
}
