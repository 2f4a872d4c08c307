/**
 * A fake open-data portal on 127.0.0.1 for unit and browser tests. One server answers, at its
 * root, the documented shapes of three APIs:
 * - Opendatasoft Explore API v2.1: `/api/explore/v2.1/catalog/datasets` (search with `where`,
 *   `limit` ≤ 100, `offset`), `/catalog/datasets/{id}`, `/catalog/datasets/{id}/records`
 *   (`select`, `where`, `group_by`, `order_by`, `limit` ≤ 100, `offset`) and
 *   `/catalog/datasets/{id}/exports/{csv|json|geojson|parquet}` (the same query, no row limit;
 *   CSV honours `delimiter` (default `;`) and `with_bom` (default true) as the real one does);
 * - data.gouv.fr udata API v1: `/api/1/datasets/?q=&page=&page_size=`, `/api/1/datasets/{id or
 *   slug}/` with resources, and the `/api/1/datasets/r/{resource id}` permalinks (302);
 * - CKAN action API: `/api/3/action/package_search?q=&rows=&start=`, `package_show?id=`.
 * Resource files live under `/files/`. Path prefixes change how anything is served:
 * `/slow/...` trickles the bytes (with Content-Length), `/nocors/...` sends no CORS headers,
 * `/huge/...` announces a Content-Length of 3 GB and stalls. `/status/{code}` answers that
 * status; `/site/...` is an HTML page (not an API). The server is unref'd: it never keeps a test
 * process alive, and `close()` drops open connections.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { OdsqlError, runQuery, type Row } from './fake-odsql.ts';
import {
  ARRONDISSEMENTS,
  NO2,
  arrondissementsCsv,
  bigCsv,
  latin1Csv,
  MALFORMED_FIELDS_CSV,
  MALFORMED_QUOTE_CSV,
  stationsCsv,
  stationsGeoJson,
} from './fake-portal-data.ts';
import { writeParquet, type ParquetKind } from './parquet-writer.ts';

export { MALFORMED } from './fake-portal-data.ts';

/** Announced by `/huge/...`: 3 GB. */
export const HUGE_CONTENT_LENGTH = 3 * 1024 ** 3;

export interface SlowOptions {
  /** Bytes per chunk; default 8 KiB. */
  chunkBytes?: number;
  /** Delay between chunks; default 50 ms. */
  intervalMs?: number;
}

export interface FakePortalOptions {
  slow?: SlowOptions;
}

export interface FakePortal {
  /** `http://127.0.0.1:PORT`, the base URL of all three APIs. */
  url: string;
  /** Replaces (or adds) the bytes served at `path` (e.g. `/files/x.csv`). */
  setFile(path: string, bytes: Uint8Array | string, type?: string): void;
  /** The bytes served at `path`. */
  file(path: string): Uint8Array;
  /** Lower-case hex SHA-256 of the bytes served at `path`. */
  sha256(path: string): string;
  /** Changes the trickle of `/slow/...` downloads. */
  setSlow(slow: SlowOptions): void;
  /** Every request's path and query, in order (e.g. to check what was downloaded). */
  requests: string[];
  close(): Promise<void>;
}

interface ServedFile {
  bytes: Uint8Array;
  type: string;
}

interface OdsField {
  name: string;
  label: string;
  type: 'text' | 'int' | 'double' | 'date' | 'geo_point_2d';
  description: string | null;
  annotations: Record<string, unknown>;
}

