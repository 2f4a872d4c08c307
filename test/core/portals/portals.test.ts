import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../../src/core/data/download.ts';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';
import {
  createPortal,
  opendatasoftExportUrl,
  PortalError,
} from '../../../src/core/portals/index.ts';
import { startFakePortal, type FakePortal } from '../../support/fake-portal.ts';

let portal: FakePortal;
beforeAll(async () => {
  portal = await startFakePortal();
});
afterAll(() => portal.close());

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Opendatasoft Explore API v2.1', { timeout: 30_000 }, () => {
  it('searches the catalog, with licences as SPDX ids', async () => {
    const ods = createPortal('opendatasoft', `${portal.url}/`);
    expect(ods.base).toBe(portal.url);
    const result = await ods.search('qualité air');
    expect(result).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(result.datasets).toEqual([
      {
        id: 'mesures-no2-stations-airparif',
        title: "Qualité de l'air : dioxyde d'azote (NO2) aux stations Airparif",
        publisher: 'Airparif',
        license: 'etalab-2.0',
        licenseName: 'Licence Ouverte v2.0 (Etalab)',
        modified: '2024-01-22T06:00:04+00:00',
        records: 56,
      },
    ]);
    const all = await ods.search('', { page: 2, pageSize: 1 });
    expect(all.total).toBe(2);
    expect(all.datasets.map((d) => d.id)).toEqual(['mesures-no2-stations-airparif']);
    expect(portal.requests.at(-1)).toBe('/api/explore/v2.1/catalog/datasets?limit=1&offset=1');
  });

  it('gives a dataset with its fields and export resources', async () => {
    const ods = createPortal('opendatasoft', `${portal.url}/api/explore/v2.1`);
    const dataset = await ods.dataset('arrondissements');
    expect(dataset).toMatchObject({ id: 'arrondissements', license: 'ODbL-1.0', records: 20 });
    expect(dataset.fields?.map((f) => f.name)).toEqual([
      'c_ar',
      'c_arinsee',
      'l_ar',
      'l_aroff',
      'surface',
      'population',
      'geom_x_y',
    ]);
    expect(dataset.resources.map((r) => r.format)).toEqual([
      'csv',
      'json',
      'geojson',
      'parquet',
      'xlsx',
    ]);
    expect(dataset.resources.at(-1)?.url).toBe(
      `${portal.url}/api/explore/v2.1/catalog/datasets/arrondissements/exports/xlsx`,
    );
    expect(dataset.resources[0].url).toBe(
      `${portal.url}/api/explore/v2.1/catalog/datasets/arrondissements/exports/csv?delimiter=%2C&with_bom=false`,
    );
  });

  it('builds export URLs whose query the portal runs, reducing the data before download', async () => {
    const query = {
      select: 'typologie, avg(no2) as moyenne',
      group_by: 'typologie',
      order_by: 'typologie',
    };
    const url = opendatasoftExportUrl(portal.url, 'mesures-no2-stations-airparif', 'csv', query);
    const full = opendatasoftExportUrl(portal.url, 'mesures-no2-stations-airparif', 'csv');
    const [reduced, whole] = await Promise.all([download([url]), download([full])]);
    expect(reduced.bytes.byteLength).toBeLessThan(whole.bytes.byteLength / 20);
    const table = await parseDataset(reduced.bytes, 'csv');
    expect(table.columnNames()).toEqual(['typologie', 'moyenne']);
    expect(table.array('typologie')).toEqual(['Trafic', 'Urbaine']);
    expect((await parseDataset(whole.bytes, 'csv')).numRows()).toBe(56);
  });

  it('reports an unknown dataset, a refused query, and a site that is not Opendatasoft', async () => {
    const ods = createPortal('opendatasoft', portal.url);
    await expect(ods.dataset('nope')).rejects.toMatchObject({
      name: 'PortalError',
      reason: 'not-found',
      message: `The portal at ${portal.url} has no dataset "nope".`,
    });
    const site = createPortal('opendatasoft', `${portal.url}/site`);
    const error = await site.search('x').catch((e) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error.reason).toBe('not-api');
    expect(error.message).toBe(
      `${portal.url}/site does not answer like a Opendatasoft (Explore API v2.1) portal: it answered with a web page, not JSON. Check the address and the kind of portal.`,
    );
    // A udata portal is not an Opendatasoft one.
    await expect(createPortal('udata', `${portal.url}/site`).search('x')).rejects.toMatchObject({
      reason: 'not-api',
    });
  });
});

describe('data.gouv.fr (udata API v1)', { timeout: 30_000 }, () => {
  it('searches datasets, paged', async () => {
    const gouv = createPortal('udata', portal.url);
    const result = await gouv.search('qualité', { pageSize: 1 });
    expect(result).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(result.datasets[0]).toMatchObject({
      id: '5d1f6e3a8b4c2a0e9f7d6c5b',
      title: "Stations de mesure de la qualité de l'air en Île-de-France",
      publisher: 'Airparif',
      license: 'ODbL-1.0',
      licenseName: 'odc-odbl',
      modified: '2023-11-20T16:45:00.000000+00:00',
    });
    const next = await gouv.search('qualité', { page: 2, pageSize: 1 });
    expect(next.datasets[0].license).toBe('etalab-2.0');
  });

  it('gives a dataset with its resources, formats recognised', async () => {
    const gouv = createPortal('udata', `${portal.url}/api/1/`);
    const dataset = await gouv.dataset('population-legale-des-arrondissements-municipaux-de-paris');
    expect(dataset.license).toBe('etalab-2.0');
    expect(dataset.publisher).toMatch(/^Institut National de la Statistique/);
    expect(dataset.resources.map((r) => [r.format, r.url, r.size])).toEqual([
      [
        'csv',
        `${portal.url}/files/paris-arrondissements.csv`,
        portal.file('/files/paris-arrondissements.csv').byteLength,
      ],
      [
        'json',
        `${portal.url}/files/paris-arrondissements.json`,
        portal.file('/files/paris-arrondissements.json').byteLength,
      ],
      [
        'parquet',
        `${portal.url}/files/paris-arrondissements.parquet`,
        portal.file('/files/paris-arrondissements.parquet').byteLength,
      ],
    ]);
    expect(dataset.size).toBe(dataset.resources.reduce((sum, r) => sum + (r.size ?? 0), 0));
    await expect(gouv.dataset('nope')).rejects.toMatchObject({ reason: 'not-found' });
  });
});

