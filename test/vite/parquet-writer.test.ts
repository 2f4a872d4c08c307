import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/core/data/parse-dataset.ts';
import { writeParquet, type ParquetColumn } from '../../vite/parquet-writer.ts';

describe('writeParquet(columns, rows)', () => {
  it('writes text, whole numbers, decimals and dates, nulls included, that hyparquet reads back', async () => {
    const columns: ParquetColumn[] = [
      { name: 'name', type: 'text', values: ['Zoé', null, ''] },
      { name: 'n', type: 'int', values: [-3, 2_000_000_000, null] },
      { name: 'x', type: 'double', values: [null, 0.1, -1e300] },
      { name: 'day', type: 'date', values: ['1969-12-31', null, '2015-12-31'] },
    ];
    const table = await parseDataset(writeParquet(columns, 3), 'parquet');
    expect(table.objects()).toEqual([
      { name: 'Zoé', n: -3, x: null, day: new Date('1969-12-31T00:00:00Z') },
      { name: null, n: 2_000_000_000, x: 0.1, day: null },
      { name: '', n: null, x: -1e300, day: new Date('2015-12-31T00:00:00Z') },
    ]);
  });

  it('writes tables of more than 15 columns and of more than one byte of nulls', async () => {
    const columns: ParquetColumn[] = Array.from({ length: 20 }, (_, c) => ({
      name: `c${c}`,
      type: 'int',
      values: Array.from({ length: 21 }, (_, r) => (r % 3 === 0 ? null : r * c)),
    }));
    const table = await parseDataset(writeParquet(columns, 21), 'parquet');
    expect(table.columnNames()).toHaveLength(20);
    expect(table.array('c19')).toEqual(columns[19].values);
  });

  it('refuses a column whose length is not the row count', () => {
    expect(() => writeParquet([{ name: 'a', type: 'int', values: [1] }], 2)).toThrow(
      'a: not 2 values',
    );
  });
});
