import { describe, expect, it } from 'vitest';
import { compareResults } from '../../../src/core/publish/results.ts';
import { SHA_A, SHA_B } from './fixtures.ts';

describe('compareResults', () => {
  it('finds no difference between equal results, in any order', () => {
    const results = [
      { cell: 1, sha256: SHA_A },
      { cell: 2, sha256: SHA_B, value: '42' },
    ];
    expect(compareResults(results, [...results].reverse())).toEqual([]);
  });

  it('lists changed, missing and extra cells in cell order', () => {
    const published = [
      { cell: 1, sha256: SHA_A },
      { cell: 2, sha256: SHA_A, value: '41' },
      { cell: 3, sha256: SHA_A },
    ];
    const actual = [
      { cell: 2, sha256: SHA_B, value: '42' },
      { cell: 1, sha256: SHA_A },
      { cell: 4, sha256: SHA_B },
    ];
    expect(compareResults(published, actual)).toEqual([
      { cell: 2, kind: 'changed', published: published[1], actual: actual[0] },
      { cell: 3, kind: 'missing', published: published[2] },
      { cell: 4, kind: 'extra', actual: actual[2] },
    ]);
  });
});
