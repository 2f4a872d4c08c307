import { describe, expect, it } from 'vitest';
import { ImportDatasets } from '../../../src/app/imports/import-datasets.ts';
import type { BytesCache } from '../../../src/app/data/bytes-cache.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { ImportEntry, ResolvedImport } from '../../../src/core/imports/types.ts';

const CSV = new TextEncoder().encode('a\n1\n');
const nothingCached: BytesCache = {
  get: () => Promise.resolve(undefined),
  put: () => Promise.resolve(undefined),
};

function resolved(
  name: string,
  url: string,
  imports: Record<string, ResolvedImport> = {},
): ResolvedImport {
  const notebook = { front: { algobook: 1 as const, id: name, title: name }, cells: [] };
  return { name, spec: { url, sha256: 'b'.repeat(64) }, url, text: '', notebook, imports };
}

describe('ImportDatasets', () => {
  it('loads an imported notebook’s dataset against that notebook’s own URL, checked against its pin', async () => {
    const asked: string[] = [];
    const fetch = (url: string | URL | Request) => {
      asked.push(String(url));
      return Promise.resolve(new Response(CSV.slice()));
    };
    const data = new ImportDatasets(nothingCached, { fetch });
    const imports: Record<string, ImportEntry> = {
      atmo: resolved('atmo', 'https://lib.example/atmo/v3.algo.md', {
        pm: resolved('pm', 'https://pm.example/pm.algo.md'),
      }),
    };
    const spec = { url: 'data/t.csv', format: 'csv' as const, sha256: await sha256Hex(CSV) };
    expect(await data.load(imports, ['atmo'], 't', spec)).toEqual(CSV);
    expect(await data.load(imports, ['atmo', 'pm'], 't', spec)).toEqual(CSV);
    expect(asked).toEqual(['https://lib.example/atmo/data/t.csv', 'https://pm.example/data/t.csv']);
    await expect(
      data.load(imports, ['atmo'], 't', { ...spec, sha256: 'c'.repeat(64) }),
    ).rejects.toMatchObject({ name: 'DatasetHashMismatch' });
    data.dispose();
  });

  it('serves the import and a use() of it asking at once, each with bytes of its own', async () => {
    let fetches = 0;
    const fetch = () => {
      fetches++;
      return Promise.resolve(new Response(CSV.slice()));
    };
    const data = new ImportDatasets(nothingCached, { fetch });
    const imports = { atmo: resolved('atmo', 'https://lib.example/atmo.algo.md') };
    const spec = { url: 't.csv', format: 'csv' as const, sha256: await sha256Hex(CSV) };
    const [a, b] = await Promise.all([
      data.load(imports, ['atmo'], 't', spec),
      data.load(imports, ['atmo'], 't', spec),
    ]);
    expect([a, b]).toEqual([CSV, CSV]);
    expect(a).not.toBe(b);
    expect(fetches).toBe(1);
    data.dispose();
  });
});
