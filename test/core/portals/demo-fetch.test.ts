import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';
import { demoPortal, demoPortalFetch } from '../../../src/core/portals/demo-fetch.ts';
import { PortalError } from '../../../src/core/portals/index.ts';
import { exampleDemoPortal } from '../../../vite/demo-portal-plugin.ts';

const BASE = 'http://127.0.0.1:4173/app/demo-portal';
const files = exampleDemoPortal();
const DATA = join(import.meta.dirname, '../../../examples/data');

/** The static host: the built files under BASE, 404 for anything else; every address it is asked. */
function staticHost() {
  const asked: string[] = [];
  const fetchFile = vi.fn(async (input: string) => {
    asked.push(input);
    const url = new URL(input);
    const body = url.href.startsWith(`${BASE}/`)
      ? files.get(url.pathname.slice(new URL(BASE).pathname.length + 1))
      : undefined;
    return body
      ? new Response(body.slice(), { status: 200 })
      : new Response('Not found', { status: 404 });
  });
  return { asked, fetchFile };
}

const portal = () => demoPortal(`${BASE}/`, staticHost().fetchFile);
const error = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('demoPortal(base).search(q)', () => {
  it('lists every dataset with its licence and source when the search is empty', async () => {
    const result = await portal().search('');
    expect(result.total).toBe(4);
    const weather = result.datasets.find((d) => d.id === 'seattle-weather');
    expect(weather).toMatchObject({
      title: 'Daily precipitation, temperatures, wind and weather type in Seattle, 2012–2015',
      license: 'LicenseRef-US-Government-Work',
      publisher: 'NOAA National Climatic Data Center, via vega-datasets 3.2.1',
      modified: '2026-11-25',
      records: 1461,
    });
    const population = result.datasets.find((d) => d.id === 'paris-arrondissements');
    expect(population?.license).toBe('etalab-2.0');
  });

  it('finds every word in titles, keywords or descriptions, in any case and accents', async () => {
    const ids = async (q: string) => (await portal().search(q)).datasets.map((d) => d.id);
    expect(await ids('arrondissements')).toEqual([
      'paris-arrondissements',
      'paris-arrondissements-surface',
    ]);
    expect(await ids('AREA arrondissement')).toEqual(['paris-arrondissements-surface']);
    expect(await ids('météo')).toEqual(['seattle-weather']);
    expect(await ids('METEO')).toEqual(['seattle-weather']);
    expect(await ids('Légifrance')).toEqual(['atmo-thresholds']);
    expect(await ids('"quoted" \\ words')).toEqual([]);
    expect(await ids('tramway')).toEqual([]);
  });

  it('pages the results', async () => {
    const first = await portal().search('', { page: 1, pageSize: 3 });
    const second = await portal().search('', { page: 2, pageSize: 3 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect(first.datasets.map((d) => d.id)).toEqual([
      'atmo-thresholds',
      'paris-arrondissements',
      'paris-arrondissements-surface',
    ]);
    expect(second.datasets.map((d) => d.id)).toEqual(['seattle-weather']);
  });

  it('refuses an ODSQL expression other than a quoted text, as the portal refuses a query', async () => {
    const { fetchFile } = staticHost();
    const fetch = demoPortalFetch(BASE, fetchFile);
    const answer = await fetch(`${BASE}/api/explore/v2.1/catalog/datasets?where=records_count>3`);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error_code: 'ODSQLError' });
    const sorted = await fetch(`${BASE}/api/explore/v2.1/catalog/datasets?order_by=title`);
    expect(sorted.status).toBe(400);
  });
});

