import { afterEach, describe, expect, it } from 'vitest';
import {
  formatModule,
  useFormatModules,
  type FormatModules,
} from '../../../src/core/data/format-modules.ts';
import { importFormatModules } from '../../../src/core/data/format-modules-import.ts';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';

const xlsx: FormatModules['xlsx'] = {
  readWorkbook: () => ({ names: ['n'], columns: { n: [1, 2] } }),
};
const parquet: FormatModules['parquet'] = {
  readParquet: () => Promise.reject(new Error('unused')),
};
const csv: FormatModules['csv'] = {
  readDelimited: () => Promise.reject(new Error('unused')),
};

afterEach(() => useFormatModules(importFormatModules));

describe('formatModule(name)', () => {
  it('loads each module once, through the loader the host set', async () => {
    let loads = 0;
    useFormatModules({
      parquet: async () => parquet,
      xlsx: async () => (loads++, xlsx),
      csv: async () => csv,
    });
    expect(await formatModule('xlsx')).toBe(xlsx);
    expect(await formatModule('xlsx')).toBe(xlsx);
    expect(loads).toBe(1);
    expect((await parseDataset(new Uint8Array([1]), 'xls')).array('n')).toEqual([1, 2]);
  });

  it('tries a failed load again, and words the failure as the dataset’s', async () => {
    let fail = true;
    useFormatModules({
      parquet: async () => parquet,
      csv: async () => csv,
      xlsx: async () => {
        if (fail) throw new Error('NetworkError: xlsx.js');
        return xlsx;
      },
    });
    await expect(parseDataset(new Uint8Array([1]), 'xlsx', 'c')).rejects.toMatchObject({
      code: 'parser-unavailable',
      message:
        'Dataset "c" could not be read as xlsx: algobook could not load its xlsx reader (NetworkError: xlsx.js)',
    });
    fail = false;
    expect(await formatModule('xlsx')).toBe(xlsx);
  });

  it('reads csv through the loaded module, as plain columns the caller makes a table of', async () => {
    let loads = 0;
    // A module as the runner's csv.js gives it: its errors come out through `fail` only.
    const delimited: FormatModules['csv'] = {
      readDelimited: async (bytes, format, options, fail) => {
        loads++;
        if (bytes.length === 0) throw fail('dataset-empty', {}, 1);
        const columns = Object.defineProperty({}, '__proto__', { value: [1], enumerable: true });
        const dialect = {
          delimiter: ',',
          decimal: '.',
          encoding: 'utf-8',
          dates: 'iso',
          header: true,
        } as const;
        return { names: ['__proto__'], columns, notes: [], inferred: null, dialect };
      },
    };
    useFormatModules({
      parquet: async () => parquet,
      xlsx: async () => xlsx,
      csv: async () => delimited,
    });
    const table = await parseDataset(new Uint8Array([1]), 'csv', 'c');
    expect(table.columnNames()).toEqual(['__proto__']);
    expect(table.array('__proto__')).toEqual([1]);
    await expect(parseDataset(new Uint8Array(), 'tsv', 'c')).rejects.toMatchObject({
      code: 'dataset-empty',
      line: 1,
    });
    expect(loads).toBe(2);
  });
});
