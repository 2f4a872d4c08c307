import { describe, expect, it } from 'vitest';
import { emptyNotebook } from '../../../src/core/format/empty-notebook.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import { withoutIds } from './helpers.ts';

describe('emptyNotebook(id, title)', () => {
  it('emptyNotebook(id, title) has the front matter and one empty code cell', () => {
    expect(withoutIds(emptyNotebook('taxe', 'Taxe'))).toEqual({
      front: { algobook: 1, id: 'taxe', title: 'Taxe' },
      cells: [{ kind: 'code', source: '', options: '' }],
    });
  });

  it('emptyNotebook(id, title) is a valid file once serialized', () => {
    const nb = emptyNotebook('taxe', 'Taxe: 2024');
    expect(withoutIds(parse(serialize(nb)))).toEqual(withoutIds(nb));
  });
});
