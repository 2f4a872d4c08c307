import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/format/normalize.ts';
import type { Notebook } from '../../../src/core/format/types.ts';

const front = { algobook: 1 as const, id: 'x', title: 'X' };

describe('normalize(nb)', () => {
  it('normalize(nb) trims markdown of blank lines, drops empty markdown, merges adjacent markdown', () => {
    const nb: Notebook = {
      front,
      cells: [
        { kind: 'markdown', id: 'a', source: '\n \n  a\n\t\n' },
        { kind: 'markdown', id: 'b', source: ' \n' },
        { kind: 'markdown', id: 'c', source: 'b\r\nc' },
        { kind: 'code', id: 'd', source: '\n1\r\n', options: ' x\r\ny ' },
        { kind: 'markdown', id: 'e', source: '' },
      ],
    };
    expect(normalize(nb)).toEqual({
      front,
      cells: [
        { kind: 'markdown', id: 'a', source: '  a\n\nb\nc' },
        { kind: 'code', id: 'd', source: '\n1\n', options: 'x y' },
      ],
    });
  });

  it('normalize(nb) leaves a notebook in normal form as it is, without changing its argument', () => {
    const nb: Notebook = { front, cells: [{ kind: 'markdown', id: 'a', source: 'a\n\n  b' }] };
    const copy = structuredClone(nb);
    expect(normalize(nb)).toEqual(nb);
    expect(nb).toEqual(copy);
  });
});
