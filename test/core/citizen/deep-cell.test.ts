import { describe, expect, it } from 'vitest';
import { cellInfos } from '../../../src/core/citizen/cell-info.ts';
import { notebook } from './helpers.ts';

describe('cellInfos of a deeply nested cell', () => {
  it('reads 10,000 chained calls, and the cells after it', () => {
    const nb = notebook([
      { js: `const deep = dataset('rows')${'.then((t) => t)'.repeat(10_000)};` },
      { js: "const other = await dataset('other');" },
    ]);
    expect(cellInfos(nb).map((info) => [info.declarations, info.datasets])).toEqual([
      [['deep'], ['rows']],
      [['other'], ['other']],
    ]);
  });
});
