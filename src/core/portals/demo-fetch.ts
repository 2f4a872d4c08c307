/**
 * The demo portal's server, in the page: a `fetch` for the Opendatasoft client that answers the
 * Explore API v2.1 paths the client reads from the static files of `demo-catalog.ts`, since a
 * static host cannot run ODSQL.
 *
 * What it answers:
 * - `catalog/datasets?limit&offset&where`: the listing, paged; `where` only as a full-text search
 *   (one ODSQL string literal, as the client sends it), every word of it found, in any case and
 *   with or without accents, in a dataset's id, title, keywords, description or publisher.
 * - `catalog/datasets/<id>`: a dataset's metadata and fields.
 * - `catalog/datasets/<id>/records?limit&offset`: the first records, from the JSON export.
 * - `catalog/datasets/<id>/exports/csv|json|parquet`: the static export itself (CSV with commas
 *   and no byte-order mark, as the client asks).
 *
 * What it refuses, with a 400 the client words as the portal's refusal: any other `where`, and
 * `select`, `group_by`, `order_by` and every other parameter; exports in other formats are not
 * found. It reaches nothing but the files under its own base.
 */
import * as v from 'valibot';
import {
  DEMO_CATALOG_FILE,
  DEMO_EXPORTS,
  demoCatalogSchema,
  demoExportPath,
  type DemoCatalog,
  type DemoDataset,
  type DemoExport,
} from './demo-catalog.ts';
import { opendatasoft } from './opendatasoft.ts';
import type { FetchFn, Portal } from './types.ts';

const API = '/api/explore/v2.1/catalog/datasets';
const QUERY_KEYS = ['select', 'where', 'group_by', 'order_by'];

/**
 * The Opendatasoft client of the demo portal whose files lie at `base` (the absolute URL of the
 * app's `demo-portal/` folder), read with `fetchFile` (default: the global fetch).
 */
export function demoPortal(base: string, fetchFile?: FetchFn): Portal {
  const root = base.replace(/\/+$/, '');
  const f: FetchFn = fetchFile ?? ((input, init) => globalThis.fetch(input, init));
  return opendatasoft(root, demoPortalFetch(root, f), DEMO_EXPORTS);
}

/**
 * A fetch that answers the demo portal at `base` (its folder's absolute URL, no trailing slash)
 * from the files `fetchFile` reads there; any other address fails as an unreachable host would.
 */