describe('demoPortal(base).dataset(id)', () => {
  it('gives the fields and the CSV, JSON and Parquet exports at the API’s own paths', async () => {
    const found = await portal().dataset('seattle-weather');
    expect(found.fields?.map((f) => `${f.name}:${f.type}`)).toEqual([
      'date:date',
      'precipitation:double',
      'temp_max:double',
      'temp_min:double',
      'wind:double',
      'weather:text',
    ]);
    expect(found.resources.map((r) => r.url)).toEqual([
      `${BASE}/api/explore/v2.1/catalog/datasets/seattle-weather/exports/csv?delimiter=%2C&with_bom=false`,
      `${BASE}/api/explore/v2.1/catalog/datasets/seattle-weather/exports/json`,
      `${BASE}/api/explore/v2.1/catalog/datasets/seattle-weather/exports/parquet`,
    ]);
    expect(found.page).toBe(`${BASE}/explore/dataset/seattle-weather/`);
  });

  it('answers an unknown dataset as the portal does', async () => {
    const e = await error(portal().dataset('nope'));
    expect(e).toBeInstanceOf(PortalError);
    expect((e as PortalError).reason).toBe('not-found');
  });
});

describe('the exports and records', () => {
  it('serve the example’s CSV bytes, and JSON and Parquet with the same rows', async () => {
    const { fetchFile } = staticHost();
    const fetch = demoPortalFetch(BASE, fetchFile);
    const found = await demoPortal(BASE, fetchFile).dataset('paris-arrondissements');
    const bytes = await Promise.all(
      found.resources.map(async (r) => new Uint8Array(await (await fetch(r.url)).arrayBuffer())),
    );
    expect(bytes[0]).toEqual(new Uint8Array(readFileSync(join(DATA, 'paris-arrondissements.csv'))));
    const [csv, json, parquet] = await Promise.all(
      found.resources.map((r, i) => parseDataset(bytes[i], r.format!)),
    );
    expect(json.objects()).toEqual(csv.objects());
    expect(parquet.objects()).toEqual(csv.objects());
  });

  it('preview the first records, and refuse an ODSQL query they cannot run', async () => {
    const demo = portal();
    const preview = await demo.preview!('atmo-thresholds', {}, { limit: 2 });
    expect(preview.total).toBe(30);
    expect(preview.rows).toEqual([
      { pollutant: 'PM2.5', class: 1, label: 'Bon', upper_ug_m3: 10 },
      { pollutant: 'PM2.5', class: 2, label: 'Moyen', upper_ug_m3: 20 },
    ]);
    const refused = await error(demo.preview!('atmo-thresholds', { where: 'class > 3' }));
    expect((refused as PortalError).reason).toBe('query');
    const fetch = demoPortalFetch(BASE, staticHost().fetchFile);
    const selected = `${BASE}/api/explore/v2.1/catalog/datasets/atmo-thresholds/exports/csv?select=label`;
    expect((await fetch(selected)).status).toBe(400);
    const excel = `${BASE}/api/explore/v2.1/catalog/datasets/atmo-thresholds/exports/xlsx`;
    expect((await fetch(excel)).status).toBe(404);
  });
});

describe('demoPortalFetch(base, fetchFile)', () => {
  it('reaches nothing but the files under its base', async () => {
    const { asked, fetchFile } = staticHost();
    const fetch = demoPortalFetch(BASE, fetchFile);
    for (const outside of [
      'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets',
      'http://127.0.0.1:4173/app/demo-portal-evil/catalog.json',
      `${BASE}/../index.html`,
      'http://127.0.0.1:4174/app/demo-portal/catalog.json',
    ]) {
      await expect(fetch(outside)).rejects.toThrow(TypeError);
    }
    await demoPortal(BASE, fetchFile).search('');
    expect(asked).toEqual([`${BASE}/catalog.json`]);
  });

  it('reads the catalog once, and again after a failure', async () => {
    const { fetchFile } = staticHost();
    fetchFile.mockImplementationOnce(async () => new Response('<!doctype html>', { status: 200 }));
    const demo = demoPortal(BASE, fetchFile);
    const failed = await error(demo.search(''));
    expect((failed as PortalError).reason).toBe('http');
    expect((failed as PortalError).message).toContain(
      "The demo portal's catalog.json could not be read",
    );
    await demo.search('');
    await demo.search('météo');
    expect(fetchFile).toHaveBeenCalledTimes(2);
  });
});
