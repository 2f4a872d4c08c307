import { describe, expect, it } from 'vitest';
import { codeCellLines } from '../../src/cli/cell-lines.ts';
import { parse } from '../../src/core/format/index.ts';

describe('codeCellLines(text)', () => {
  it("gives each code cell's opening fence line, skipping other languages' blocks and the fences inside them", () => {
    const text = [
      '---', // 1
      'algobook: 1',
      'id: x',
      'title: X',
      '---', // 5
      '```js',
      'a',
      '```',
      '````md', // 9
      '```js',
      'not a cell',
      '```',
      '````',
      '  ~~~js options', // 14
      '  b',
      '  ~~~',
    ].join('\n');
    expect(codeCellLines(text)).toEqual([6, 14]);
    expect(
      parse(text)
        .cells.filter((c) => c.kind === 'code')
        .map((c) => c.source),
    ).toEqual(['a', 'b']);
  });

  it('counts Windows line ends as one line', () => {
    expect(
      codeCellLines('---\r\nalgobook: 1\r\nid: x\r\ntitle: X\r\n---\r\n\r\n```js\r\n1\r\n```\r\n'),
    ).toEqual([7]);
  });
});
