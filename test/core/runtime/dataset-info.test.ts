import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { stationsGeoJson } from '../../support/fake-portal-data.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('NotebookRuntime.datasetInfo(name)', () => {
  it('gives rows and inferred column types, or the types forced in spec.columns', async () => {
    const csv = bytes(
      'code,name,population,capital\n01004,Ambérieu,14514,false\n75056,Paris,2103778,true\n',
    );
    const geo = bytes(stationsGeoJson());
    const loads: string[] = [];
    const files: Record<string, Uint8Array> = { communes: csv, stations: geo, forced: csv };
    const spec = async (name: string, extra: Partial<DatasetSpec>): Promise<DatasetSpec> => ({
      url: `${name}.x`,
      format: 'csv',
      sha256: await sha256Hex(files[name]),
      ...extra,
    });
    const runtime = new NotebookRuntime(
      {
        loadDataset: async (name) => {
          loads.push(name);
          return files[name];
        },
        onEvent: () => {},
      },
      {
        datasets: {
          communes: await spec('communes', {}),
          stations: await spec('stations', { format: 'geojson' }),
          forced: await spec('forced', { columns: { code: 'string', population: 'number' } }),
        },
      },
    );
    expect(await runtime.datasetInfo('communes')).toEqual({
      rows: 2,
      columns: [
        { name: 'code', type: 'integer' },
        { name: 'name', type: 'string' },
        { name: 'population', type: 'integer' },
        { name: 'capital', type: 'boolean' },
      ],
    });
    expect((await runtime.datasetInfo('forced')).columns[0]).toEqual({
      name: 'code',
      type: 'string',
    });
    expect(await runtime.datasetInfo('stations')).toEqual({
      rows: 8,
      columns: [
        { name: 'code', type: 'string' },
        { name: 'nom', type: 'string' },
        { name: 'typologie', type: 'string' },
        { name: 'arrondissement', type: 'integer' },
        { name: 'geometry', type: 'object' },
      ],
    });
    // A dataset a cell (or the panel) already loaded is not loaded again.
    await runtime.datasetInfo('communes');
    expect(loads).toEqual(['communes', 'forced', 'stations']);
    await expect(runtime.datasetInfo('nope')).rejects.toThrow('Unknown dataset "nope"');
    runtime.dispose();
  });
});
