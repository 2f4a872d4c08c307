import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { Datasets } from '../../../src/core/runtime/datasets.ts';
import { writeWorkbook } from '../../support/workbook.ts';

describe('Datasets with spreadsheets', () => {
  it('datasets.table(name) reads the pinned sheet, and another sheet of the same bytes anew', async () => {
    const bytes = writeWorkbook({
      Communes: [['nom'], ['Évry-Courcouronnes']],
      Départements: [['code'], ['91'], ['42']],
    });
    const spec: DatasetSpec = { url: 'a.xlsx', format: 'xlsx', sha256: await sha256Hex(bytes) };
    let loads = 0;
    const datasets = new Datasets(async () => {
      loads++;
      return bytes.slice();
    });
    datasets.set({ a: spec });
    expect((await datasets.table('a')).objects()).toEqual([{ nom: 'Évry-Courcouronnes' }]);
    datasets.set({ a: { ...spec, sheet: 'Départements' } });
    expect((await datasets.table('a')).objects()).toEqual([{ code: '91' }, { code: '42' }]);
    datasets.set({ a: spec });
    await datasets.table('a');
    expect(loads).toBe(2);
  });
});