describe('CKAN action API', { timeout: 30_000 }, () => {
  it('searches packages and shows one with its resources', async () => {
    const site = createPortal('ckan', `${portal.url}/api/3/action`);
    expect(site.base).toBe(portal.url);
    const result = await site.search('paris');
    expect(result.total).toBe(2);
    expect(result.datasets[0]).toMatchObject({
      id: 'arrondissements-de-paris',
      title: 'Arrondissements de Paris',
      publisher: 'Ville de Paris',
      license: 'ODbL-1.0',
      licenseName: 'Open Data Commons Open Database License (ODbL)',
    });
    const dataset = await site.dataset('stations-qualite-air');
    expect(dataset.license).toBe('cc-by'); // no version given: not guessed as 4.0
    expect(dataset.resources.map((r) => [r.format, r.portalFormat])).toEqual([
      ['csv', 'CSV'],
      ['geojson', 'GeoJSON'],
    ]);
    await expect(site.dataset('nope')).rejects.toMatchObject({ reason: 'not-found' });
    await expect(createPortal('ckan', `${portal.url}/site`).search('x')).rejects.toMatchObject({
      reason: 'not-api',
    });
  });
});

describe('every portal', { timeout: 30_000 }, () => {
  it.each(['opendatasoft', 'udata', 'ckan'] as const)(
    '%s: says when the portal is unreachable',
    async (kind) => {
      const base = `http://127.0.0.1:${await closedPort()}`;
      const error = await createPortal(kind, base)
        .search('x')
        .catch((e) => e);
      expect(error).toMatchObject({ name: 'PortalError', reason: 'unreachable', kind, base });
      expect(error.message).toBe(
        `Could not reach the portal at ${base}: it does not answer (check the address and the network).`,
      );
    },
  );

  it.each(['opendatasoft', 'udata', 'ckan'] as const)(
    '%s: honours the abort signal',
    async (kind) => {
      const controller = new AbortController();
      controller.abort();
      await expect(
        createPortal(kind, portal.url).search('x', { signal: controller.signal }),
      ).rejects.toMatchObject({
        reason: 'cancelled',
      });
    },
  );

  it('uses the injected fetch, and says when a portal refuses cross-origin requests', async () => {
    const seen: string[] = [];
    // Refuses cross-origin reads as a browser would for a host without CORS headers.
    const browserLike = async (url: string, init?: RequestInit) => {
      seen.push(url);
      const response = await fetch(url, init);
      if (init?.mode !== 'no-cors' && !response.headers.get('access-control-allow-origin')) {
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const site = createPortal('ckan', `${portal.url}/nocors`, browserLike);
    const error = await site.search('x').catch((e) => e);
    expect(error.reason).toBe('cors');
    expect(error.message).toMatch(/refuses requests from other sites .* load it as a local file/);
    expect(seen[0]).toBe(`${portal.url}/nocors/api/3/action/package_search?q=x&rows=20&start=0`);
    expect((await createPortal('ckan', portal.url, browserLike).search('paris')).total).toBe(2);
  });
});

describe('Opendatasoft query preview', { timeout: 30_000 }, () => {
  it('runs a query on /records: how many rows the export will have, and the first ones', async () => {
    const ods = createPortal('opendatasoft', portal.url);
    const preview = await ods.preview!('mesures-no2-stations-airparif', {
      select: 'typologie, count(*) as n',
      group_by: 'typologie',
      order_by: 'typologie',
    });
    expect(preview).toEqual({
      total: 2,
      rows: [
        { typologie: 'Trafic', n: 21 },
        { typologie: 'Urbaine', n: 35 },
      ],
    });
    const first = await ods.preview!(
      'arrondissements',
      { where: 'population > 150000' },
      { limit: 2 },
    );
    expect(first.total).toBe(7);
    expect(first.rows).toHaveLength(2);
  });

  it('says the portal refused the query, with its own message', async () => {
    const ods = createPortal('opendatasoft', portal.url);
    const error = await ods.preview!('arrondissements', { where: 'nope > 1' }).catch((e) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({
      reason: 'query',
      details: { status: 400, portalMessage: 'Unknown field: nope' },
    });
    expect(error.message).toBe('The portal refused the query: Unknown field: nope');
  });

  it('escapes quotes in a full-text search', async () => {
    const ods = createPortal('opendatasoft', portal.url);
    expect((await ods.search('"air" \\')).total).toBe(1);
    expect(portal.requests.at(-1)).toContain('where=%22%5C%22air%5C%22+%5C%5C%22');
  });
});