export function demoPortalFetch(base: string, fetchFile: FetchFn): FetchFn {
  let catalog: Promise<DemoCatalog> | null = null;
  const readCatalog = async () => {
    const response = await fetchFile(`${base}/${DEMO_CATALOG_FILE}`);
    if (!response.ok) throw new Error(`${DEMO_CATALOG_FILE} answered ${response.status}`);
    return v.parse(demoCatalogSchema, JSON.parse(await response.text()));
  };

  return async (input, init) => {
    const signal = init?.signal;
    signal?.throwIfAborted();
    const url = new URL(input);
    if (!`${url.origin}${url.pathname}`.startsWith(`${base}/`))
      throw new TypeError(`The demo portal answers only under ${base}/, not ${input}.`);
    try {
      const path = url.pathname.slice(new URL(base).pathname.length);
      return await answer(path, url.searchParams, signal);
    } catch (error) {
      if (signal?.aborted || !(error instanceof CatalogUnreadable)) throw error;
      return json(503, { error_code: 'DemoCatalogUnreadable', message: error.message });
    }
  };

  async function answer(path: string, params: URLSearchParams, signal?: AbortSignal | null) {
    if (path === API) {
      const refused = refuse(params, ['limit', 'offset', 'where']);
      if (refused) return refused;
      const words = searchWords(params.get('where'));
      if (words === null) return odsqlError('the demo portal only searches for a quoted text');
      const found = (await loaded()).datasets.filter((d) => matches(d, words));
      return page(found, params);
    }
    const match =
      /^\/api\/explore\/v2\.1\/catalog\/datasets\/([^/]+)(\/records|\/exports\/[^/]+)?$/.exec(path);
    if (!match) return json(404, { error_code: 'NotFound', message: `No such path: ${path}` });
    const id = decodeURIComponent(match[1]);
    const dataset = (await loaded()).datasets.find((d) => d.dataset_id === id);
    if (!dataset) {
      return json(404, { error_code: 'NoSuchDataset', message: `No dataset "${id}".` });
    }
    const rest = match[2] ?? '';
    if (!rest) return json(200, dataset);
    if (rest === '/records') {
      const refused = refuse(params, ['limit', 'offset']);
      if (refused) return refused;
      const response = await fetchFile(`${base}/${demoExportPath(id, 'json')}`, { signal });
      if (!response.ok) return json(response.status, { message: 'The records are missing.' });
      const rows = JSON.parse(await response.text()) as unknown[];
      return page(rows, params);
    }
    const format = rest.slice('/exports/'.length);
    if (!isExport(format)) {
      return json(404, { error_code: 'NotFound', message: `No ${format} export here.` });
    }
    const refused = refuse(params, ['delimiter', 'with_bom']);
    if (refused) return refused;
    if ((params.get('delimiter') ?? ',') !== ',' || params.get('with_bom') === 'true') {
      return json(400, {
        error_code: 'InvalidRESTParameterError',
        message: 'The demo portal exports CSV with commas and no byte-order mark only.',
      });
    }
    return fetchFile(`${base}/${demoExportPath(id, format)}`, { signal });
  }

  async function loaded(): Promise<DemoCatalog> {
    catalog ??= readCatalog().catch((error: unknown) => {
      catalog = null;
      throw new CatalogUnreadable(
        `The demo portal's ${DEMO_CATALOG_FILE} could not be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    });
    return catalog;
  }
}

class CatalogUnreadable extends Error {}

/** A 400 for parameters outside `allowed`, worded as an ODSQL refusal for the query ones. */
function refuse(params: URLSearchParams, allowed: readonly string[]): Response | null {
  for (const key of params.keys()) {
    if (allowed.includes(key)) continue;
    if (QUERY_KEYS.includes(key))
      return odsqlError(`the demo portal cannot run ODSQL (\`${key}\`): it serves whole datasets`);
    return json(400, {
      error_code: 'InvalidRESTParameterError',
      message: `The demo portal does not support the parameter \`${key}\`.`,
    });
  }
  return null;
}

const odsqlError = (why: string) =>
  json(400, { error_code: 'ODSQLError', message: `Not supported: ${why}.` });

/**
 * The words of a full-text `where`: one ODSQL string literal (double or single quotes, `\`
 * escaping), folded; an empty list when there is no `where`, null for any other expression.
 */
export function searchWords(where: string | null): string[] | null {
  if (where === null || !where.trim()) return [];
  const literal = /^\s*(["'])((?:\\.|(?!\1)[^\\])*)\1\s*$/.exec(where);
  if (!literal) return null;
  return fold(literal[2].replace(/\\(.)/g, '$1'))
    .split(' ')
    .filter((w) => w);
}

function matches(dataset: DemoDataset, words: readonly string[]): boolean {
  const m = dataset.metas.default;
  const text = fold(
    [dataset.dataset_id, m.title, m.description, m.publisher, ...m.keyword].join(' '),
  );
  return words.every((word) => text.includes(word));
}

/** Lower case, without accents, words apart: "Météo" → "meteo". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `{total_count, results}` for the page `limit`/`offset` ask (ten from the start by default). */
function page(items: readonly unknown[], params: URLSearchParams): Response {
  const limit = integer(params.get('limit'), 10);
  const offset = integer(params.get('offset'), 0);
  if (limit === null || offset === null || limit > 100) {
    return json(400, {
      error_code: 'InvalidRESTParameterError',
      message: '`limit` must be a whole number from 0 to 100, `offset` a whole number.',
    });
  }
  return json(200, { total_count: items.length, results: items.slice(offset, offset + limit) });
}

function integer(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d+$/.test(value) ? Number(value) : null;
}

const isExport = (format: string): format is DemoExport =>
  (DEMO_EXPORTS as readonly string[]).includes(format);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
