import { dateDay, int64, tableFromArrays, tableToIPC } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import { decodeRows } from '../../../src/app/outputs/row-block.ts';

describe('decodeRows(bytes, offset)', () => {
  it('decodes Arrow IPC stream bytes column by column, dates as Date, int64 as number', () => {
    const table = tableFromArrays(
      {
        n: [1, null, 3],
        s: ['a', 'b', null],
        d: [new Date(Date.UTC(2024, 0, 5)), null, null],
        big: [1n, 2n, 3n],
      },
      { types: { d: dateDay(), big: int64() } },
    );
    const bytes = tableToIPC(table, { format: 'stream' });
    if (!bytes) throw new Error('no bytes');
    const block = decodeRows(bytes, 400);
    expect(block.offset).toBe(400);
    expect(block.length).toBe(3);
    expect(block.columns.map((column) => [0, 1, 2].map((i) => column.at(i)))).toEqual([
      [1, null, 3],
      ['a', 'b', null],
      [new Date(Date.UTC(2024, 0, 5)), null, null],
      [1, 2, 3],
    ]);
  });
});
