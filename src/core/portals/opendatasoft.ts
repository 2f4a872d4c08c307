import type { DatasetFormat, DatasetQuery } from '../format/types.ts';
import { toSpdx } from '../licenses/spdx.ts';
import { PortalError } from './errors.ts';
import {
  count,
  getJson,
  httpError,
  isRecord,
  normalizeBase,
  notApi,
  notFound,
  text,
} from './http.ts';
import type {
  FetchFn,
  Portal,
  PortalDataset,
  PortalDatasetSummary,
  PortalResource,
} from './types.ts';

const API = '/api/explore/v2.1';
/** The exports offered for every dataset; GeoJSON only when it has a geographic field. */
const EXPORTS: readonly DatasetFormat[] = ['csv', 'json', 'geojson', 'parquet', 'xlsx'];

/**
 * The export URL of an Opendatasoft dataset, with the ODSQL query the portal runs before
 * sending it (no row limit, unlike `/records`). CSV asks for commas and no byte-order mark,
 * as the runtime reads CSV (the portal's defaults are `;` and a BOM).
 */
export function opendatasoftExportUrl(
  base: string,
  dataset: string,
  format: DatasetFormat,
  query: DatasetQuery = {},
): string {
  const params = new URLSearchParams();
  for (const key of ['select', 'where', 'group_by', 'order_by'] as const) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  if (format === 'csv') {
    params.set('delimiter', ',');
    params.set('with_bom', 'false');
  }
  const search = params.size ? `?${params}` : '';
  return `${base}${API}/catalog/datasets/${encodeURIComponent(dataset)}/exports/${format}${search}`;
}

/** An Opendatasoft portal (opendata.paris.fr and many French cities), Explore API v2.1. */
export function opendatasoft(
  baseUrl: string,
  fetchFn: FetchFn,
  /** The exports to offer, when the portal has fewer than Opendatasoft's (the demo portal). */
  exports: readonly DatasetFormat[] = EXPORTS,
): Portal {
  const base = normalizeBase(baseUrl, /\/api\/explore\/v2(\.\d)?$/);
  const kind = 'opendatasoft' as const;
  const context = (signal?: AbortSignal) => ({ kind, base, fetch: fetchFn, signal });

  return {
    kind,
    base,
    async search(q, { page = 1, pageSize = 20, signal } = {}) {
      const params = new URLSearchParams({
        limit: String(Math.min(pageSize, 100)),
        offset: String((page - 1) * pageSize),
      });
      // A bare ODSQL string literal is a full-text search over the catalog.
      if (q.trim()) params.set('where', `"${q.trim().replace(/["\\]/g, '\\$&')}"`);
      const url = `${base}${API}/catalog/datasets?${params}`;
      const { status, body } = await getJson(url, context(signal));
      if (status !== 200) throw failure(status, body, url);
      if (!isRecord(body) || typeof body.total_count !== 'number' || !Array.isArray(body.results)) {
        throw notApi(kind, base, url, 'its catalog has no `total_count` and `results`');
      }
      return {
        total: body.total_count,
        page,
        pageSize,
        datasets: body.results.filter(isRecord).map(summary),
      };
    },
    async dataset(id, { signal } = {}) {
      const url = `${base}${API}/catalog/datasets/${encodeURIComponent(id)}`;
      const { status, body } = await getJson(url, context(signal));
      if (status === 404) {
        if (isRecord(body) && 'error_code' in body) throw notFound(kind, base, url, id);
        throw notApi(kind, base, url, 'it has no Explore API v2.1');
      }
      if (status !== 200) throw failure(status, body, url);
      if (!isRecord(body) || typeof body.dataset_id !== 'string') {
        throw notApi(kind, base, url, 'the dataset has no `dataset_id`');
      }
      const fields = Array.isArray(body.fields)
        ? body.fields.filter(isRecord).map((f) => ({
            name: String(f.name),
            label: text(f.label) ?? String(f.name),
            type: String(f.type),
          }))
        : [];
      const geo = fields.some((f) => f.type === 'geo_point_2d' || f.type === 'geo_shape');
      const found = summary(body);
      const resources: PortalResource[] = exports
        .filter((f) => f !== 'geojson' || geo)
        .map((format) => ({
          title: `${found.title} (${format.toUpperCase()} export)`,
          format,
          portalFormat: format,
          url: opendatasoftExportUrl(base, found.id, format),
          modified: found.modified,
        }));
      const metas = isRecord(body.metas) && isRecord(body.metas.default) ? body.metas.default : {};
      return {
        ...found,
        description: text(metas.description),
        page: `${base}/explore/dataset/${encodeURIComponent(found.id)}/`,
        resources,
        fields,
      } satisfies PortalDataset;
    },
    async preview(id, query, { limit = 10, signal } = {}) {
      const params = new URLSearchParams({ limit: String(Math.min(Math.max(limit, 0), 100)) });
      for (const key of ['select', 'where', 'group_by', 'order_by'] as const) {
        const value = query[key]?.trim();
        if (value) params.set(key, value);
      }
      const url = `${base}${API}/catalog/datasets/${encodeURIComponent(id)}/records?${params}`;
      const { status, body } = await getJson(url, context(signal));
      if (status === 404 && isRecord(body) && 'error_code' in body)
        throw notFound(kind, base, url, id);
      if (status !== 200) throw failure(status, body, url);
      if (!isRecord(body) || typeof body.total_count !== 'number' || !Array.isArray(body.results)) {
        throw notApi(kind, base, url, 'its records have no `total_count` and `results`');
      }
      return { total: body.total_count, rows: body.results.filter(isRecord) };
    },
  };

  function failure(status: number, body: unknown, url: string): PortalError {
    const message = isRecord(body) ? (text(body.message) ?? null) : null;
    if (status === 400 && isRecord(body) && body.error_code === 'ODSQLError') {
      return new PortalError('query', kind, base, `The portal refused the query: ${message}`, {
        url,
        status,
        portalMessage: message ?? undefined,
      });
    }
    if (status === 404) return notApi(kind, base, url, 'it has no Explore API v2.1');
    return httpError(kind, base, url, status, message);
  }
}

function summary(d: Record<string, unknown>): PortalDatasetSummary {
  const metas = isRecord(d.metas) && isRecord(d.metas.default) ? d.metas.default : {};
  const licenseName = text(metas.license);
  return {
    id: String(d.dataset_id),
    title: text(metas.title) ?? String(d.dataset_id),
    publisher: text(metas.publisher),
    license: toSpdx(licenseName) ?? licenseName,
    licenseName,
    // `data_processed` is when the records last changed; `modified` the metadata.
    modified: text(metas.data_processed) ?? text(metas.modified),
    records: count(metas.records_count),
  };
}
