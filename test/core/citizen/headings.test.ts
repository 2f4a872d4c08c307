import { describe, expect, it } from 'vitest';
import { headingAbove } from '../../../src/core/citizen/headings.ts';
import { parse } from '../../../src/core/format/parse.ts';

const notebook = parse(
  '---\nalgobook: 1\nid: h\ntitle: H\n---\n\n```js\n1\n```\n\n# First\n\nText.\n\n## Second ##\n\n```js\n2\n```\n\nNo heading here.\n\n```js\n3\n```\n',
);

describe('headingAbove(notebook, index)', () => {
  it('is the last heading written in the prose above the cell', () => {
    const code = notebook.cells.flatMap((cell, i) => (cell.kind === 'code' ? [i] : []));
    expect(code.map((i) => headingAbove(notebook, i))).toEqual([null, 'Second', 'Second']);
  });
});
