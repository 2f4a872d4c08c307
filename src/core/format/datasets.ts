import type { ErrorParams, FormatCode } from '../errors/index.ts';
import { checkCsvDialect } from './csv-dialect.ts';
import { FormatError } from './errors.ts';
import { SHA256_HEX as SHA256 } from './sha256-hex.ts';
import type { ColumnType, DatasetFormat, DatasetPortal, DatasetSpec } from './types.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/** The dataset formats the runtime reads. */
export const DATASET_FORMATS: readonly DatasetFormat[] = [
  'csv',
  'tsv',
  'json',
  'geojson',
  'arrow',
  'parquet',
  'xlsx',
  'xls',
];
const PORTAL_KINDS: readonly DatasetPortal['kind'][] = ['opendatasoft', 'udata', 'ckan'];
const QUERY_KEYS = ['select', 'where', 'group_by', 'order_by'] as const;
const COLUMN_TYPES: readonly ColumnType[] = ['string', 'number', 'integer', 'boolean', 'date'];
const FORMATS = DATASET_FORMATS.join(', ');
// Optional fields the types promise, with the type they must have when given.
const OPTIONAL = {
  bytes: 'number',
  license: 'string',
  source: 'string',
  title: 'string',
  retrieved: 'string',
  modified: 'string',
} as const;

/**
 * Checks the front matter's `datasets`: a mapping from names to specs that each pin a `url`, a
 * `format` the runtime reads and a `sha256`. Unknown keys inside a spec are kept. An empty
 * `datasets:` (null) is allowed, as a place to add some later.
 */
export function checkDatasets(
  datasets: unknown,
  at: Locator,
): asserts datasets is Record<string, DatasetSpec> | null | undefined {
  if (datasets === undefined || datasets === null) return;
  if (!isRecord(datasets))
    throw new FormatError(at.keyLine('datasets'), { code: 'format-datasets-not-mapping' });
  for (const [name, spec] of Object.entries(datasets)) {
    const line = at.keyLine('datasets', name);
    if (!name.trim()) throw new FormatError(line, { code: 'format-dataset-no-name' });
    if (!isRecord(spec))
      throw new FormatError(line, {
        code: 'format-dataset-not-mapping',
        params: { dataset: name },
      });
    checkSpec(name, spec, at);
  }
}

/** Reports a problem of dataset `name` at the line of `path` (under the dataset). */
function failer(name: string, at: Locator) {
  return (path: string[], code: FormatCode, params: ErrorParams = {}): never => {
    throw new FormatError(at.keyLine('datasets', name, ...path), {
      code,
      params: { dataset: name, ...params },
    });
  };
}

function checkSpec(name: string, spec: Record<string, unknown>, at: Locator): void {
  // A missing field is reported at the dataset's line, where it should be added.
  const fail = failer(name, at);
  const { url, format, sha256 } = spec;
  if (typeof url !== 'string' || !url) fail(['url'], 'format-dataset-no-url');
  if (format === undefined || format === null)
    fail(['format'], 'format-dataset-no-format', { formats: FORMATS });
  if (!DATASET_FORMATS.some((known) => known === format)) {
    fail(['format'], 'format-dataset-format', { value: shown(format), formats: FORMATS });
  }
  if (sha256 === undefined || sha256 === null) fail(['sha256'], 'format-dataset-no-sha256');
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
    fail(['sha256'], 'format-dataset-sha256', { value: shown(sha256) });
  }
  for (const [key, type] of Object.entries(OPTIONAL)) {
    const value = spec[key];
    // Left empty (null) counts as not given.
    if (value !== undefined && value !== null && typeof value !== type) {
      const code = type === 'number' ? 'format-dataset-not-number' : 'format-dataset-not-text';
      fail([key], code, { key, value: shown(value) });
    }
  }
  checkMirrors(name, spec.mirrors, at);
  checkPortal(name, spec.portal, at);
  checkQuery(name, spec.query, at);
  checkColumns(name, spec.columns, at);
  checkCsvDialect(spec.csv, failer(name, at));
  checkSheet(name, spec.sheet, at);
}

// Left empty (null) counts as not given, as for the other optional keys.
const given = (value: unknown) => value !== undefined && value !== null;

function checkMirrors(name: string, mirrors: unknown, at: Locator): void {
  if (!given(mirrors)) return;
  const fail = failer(name, at);
  if (!Array.isArray(mirrors))
    fail(['mirrors'], 'format-dataset-mirrors', { value: shown(mirrors) });
  (mirrors as unknown[]).forEach((mirror, i) => {
    if (typeof mirror !== 'string' || !mirror.trim())
      fail(['mirrors'], 'format-dataset-mirror', { index: i + 1, value: shown(mirror) });
  });
}

function checkPortal(name: string, portal: unknown, at: Locator): void {
  if (!given(portal)) return;
  const fail = failer(name, at);
  if (!isRecord(portal)) {
    fail(['portal'], 'format-dataset-portal', { value: shown(portal) });
    return;
  }
  const kinds = PORTAL_KINDS.join(', ');
  if (!given(portal.kind)) fail(['portal'], 'format-dataset-portal-no-kind', { kinds });
  if (!PORTAL_KINDS.some((k) => k === portal.kind)) {
    fail(['portal', 'kind'], 'format-dataset-portal-kind', { value: shown(portal.kind), kinds });
  }
  for (const key of ['base', 'dataset'] as const) {
    const value = portal[key];
    if (!given(value)) fail(['portal'], 'format-dataset-portal-missing', { key });
    if (typeof value !== 'string' || !value.trim()) {
      fail(['portal', key], 'format-dataset-not-text', {
        key: `portal ${key}`,
        value: shown(value),
      });
    }
  }
  if (given(portal.resource) && typeof portal.resource !== 'string') {
    fail(['portal', 'resource'], 'format-dataset-not-text', {
      key: 'portal resource',
      value: shown(portal.resource),
    });
  }
}

function checkQuery(name: string, query: unknown, at: Locator): void {
  if (!given(query)) return;
  const fail = failer(name, at);
  const keys = QUERY_KEYS.join(', ');
  if (!isRecord(query)) fail(['query'], 'format-dataset-query', { value: shown(query), keys });
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    // The portal would ignore it: refuse rather than let the author believe it applies.
    if (!QUERY_KEYS.some((k) => k === key))
      fail(['query', key], 'format-dataset-query-key', { key, keys });
    if (given(value) && typeof value !== 'string') {
      fail(['query', key], 'format-dataset-not-text', { key: `query ${key}`, value: shown(value) });
    }
  }
}

function checkColumns(name: string, columns: unknown, at: Locator): void {
  if (!given(columns)) return;
  const fail = failer(name, at);
  const types = COLUMN_TYPES.join(', ');
  if (!isRecord(columns))
    fail(['columns'], 'format-dataset-columns', { value: shown(columns), types });
  for (const [column, type] of Object.entries(columns as Record<string, unknown>)) {
    if (!COLUMN_TYPES.some((t) => t === type)) {
      fail(['columns', column], 'format-dataset-column-type', {
        column,
        value: shown(type),
        types,
      });
    }
  }
}

/** Excel caps a sheet's name at 31 characters; a few more are allowed, not a stranger's essay. */
export const SHEET_NAME_MAX = 64;

function checkSheet(name: string, sheet: unknown, at: Locator): void {
  if (!given(sheet)) return;
  if (typeof sheet !== 'string' || !sheet.trim() || sheet.length > SHEET_NAME_MAX) {
    failer(name, at)(['sheet'], 'format-dataset-sheet', {
      value: shown(sheet),
      max: SHEET_NAME_MAX,
    });
  }
}
