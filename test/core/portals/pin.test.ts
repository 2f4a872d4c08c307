import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../../src/core/data/download.ts';
import { readDataset } from '../../../src/core/data/read-dataset.ts';
import { createPortal, pinSpec } from '../../../src/core/portals/index.ts';
import { startFakePortal, type FakePortal } from '../../support/fake-portal.ts';

let portal: FakePortal;
beforeAll(async () => {
  portal = await startFakePortal();
});
afterAll(() => portal.close());

const retrieved = new Date('2026-11-26T01:00:00Z');

describe('pinSpec', { timeout: 30_000 }, () => {
  it('pins a udata resource: url, format, hash, size, licence, source, dates, portal', async () => {
    const gouv = createPortal('udata', portal.url);
    const dataset = await gouv.dataset('population-legale-des-arrondissements-municipaux-de-paris');
    const resource = dataset.resources[0];
    const { bytes, url } = await download([resource.url]);
    const spec = await pinSpec({ portal: gouv, dataset, resource, bytes, retrieved });
    expect(spec).toEqual({
      url,
      format: 'csv',
      sha256: portal.sha256('/files/paris-arrondissements.csv'),
      bytes: bytes.byteLength,
      license: 'etalab-2.0',
      source: 'Institut National de la Statistique et des Etudes Economiques (Insee)',
      title: 'Population légale des arrondissements municipaux de Paris',
      retrieved: '2026-11-26',
      portal: {
        kind: 'udata',
        base: portal.url,
        dataset: '5c4ae55a634f4117716d5656',
        resource: 'a6f0e2b4-3c1d-4e5f-8a9b-0c1d2e3f4a5b',
      },
      modified: '2024-01-02T08:30:00.000000+00:00',
    });
    const { table } = await readDataset('population', spec, bytes);
    expect(table.numRows()).toBe(20);
  });

  it('pins an Opendatasoft export with its query, so the URL reproduces the same bytes', async () => {
    const ods = createPortal('opendatasoft', portal.url);
    const dataset = await ods.dataset('arrondissements');
    const resource = dataset.resources.find((r) => r.format === 'parquet')!;
    const query = {
      select: 'c_arinsee, population',
      where: 'population > 150000',
      order_by: '',
      group_by: ' ',
    };
    const spec0 = await pinSpec({
      portal: ods,
      dataset,
      resource,
      bytes: new Uint8Array(),
      query,
      retrieved,
    });
    const { bytes } = await download([spec0.url]);
    const spec = await pinSpec({ portal: ods, dataset, resource, bytes, query, retrieved });
    expect(spec).toMatchObject({
      format: 'parquet',
      license: 'ODbL-1.0',
      source: 'Ville de Paris / Direction de l’Urbanisme',
      title: 'Arrondissements',
      portal: { kind: 'opendatasoft', base: portal.url, dataset: 'arrondissements' },
      query: { select: 'c_arinsee, population', where: 'population > 150000' },
      modified: '2024-03-12T09:15:10+00:00',
    });
    expect(spec.portal).not.toHaveProperty('resource');
    expect(spec.url).toBe(
      `${portal.url}/api/explore/v2.1/catalog/datasets/arrondissements/exports/parquet?select=c_arinsee%2C+population&where=population+%3E+150000`,
    );
    const { table } = await readDataset('big', spec, (await download([spec.url])).bytes);
    expect(table.objects()).toEqual(
      [
        { c_arinsee: 75115, population: 229713 },
        { c_arinsee: 75116, population: 159386 },
        { c_arinsee: 75117, population: 159212 },
        { c_arinsee: 75118, population: 183127 },
        { c_arinsee: 75119, population: 178691 },
        { c_arinsee: 75120, population: 185140 },
        { c_arinsee: 75113, population: 181271 },
      ].sort((a, b) => a.c_arinsee - b.c_arinsee),
    );
  });

  it('refuses a resource in a format the notebook cannot read, unless a format is chosen', async () => {
    const site = createPortal('ckan', portal.url);
    const dataset = await site.dataset('arrondissements-de-paris');
    const resource = { ...dataset.resources[0], format: null, portalFormat: 'XLSX' };
    const bytes = new TextEncoder().encode('a\n1\n');
    await expect(pinSpec({ portal: site, dataset, resource, bytes })).rejects.toThrow(
      'The resource "Population par arrondissement" is in a format the notebook cannot read (XLSX); choose CSV, TSV, JSON, GeoJSON, Arrow or Parquet.',
    );
    const spec = await pinSpec({
      portal: site,
      dataset,
      resource,
      bytes,
      format: 'csv',
      retrieved,
    });
    expect(spec).toMatchObject({ format: 'csv', license: 'ODbL-1.0', source: 'Ville de Paris' });
  });
});
