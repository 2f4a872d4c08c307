import type { Notebook } from '../../../src/core/format/types.ts';

/** A notebook without its cell ids, which are not stored in the file: for deep equality. */
export function withoutIds(nb: Notebook) {
  return { front: nb.front, cells: nb.cells.map(({ id: _id, ...cell }) => cell) };
}

export const SHA = 'ab'.repeat(32);

/** A minimal valid file with `body` after the front matter. */
export function file(body: string, front = 'algobook: 1\nid: test\ntitle: Test\n'): string {
  return `---\n${front}---\n${body}`;
}
