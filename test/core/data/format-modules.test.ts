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

afterEach(() => useFormatModules(importFormatModules));

describe('formatModule(name)', () => {
  it('loads each module once, through the loader the host set', async () => {
    let loads = 0;
    useFormatModules({ parquet: async () => parquet, xlsx: async () => (loads++, xlsx) });
    expect(await formatModule('xlsx')).toBe(xlsx);
    expect(await formatModule('xlsx')).toBe(xlsx);
    expect(loads).toBe(1);
    expect((await parseDataset(new Uint8Array([1]), 'xls')).array('n')).toEqual([1, 2]);
  });

  it('tries a failed load again, and words the failure as the dataset’s', async () => {
    let fail = true;
    useFormatModules({
      parquet: async () => parquet,
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
});