interface OdsDataset {
  dataset_id: string;
  fields: OdsField[];
  records: Row[];
  metas: Record<string, unknown>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ODS = '/api/explore/v2.1';
const enc = new TextEncoder();

export async function startFakePortal(options: FakePortalOptions = {}): Promise<FakePortal> {
  const files = new Map<string, ServedFile>();
  let slow = { chunkBytes: 8 * 1024, intervalMs: 50, ...options.slow };
  const requests: string[] = [];
  let base = '';

  const put = (path: string, bytes: Uint8Array | string, type = typeOf(path)) =>
    files.set(path, { bytes: typeof bytes === 'string' ? enc.encode(bytes) : bytes, type });
  put('/files/paris-arrondissements.csv', arrondissementsCsv());
  put(
    '/files/paris-arrondissements.json',
    JSON.stringify(
      ARRONDISSEMENTS.map((a) => ({
        code: a.c_arinsee,
        name: a.l_aroff,
        population: a.population,
      })),
    ),
  );
  put(
    '/files/paris-arrondissements.parquet',
    writeParquet([
      { name: 'code', kind: 'int64', values: ARRONDISSEMENTS.map((a) => a.c_arinsee) },
      { name: 'name', kind: 'string', values: ARRONDISSEMENTS.map((a) => a.l_aroff) },
      { name: 'population', kind: 'int64', values: ARRONDISSEMENTS.map((a) => a.population) },
      { name: 'surface_km2', kind: 'double', values: ARRONDISSEMENTS.map((a) => a.surface / 1e6) },
    ]),
  );
  put('/files/stations-qualite-air.csv', stationsCsv());
  put('/files/stations-qualite-air.geojson', stationsGeoJson());
  put('/files/atmo-thresholds.csv', readFileSync(`${ROOT}/examples/data/atmo-thresholds.csv`));
  put('/files/big.csv', bigCsv());
  put('/files/latin1.csv', latin1Csv());
  put('/files/malformed-quote.csv', MALFORMED_QUOTE_CSV);
  put('/files/malformed-fields.csv', MALFORMED_FIELDS_CSV);
  put('/files/empty.csv', '');

  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = url.pathname;
    let cors = true;
    let mode: 'plain' | 'slow' | 'huge' = 'plain';
    for (;;) {
      if (path.startsWith('/nocors/')) cors = false;
      else if (path.startsWith('/slow/')) mode = 'slow';
      else if (path.startsWith('/huge/')) mode = 'huge';
      else break;
      path = path.slice(path.indexOf('/', 1));
    }
    const prefix = url.pathname.slice(0, url.pathname.length - path.length);
    // No keep-alive: on a loaded machine, a client reusing a socket the server just timed out
    // gets ECONNRESET; a fresh connection per request is slower but never flaky.
    res.setHeader('Connection', 'close');
    if (cors) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Disposition');
    }
    if (req.method === 'OPTIONS') {
      if (cors) res.setHeader('Access-Control-Allow-Headers', '*');
      res.writeHead(204).end();
      return;
    }
    const answer = route(path, url.searchParams, base + prefix);
    if (mode === 'huge') {
      res.writeHead(answer.status, {
        'Content-Type': answer.type,
        'Content-Length': String(HUGE_CONTENT_LENGTH),
      });
      // Some bytes, then nothing: a client must decide from the announced size, not wait.
      res.write(answer.body.subarray(0, 1024));
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': answer.type,
      'Content-Length': String(answer.body.byteLength),
      ...answer.headers,
    };
    res.writeHead(answer.status, headers);
    if (mode === 'plain' || req.method === 'HEAD') {
      res.end(req.method === 'HEAD' ? undefined : answer.body);
      return;
    }
    const { chunkBytes, intervalMs } = slow;
    for (let at = 0; at < answer.body.byteLength; at += chunkBytes) {
      if (res.destroyed) return;
      res.write(answer.body.subarray(at, at + chunkBytes));
      await new Promise((resolve) => setTimeout(resolve, intervalMs).unref());
    }
    res.end();
  }

  interface Answer {
    status: number;
    type: string;
    body: Uint8Array;
    headers?: Record<string, string>;
  }
  const json = (value: unknown, status = 200): Answer => ({
    status,
    type: 'application/json; charset=utf-8',
    body: enc.encode(JSON.stringify(value)),
  });

  function route(path: string, query: URLSearchParams, origin: string): Answer {
    const file = files.get(path);
    if (file) return { status: 200, type: file.type, body: file.bytes };
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) {
      return {
        status: Number(status[1]),
        type: 'text/plain',
        body: enc.encode(`status ${status[1]}`),
      };
    }
    if (path === '/' || path.startsWith('/site')) {
      const html =
        '<!doctype html><html><head><title>Ville</title></head><body>Bienvenue</body></html>';
      return { status: 200, type: 'text/html; charset=utf-8', body: enc.encode(html) };
    }
    if (path.startsWith(`${ODS}/`)) return opendatasoft(path.slice(ODS.length), query, origin);
    if (path.startsWith('/api/1/')) return udata(path.slice('/api/1'.length), query, origin);
    if (path.startsWith('/api/3/action/'))
      return ckan(path.slice('/api/3/action/'.length), query, origin);
    return { status: 404, type: 'text/plain', body: enc.encode('Not Found') };
  }

  // ---- Opendatasoft Explore API v2.1 ----

  function opendatasoft(path: string, query: URLSearchParams, origin: string): Answer {
    const error = (status: number, error_code: string, message: string) =>
      json({ error_code, message }, status);
    const limitOf = (max: number, fallback: number) => {
      const raw = query.get('limit');
      const limit = raw === null ? fallback : Number(raw);
      if (!Number.isInteger(limit) || limit < -1 || limit > max) {
        throw new OdsqlError(
          `Invalid value for limit API parameter: ${raw} was found but -1 <= limit <= ${max} is expected.`,
          'InvalidRESTParameterError',
        );
      }
      return limit === -1 ? Infinity : limit;
    };
    try {
      if (path === '/catalog/datasets') {
        const all = ODS_DATASETS.map((d) => odsDatasetJson(d, origin));
        const { rows } = runQuery(
          all.map((d) => ({ dataset_id: d.dataset_id, ...(d.metas.default as Row) })),
          ['dataset_id', 'title', 'description', 'publisher', 'license', 'keyword', 'theme'],
          { where: query.get('where') },
        );
        const ids = new Set(rows.map((r) => r.dataset_id));
        const matching = all.filter((d) => ids.has(d.dataset_id));
        const offset = Number(query.get('offset') ?? 0);
        const limit = limitOf(100, 10);
        return json({
          total_count: matching.length,
          results: matching.slice(offset, offset + limit),
        });
      }
      const match = /^\/catalog\/datasets\/([^/]+)(\/records|\/exports\/([^/]+))?$/.exec(path);
      const dataset = match && ODS_DATASETS.find((d) => d.dataset_id === match[1]);
      if (!match || !dataset) {
        return error(404, 'NotFound', `Unknown dataset: ${match?.[1] ?? path}`);
      }
      if (!match[2]) return json(odsDatasetJson(dataset, origin));
      const names = dataset.fields.map((f) => f.name);
      const result = runQuery(dataset.records, names, {
        select: query.get('select'),
        where: query.get('where'),
        group_by: query.get('group_by'),
        order_by: query.get('order_by'),
      });
      const offset = Number(query.get('offset') ?? 0);
      if (match[2] === '/records') {
        const limit = limitOf(100, 10);
        return json({
          total_count: result.rows.length,
          results: result.rows.slice(offset, offset + limit),
        });
      }
      const limit = limitOf(Infinity, -1);
      const rows = result.rows.slice(offset, offset + limit);
      return odsExport(match[3], dataset, rows, result.columns, query);
    } catch (e) {
      if (e instanceof OdsqlError) return error(400, e.code, e.message);
      throw e;
    }
  }

  function odsExport(
    format: string,
    dataset: OdsDataset,
    rows: Row[],
    columns: string[],
    query: URLSearchParams,
  ): Answer {
    const disposition = (ext: string) => ({
      'Content-Disposition': `attachment; filename="${dataset.dataset_id}.${ext}"`,
    });
    const fieldType = (name: string) => dataset.fields.find((f) => f.name === name)?.type;
    if (format === 'csv') {
      const delimiter = query.get('delimiter') ?? ';';
      const bom = query.get('with_bom') !== 'false';
      const cell = (name: string, value: unknown) => {
        const point = value as { lon: number; lat: number } | null;
        const text =
          value === null || value === undefined
            ? ''
            : fieldType(name) === 'geo_point_2d'
              ? `${point!.lat}, ${point!.lon}`
              : String(value);
        return text.includes(delimiter) || /["\n\r]/.test(text)
          ? `"${text.replaceAll('"', '""')}"`
          : text;
      };
      const lines = [
        columns.join(delimiter),
        ...rows.map((r) => columns.map((c) => cell(c, r[c])).join(delimiter)),
      ];
      const text = `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
      return {
        status: 200,
        type: 'text/csv; charset=utf-8',
        body: enc.encode(text),
        headers: disposition('csv'),
      };
    }
    if (format === 'json') {
      return { ...json(rows), headers: disposition('json') };
    }
    if (format === 'geojson') {
      const geo = columns.find((c) => fieldType(c) === 'geo_point_2d');
      const features = rows.map((row) => {
        const point = geo ? (row[geo] as { lon: number; lat: number } | null) : null;
        const properties = Object.fromEntries(
          columns.filter((c) => c !== geo).map((c) => [c, row[c]]),
        );
        return {
          type: 'Feature',
          geometry: point ? { type: 'Point', coordinates: [point.lon, point.lat] } : null,
          properties,
        };
      });
      return {
        status: 200,
        type: 'application/geo+json',
        body: enc.encode(JSON.stringify({ type: 'FeatureCollection', features })),
        headers: disposition('geojson'),
      };
    }
    if (format === 'parquet') {
      const kind = (name: string): ParquetKind => {
        const type = fieldType(name);
        if (type === 'int') return 'int64';
        if (type === 'double' || (!type && rows.every((r) => typeof r[name] === 'number')))
          return 'double';
        return 'string';
      };
      const body = writeParquet(
        columns.map((name) => ({
          name,
          kind: kind(name),
          values: rows.map((r) => {
            const v = r[name];
            return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
          }),
        })),
      );
      return {
        status: 200,
        type: 'application/vnd.apache.parquet',
        body,
        headers: disposition('parquet'),
      };
    }
    return json(
      { error_code: 'InvalidRESTParameterError', message: `Unknown export format: ${format}` },
      400,
    );
  }

  // ---- data.gouv.fr (udata) API v1 ----

  function udata(path: string, query: URLSearchParams, origin: string): Answer {
    const all = UDATA_DATASETS.map((d) => udataDatasetJson(d, origin));
    if (path === '/datasets/') {
      const q = fold(query.get('q') ?? '');
      const matching = all.filter((d) => !q || fold(`${d.title} ${d.description}`).includes(q));
      const page = Math.max(1, Number(query.get('page') ?? 1));
      const pageSize = Math.max(1, Number(query.get('page_size') ?? 20));
      const pageUrl = (n: number) => {
        const next = new URLSearchParams(query);
        next.set('page', String(n));
        return `${origin}/api/1/datasets/?${next}`;
      };
      return json({
        data: matching.slice((page - 1) * pageSize, page * pageSize),
        page,
        page_size: pageSize,
        total: matching.length,
        next_page: page * pageSize < matching.length ? pageUrl(page + 1) : null,
        previous_page: page > 1 ? pageUrl(page - 1) : null,
      });
    }
    const permalink = /^\/datasets\/r\/([^/]+)$/.exec(path);
    if (permalink) {
      const resource = all.flatMap((d) => d.resources).find((r) => r.id === permalink[1]);
      if (!resource) return json({ message: 'Not Found', status: 404 }, 404);
      return {
        status: 302,
        type: 'text/plain',
        body: new Uint8Array(),
        headers: { Location: resource.url },
      };
    }
    const show = /^\/datasets\/([^/]+)\/?$/.exec(path);
    const dataset = show && all.find((d) => d.id === show[1] || d.slug === show[1]);
    if (dataset) return json(dataset);
    return json(
      {
        message:
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
        status: 404,
      },
      404,
    );
  }

  function udataDatasetJson(d: (typeof UDATA_DATASETS)[number], origin: string) {
    return {
      id: d.id,
      title: d.title,
      slug: d.slug,
      acronym: null,
      description: d.description,
      created_at: d.created,
      last_modified: d.modified,
      last_update: d.modified,
      license: d.license,
      frequency: 'annual',
      private: false,
      archived: null,
      tags: d.tags,
      organization: {
        id: d.organization.id,
        name: d.organization.name,
        slug: d.organization.slug,
        acronym: null,
        page: `${origin}/fr/organizations/${d.organization.slug}/`,
        uri: `${origin}/api/1/organizations/${d.organization.slug}/`,
        logo: null,
        badges: [{ kind: 'public-service' }],
      },
      owner: null,
      page: `${origin}/fr/datasets/${d.slug}/`,
      uri: `${origin}/api/1/datasets/${d.slug}/`,
      resources: d.resources.map((r) => {
        const served = files.get(r.path.replace(/^\/nocors/, ''));
        return {
          id: r.id,
          title: r.title,
          description: null,
          type: 'main',
          format: r.format,
          url: `${origin}${r.path}`,
          latest: `${origin}/api/1/datasets/r/${r.id}`,
          checksum: served
            ? { type: 'sha1', value: createHash('sha1').update(served.bytes).digest('hex') }
            : null,
          filesize: served?.bytes.byteLength ?? null,
          mime: served?.type.split(';')[0] ?? null,
          created_at: d.created,
          last_modified: d.modified,
          filetype: 'remote',
          extras: {},
        };
      }),
    };
  }

  // ---- CKAN action API ----

  function ckan(action: string, query: URLSearchParams, origin: string): Answer {
    const help = `${origin}/api/3/action/help_show?name=${action}`;
    const all = CKAN_PACKAGES.map((p) => ckanPackageJson(p, origin));
    if (action === 'package_search') {
      const q = fold(query.get('q') ?? '');
      const matching = all.filter(
        (p) => !q || q === '*:*' || fold(`${p.title} ${p.notes}`).includes(q),
      );
      const start = Number(query.get('start') ?? 0);
      const rows = Number(query.get('rows') ?? 10);
      return json({
        help,
        success: true,
        result: {
          count: matching.length,
          facets: {},
          results: matching.slice(start, start + rows),
          sort: 'score desc, metadata_modified desc',
          search_facets: {},
        },
      });
    }
    if (action === 'package_show') {
      const id = query.get('id');
      const found = all.find((p) => p.id === id || p.name === id);
      if (found) return json({ help, success: true, result: found });
      return json(
        { help, success: false, error: { message: 'Not found', __type: 'Not Found Error' } },
        404,
      );
    }
    return json(
      {
        help,
        success: false,
        error: { message: `Action name not known: ${action}`, __type: 'Not Found Error' },
      },
      400,
    );
  }

  function ckanPackageJson(p: (typeof CKAN_PACKAGES)[number], origin: string) {
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      notes: p.notes,
      license_id: p.license.id,
      license_title: p.license.title,
      license_url: p.license.url,
      metadata_created: p.created,
      metadata_modified: p.modified,
      author: null,
      maintainer: null,
      private: false,
      state: 'active',
      type: 'dataset',
      num_resources: p.resources.length,
      num_tags: 0,
      tags: [],
      groups: [],
      organization: {
        id: p.organization.id,
        name: p.organization.name,
        title: p.organization.title,
        type: 'organization',
        is_organization: true,
        state: 'active',
      },
      resources: p.resources.map((r, position) => {
        const served = files.get(r.path.replace(/^\/nocors/, ''));
        return {
          id: r.id,
          package_id: p.id,
          name: r.name,
          description: '',
          format: r.format,
          url: `${origin}${r.path}`,
          size: served?.bytes.byteLength ?? null,
          hash: '',
          mimetype: served?.type.split(';')[0] ?? null,
          created: p.created,
          last_modified: p.modified,
          position,
          state: 'active',
          url_type: null,
        };
      }),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fileOf = (path: string) => {
    const found = files.get(path);
    if (!found) throw new Error(`The fake portal serves no file at ${path}`);
    return found.bytes;
  };
  return {
    url: base,
    setFile: put,
    file: fileOf,
    sha256: (path) => createHash('sha256').update(fileOf(path)).digest('hex'),
    setSlow: (next) => {
      slow = { ...slow, ...next };
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function typeOf(path: string): string {
  if (path.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (path.endsWith('.geojson')) return 'application/geo+json';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.parquet')) return 'application/vnd.apache.parquet';
  if (path.endsWith('.arrow')) return 'application/vnd.apache.arrow.file';
  return 'application/octet-stream';
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const field = (name: string, label: string, type: OdsField['type']): OdsField => ({
  name,
  label,
  type,
  description: null,
  annotations: {},
});

/** Opendatasoft datasets, as opendata.paris.fr names and licenses them. */
const ODS_DATASETS: OdsDataset[] = [
  {
    dataset_id: 'arrondissements',
    fields: [
      field('c_ar', "Numéro d'arrondissement", 'int'),
      field('c_arinsee', "Numéro d'arrondissement INSEE", 'int'),
      field('l_ar', "Nom de l'arrondissement", 'text'),
      field('l_aroff', "Nom officiel de l'arrondissement", 'text'),
      field('surface', 'Surface (m²)', 'double'),
      field('population', 'Population municipale', 'int'),
      field('geom_x_y', 'Géométrie X Y', 'geo_point_2d'),
    ],
    records: ARRONDISSEMENTS as unknown as Row[],
    metas: {
      title: 'Arrondissements',
      description:
        '<p>Les 20 arrondissements de Paris : numéro, nom, surface et population municipale.</p>',
      publisher: 'Ville de Paris / Direction de l’Urbanisme',
      license: 'Open Database License (ODbL)',
      license_url: 'http://opendatacommons.org/licenses/odbl/',
      modified: '2024-03-12T09:15:00+00:00',
      data_processed: '2024-03-12T09:15:10+00:00',
      keyword: ['arrondissement', 'population', 'limites administratives'],
      theme: ['Citoyenneté'],
      language: 'fr',
    },
  },
  {
    dataset_id: 'mesures-no2-stations-airparif',
    fields: [
      field('station', 'Station', 'text'),
      field('code_station', 'Code station', 'text'),
      field('typologie', 'Typologie', 'text'),
      field('date', 'Date', 'date'),
      field('no2', 'NO2 moyenne journalière (µg/m³)', 'double'),
      field('geo_point', 'Localisation', 'geo_point_2d'),
    ],
    records: NO2 as unknown as Row[],
    metas: {
      title: "Qualité de l'air : dioxyde d'azote (NO2) aux stations Airparif",
      description:
        '<p>Moyennes journalières de NO2 mesurées aux stations urbaines et trafic de Paris.</p>',
      publisher: 'Airparif',
      license: 'Licence Ouverte v2.0 (Etalab)',
      license_url:
        'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
      modified: '2024-01-22T06:00:00+00:00',
      data_processed: '2024-01-22T06:00:04+00:00',
      keyword: ['qualité de l’air', 'pollution', 'NO2'],
      theme: ['Environnement'],
      language: 'fr',
    },
  },
];

function odsDatasetJson(d: OdsDataset, origin: string) {
  return {
    dataset_id: d.dataset_id,
    dataset_uid: `da_${d.dataset_id.slice(0, 6)}`,
    has_records: true,
    data_visible: true,
    visibility: 'domain',
    features: ['analyze', 'geo', 'timeserie'],
    attachments: [],
    alternative_exports: [],
    links: [{ rel: 'self', href: `${origin}${ODS}/catalog/datasets/${d.dataset_id}` }],
    fields: d.fields,
    metas: { default: { ...d.metas, records_count: d.records.length } },
  };
}

/** data.gouv.fr datasets; resource paths are on this server. */
const UDATA_DATASETS = [
  {
    id: '5c4ae55a634f4117716d5656',
    slug: 'population-legale-des-arrondissements-municipaux-de-paris',
    title: 'Population légale des arrondissements municipaux de Paris',
    description:
      'Populations municipales des 20 arrondissements de Paris, recensement de la population (Insee).',
    created: '2019-01-25T10:12:00.000000+00:00',
    modified: '2024-01-02T08:30:00.000000+00:00',
    license: 'lov2',
    tags: ['population', 'paris', 'recensement'],
    organization: {
      id: '534fff81a3a7292c64a77e5c',
      name: 'Institut National de la Statistique et des Etudes Economiques (Insee)',
      slug: 'insee',
    },
    resources: [
      {
        id: 'a6f0e2b4-3c1d-4e5f-8a9b-0c1d2e3f4a5b',
        title: 'paris-arrondissements.csv',
        format: 'csv',
        path: '/files/paris-arrondissements.csv',
      },
      {
        id: 'b7e1f3c5-4d2e-4f60-9bac-1d2e3f4a5b6c',
        title: 'paris-arrondissements.json',
        format: 'json',
        path: '/files/paris-arrondissements.json',
      },
      {
        id: 'c8f2a4d6-5e3f-4071-8cbd-2e3f4a5b6c7d',
        title: 'paris-arrondissements.parquet',
        format: 'parquet',
        path: '/files/paris-arrondissements.parquet',
      },
    ],
  },
  {
    id: '5d1f6e3a8b4c2a0e9f7d6c5b',
    slug: 'stations-de-mesure-de-la-qualite-de-l-air-en-ile-de-france',
    title: "Stations de mesure de la qualité de l'air en Île-de-France",
    description: "Emplacement et typologie (urbaine, trafic) des stations de mesure d'Airparif.",
    created: '2019-07-05T14:00:00.000000+00:00',
    modified: '2023-11-20T16:45:00.000000+00:00',
    license: 'odc-odbl',
    tags: ['qualite-de-l-air', 'airparif'],
    organization: { id: '5a83f81fc751df6f8573eb8a', name: 'Airparif', slug: 'airparif' },
    resources: [
      {
        id: 'd9a3b5e7-6f40-4182-9dce-3f4a5b6c7d8e',
        title: 'stations.geojson',
        format: 'geojson',
        path: '/files/stations-qualite-air.geojson',
      },
      {
        id: 'eab4c6f8-7051-4293-aedf-4a5b6c7d8e9f',
        title: 'stations.csv',
        format: 'csv',
        path: '/nocors/files/stations-qualite-air.csv',
      },
    ],
  },
  {
    id: '5e2b7f4c9a1d3b8e0f6a7d4c',
    slug: 'seuils-de-l-indice-atmo',
    title: "Seuils des sous-indices de l'indice ATMO",
    description:
      "Seuils par polluant de l'indice de la qualité de l'air (arrêté du 10 juillet 2020).",
    created: '2021-01-04T09:00:00.000000+00:00',
    modified: '2021-01-04T09:00:00.000000+00:00',
    license: 'fr-lo',
    tags: ['atmo', 'qualite-de-l-air'],
    organization: {
      id: '5b9f2c8e88ee3872a3b7c2d1',
      name: 'Ministère de la Transition écologique',
      slug: 'mte',
    },
    resources: [
      {
        id: 'fbc5d7a9-8162-43a4-bfe0-5b6c7d8e9fa0',
        title: 'seuils-atmo.csv',
        format: 'csv',
        path: '/files/atmo-thresholds.csv',
      },
      {
        id: '0cd6e8ba-9273-44b5-80f1-6c7d8e9fa0b1',
        title: 'seuils-atmo-ancien.csv (Latin-1)',
        format: 'csv',
        path: '/files/latin1.csv',
      },
    ],
  },
];

/** CKAN packages, as a city's CKAN would list them. */
const CKAN_PACKAGES = [
  {
    id: '3f9c2d1e-7b6a-4c5d-9e8f-0a1b2c3d4e5f',
    name: 'arrondissements-de-paris',
    title: 'Arrondissements de Paris',
    notes: 'Population municipale et surface des arrondissements de Paris.',
    created: '2020-02-10T10:00:00.000000',
    modified: '2024-03-12T09:20:00.000000',
    license: {
      id: 'odc-odbl',
      title: 'Open Data Commons Open Database License (ODbL)',
      url: 'http://www.opendefinition.org/licenses/odc-odbl',
    },
    organization: {
      id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
      name: 'ville-de-paris',
      title: 'Ville de Paris',
    },
    resources: [
      {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        name: 'Population par arrondissement',
        format: 'CSV',
        path: '/files/paris-arrondissements.csv',
      },
    ],
  },
  {
    id: '4e0d3e2f-8c7b-4d6e-af90-1b2c3d4e5f60',
    name: 'stations-qualite-air',
    title: "Stations de mesure de la qualité de l'air",
    notes: "Stations de mesure d'Airparif à Paris.",
    created: '2020-05-04T08:00:00.000000',
    modified: '2023-11-20T16:50:00.000000',
    license: {
      id: 'cc-by',
      title: 'Creative Commons Attribution',
      url: 'http://www.opendefinition.org/licenses/cc-by',
    },
    organization: {
      id: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e',
      name: 'airparif',
      title: 'Airparif',
    },
    resources: [
      {
        id: '2b3c4d5e-6f70-4b8c-9dae-1f2a3b4c5d6e',
        name: 'Stations (CSV)',
        format: 'CSV',
        path: '/nocors/files/stations-qualite-air.csv',
      },
      {
        id: '3c4d5e6f-7081-4c9d-aebf-2a3b4c5d6e7f',
        name: 'Stations (GeoJSON)',
        format: 'GeoJSON',
        path: '/files/stations-qualite-air.geojson',
      },
    ],
  },
];
