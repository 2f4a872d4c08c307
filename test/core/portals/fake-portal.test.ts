import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HUGE_CONTENT_LENGTH,
  MALFORMED,
  startFakePortal,
  type FakePortal,
} from '../../support/fake-portal.ts';

let portal: FakePortal;
beforeAll(async () => {
  portal = await startFakePortal({ slow: { chunkBytes: 64 * 1024, intervalMs: 5 } });
});
afterAll(() => portal.close());

const get = (path: string) => fetch(`${portal.url}${path}`);
const getJson = async (path: string) => (await get(path)).json();

// The machine may be shared and loaded: generous timeouts, no timing assertions.
describe('fake portal', { timeout: 30_000 }, () => {
  it('answers the Opendatasoft catalog, dataset and records shapes', async () => {
    const catalog = await getJson('/api/explore/v2.1/catalog/datasets?where=%22air%22&limit=10');
    expect(catalog.total_count).toBe(1);
    expect(catalog.results[0].dataset_id).toBe('mesures-no2-stations-airparif');
    expect(catalog.results[0].metas.default.license).toBe('Licence Ouverte v2.0 (Etalab)');
    const dataset = await getJson('/api/explore/v2.1/catalog/datasets/arrondissements');
    expect(dataset.metas.default.records_count).toBe(20);
    expect(dataset.fields.map((f: { name: string }) => f.name)).toContain('population');
    const records = await getJson(
      '/api/explore/v2.1/catalog/datasets/arrondissements/records?select=c_ar,population&where=c_ar%20%3C%3D%203&order_by=c_ar%20desc',
    );
    expect(records).toEqual({
      total_count: 3,
      results: [
        { c_ar: 3, population: 32179 },
        { c_ar: 2, population: 19847 },
        { c_ar: 1, population: 15114 },
      ],
    });
    const tooMany = await get(
      '/api/explore/v2.1/catalog/datasets/arrondissements/records?limit=500',
    );
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error_code).toBe('InvalidRESTParameterError');
    expect((await get('/api/explore/v2.1/catalog/datasets/nope')).status).toBe(404);
  });

  it('reduces an export with select, where and group_by; CSV has ; and a BOM by default', async () => {
    const response = await get(
      '/api/explore/v2.1/catalog/datasets/mesures-no2-stations-airparif/exports/csv',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const all = new TextDecoder().decode(bytes);
    expect(all.startsWith('station;code_station;')).toBe(true);
    expect(all.trim().split('\r\n')).toHaveLength(57);
    const query = new URLSearchParams({
      select: 'typologie, avg(no2) as moyenne, count(*) as n',
      where: 'date >= "2024-01-16"',
      group_by: 'typologie',
      delimiter: ',',
      with_bom: 'false',
    });
    const reduced = await (
      await get(
        `/api/explore/v2.1/catalog/datasets/mesures-no2-stations-airparif/exports/csv?${query}`,
      )
    ).text();
    const lines = reduced.trim().split('\r\n');
    expect(lines[0]).toBe('typologie,moyenne,n');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['30', '18']);
    const geo = await getJson(
      '/api/explore/v2.1/catalog/datasets/arrondissements/exports/geojson?select=c_ar,geom_x_y',
    );
    expect(geo.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [2.3363, 48.8626] },
      properties: { c_ar: 1 },
    });
    const parquet = await (
      await get(
        '/api/explore/v2.1/catalog/datasets/arrondissements/exports/parquet?select=c_arinsee,population&where=c_ar=15',
      )
    ).arrayBuffer();
    expect(await parquetReadObjects({ file: parquet })).toEqual([
      { c_arinsee: 75115n, population: 229713n },
    ]);
  });

  it('answers udata search and dataset with resources, and CKAN package_search / package_show', async () => {
    const page = await getJson('/api/1/datasets/?q=qualite&page=1&page_size=1');
    expect(page).toMatchObject({ page: 1, page_size: 1, total: 2, previous_page: null });
    expect(page.next_page).toBe(`${portal.url}/api/1/datasets/?q=qualite&page=2&page_size=1`);
    const dataset = await getJson(
      `/api/1/datasets/population-legale-des-arrondissements-municipaux-de-paris/`,
    );
    expect(dataset.license).toBe('lov2');
    expect(dataset.resources[0]).toMatchObject({
      format: 'csv',
      url: `${portal.url}/files/paris-arrondissements.csv`,
      filesize: portal.file('/files/paris-arrondissements.csv').byteLength,
      checksum: { type: 'sha1' },
    });
    const latest = await get(`/api/1/datasets/r/${dataset.resources[0].id}`);
    expect(await latest.text()).toBe(
      new TextDecoder().decode(portal.file('/files/paris-arrondissements.csv')),
    );
    expect((await get('/api/1/datasets/nope/')).status).toBe(404);

    const search = await getJson('/api/3/action/package_search?q=paris&rows=10');
    expect(search.success).toBe(true);
    expect(search.result.results.map((p: { name: string }) => p.name)).toContain(
      'arrondissements-de-paris',
    );
    const show = await getJson('/api/3/action/package_show?id=stations-qualite-air');
    expect(show.result.license_id).toBe('cc-by');
    expect(show.result.resources[0].url).toBe(
      `${portal.url}/nocors/files/stations-qualite-air.csv`,
    );
    const missing = await get('/api/3/action/package_show?id=nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).success).toBe(false);
  });

  it('serves CORS headers except under /nocors/, replaceable files, slow and huge downloads', async () => {
    expect((await get('/files/big.csv')).headers.get('access-control-allow-origin')).toBe('*');
    expect(
      (await get('/nocors/files/big.csv')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    portal.setFile('/files/changing.csv', 'a\n1\n');
    expect(await (await get('/files/changing.csv')).text()).toBe('a\n1\n');
    portal.setFile('/files/changing.csv', 'a\n2\n');
    expect(await (await get('/files/changing.csv')).text()).toBe('a\n2\n');
    const slow = await get('/slow/files/big.csv');
    expect(Number(slow.headers.get('content-length'))).toBe(
      portal.file('/files/big.csv').byteLength,
    );
    expect(new Uint8Array(await slow.arrayBuffer())).toEqual(portal.file('/files/big.csv'));
    const controller = new AbortController();
    const huge = await fetch(`${portal.url}/huge/files/big.csv`, { signal: controller.signal });
    expect(Number(huge.headers.get('content-length'))).toBe(HUGE_CONTENT_LENGTH);
    controller.abort();
    expect((await get('/status/503')).status).toBe(503);
    expect((await get('/files/none.csv')).status).toBe(404);
    expect(MALFORMED.unclosedQuoteLine).toBe(4);
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(portal.file('/files/latin1.csv')),
    ).toThrow();
    expect(portal.requests).toContain('/files/changing.csv');
  });
});
