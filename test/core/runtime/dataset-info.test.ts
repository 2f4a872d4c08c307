import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { stationsGeoJson } from '../../support/fake-portal-data.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('NotebookRuntime.datasetInfo(name)', () => {
  it('gives rows and each column’s type (forced in spec.columns, else inferred) with the inferred one', async () => {
    const csv = bytes(
      'code,name,population,capital\n01004,Ambérieu,14514,false\n75056,Paris,2103778,true\n',
    );
    const geo = bytes(stationsGeoJson());
    const loads: string[] = [];
    const json = bytes('[{"code":"01004","n":1},{"code":"75056","n":2}]');
    const files: Record<string, Uint8Array> = {
      communes: csv,
      stations: geo,
      forced: csv,
      forcedJson: json,
    };
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
          forcedJson: await spec('forcedJson', { format: 'json', columns: { n: 'string' } }),
        },
      },
    );
    // Not forced: the type is the inferred one.
    const inferred = (name: string, type: string) => ({ name, type, inferred: type });
    expect(await runtime.datasetInfo('communes')).toEqual({
      rows: 2,
      columns: [
        inferred('code', 'integer'),
        inferred('name', 'string'),
        inferred('population', 'integer'),
        inferred('capital', 'boolean'),
      ],
    });
    // Forced in a CSV (the forced columns skip Arquero's inference) and in JSON.
    expect((await runtime.datasetInfo('forced')).columns).toEqual([
      { name: 'code', type: 'string', inferred: 'integer' },
      inferred('name', 'string'),
      { name: 'population', type: 'number', inferred: 'integer' },
      inferred('capital', 'boolean'),
    ]);
    expect((await runtime.datasetInfo('forcedJson')).columns).toEqual([
      inferred('code', 'string'),
      { name: 'n', type: 'string', inferred: 'integer' },
    ]);
    expect(await runtime.datasetInfo('stations')).toEqual({
      rows: 8,
      columns: [
        inferred('code', 'string'),
        inferred('nom', 'string'),
        inferred('typologie', 'string'),
        inferred('arrondissement', 'integer'),
        inferred('geometry', 'object'),
      ],
    });
    // A dataset a cell (or the panel) already loaded is not loaded again.
    await runtime.datasetInfo('communes');
    expect(loads).toEqual(['communes', 'forced', 'forcedJson', 'stations']);
    await expect(runtime.datasetInfo('nope')).rejects.toThrow('Unknown dataset "nope"');
    runtime.dispose();
  });
});
