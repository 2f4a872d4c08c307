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
  if (!isRecord(datasets)) {
    const reason = '`datasets` must map each dataset name to its `url`, `format` and `sha256`';
    throw new FormatError(at.keyLine('datasets'), reason);
  }
  for (const [name, spec] of Object.entries(datasets)) {
    const line = at.keyLine('datasets', name);
    if (!name.trim()) throw new FormatError(line, 'a dataset needs a name');
    if (!isRecord(spec)) {
      const reason = `dataset "${name}" must be a mapping with \`url\`, \`format\` and \`sha256\``;
      throw new FormatError(line, reason);
    }
    checkSpec(name, spec, at);
  }
}

function checkSpec(name: string, spec: Record<string, unknown>, at: Locator): void {
  // A missing field is reported at the dataset's line, where it should be added.
  const fail = (key: string, reason: string) => {
    throw new FormatError(at.keyLine('datasets', name, key), `dataset "${name}" ${reason}`);
  };
  const { url, format, sha256 } = spec;
  if (typeof url !== 'string' || !url) fail('url', 'needs a `url` (text)');
  if (format === undefined || format === null)
    fail('format', `needs a \`format\`: one of ${FORMATS}`);
  if (!DATASET_FORMATS.some((known) => known === format)) {
    fail('format', `has format ${shown(format)}; expected one of ${FORMATS}`);
  }
  if (sha256 === undefined || sha256 === null) {
    fail('sha256', 'needs a `sha256`: 64 lower-case hexadecimal digits');
  }
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
    fail('sha256', `has sha256 ${shown(sha256)}; expected 64 lower-case hexadecimal digits`);
  }
  for (const [key, type] of Object.entries(OPTIONAL)) {
    const value = spec[key];
    // Left empty (null) counts as not given.
    if (value !== undefined && value !== null && typeof value !== type) {
      fail(key, `has ${key} ${shown(value)}; expected ${type === 'number' ? 'a number' : 'text'}`);
    }
  }
  checkMirrors(name, spec.mirrors, at);
  checkPortal(name, spec.portal, at);
  checkQuery(name, spec.query, at);
  checkColumns(name, spec.columns, at);
}

// Left empty (null) counts as not given, as for the other optional keys.
const given = (value: unknown) => value !== undefined && value !== null;

function checkMirrors(name: string, mirrors: unknown, at: Locator): void {
  if (!given(mirrors)) return;
  const line = at.keyLine('datasets', name, 'mirrors');
  if (!Array.isArray(mirrors)) {
    throw new FormatError(
      line,
      `dataset "${name}" has mirrors ${shown(mirrors)}; expected a list of URLs`,
    );
  }
  mirrors.forEach((mirror, i) => {
    if (typeof mirror !== 'string' || !mirror.trim()) {
      throw new FormatError(
        line,
        `dataset "${name}" has mirror ${i + 1} ${shown(mirror)}; expected a URL (text)`,
      );
    }
  });
}

function checkPortal(name: string, portal: unknown, at: Locator): void {
  if (!given(portal)) return;
  const fail = (key: string | null, reason: string): never => {
    const path = key ? ['datasets', name, 'portal', key] : ['datasets', name, 'portal'];
    throw new FormatError(at.keyLine(...path), `dataset "${name}" ${reason}`);
  };
  if (!isRecord(portal)) {
    fail(
      null,
      `has portal ${shown(portal)}; expected a mapping with \`kind\`, \`base\` and \`dataset\``,
    );
    return;
  }
  const kinds = PORTAL_KINDS.join(', ');
  if (!given(portal.kind)) fail(null, `has a portal without \`kind\`: one of ${kinds}`);
  if (!PORTAL_KINDS.some((k) => k === portal.kind)) {
    fail('kind', `has portal kind ${shown(portal.kind)}; expected one of ${kinds}`);
  }
  for (const key of ['base', 'dataset'] as const) {
    const value = portal[key];
    if (!given(value)) fail(null, `has a portal without \`${key}\` (text)`);
    if (typeof value !== 'string' || !value.trim()) {
      fail(key, `has portal ${key} ${shown(value)}; expected text`);
    }
  }
  if (given(portal.resource) && typeof portal.resource !== 'string') {
    fail('resource', `has portal resource ${shown(portal.resource)}; expected text`);
  }
}

function checkQuery(name: string, query: unknown, at: Locator): void {
  if (!given(query)) return;
  const keys = QUERY_KEYS.join(', ');
  if (!isRecord(query)) {
    throw new FormatError(
      at.keyLine('datasets', name, 'query'),
      `dataset "${name}" has query ${shown(query)}; expected a mapping with some of ${keys}`,
    );
  }
  for (const [key, value] of Object.entries(query)) {
    const line = at.keyLine('datasets', name, 'query', key);
    if (!QUERY_KEYS.some((k) => k === key)) {
      // The portal would ignore it: refuse rather than let the author believe it applies.
      throw new FormatError(
        line,
        `dataset "${name}" has query key "${key}"; expected some of ${keys}`,
      );
    }
    if (given(value) && typeof value !== 'string') {
      throw new FormatError(
        line,
        `dataset "${name}" has query ${key} ${shown(value)}; expected text`,
      );
    }
  }
}

function checkColumns(name: string, columns: unknown, at: Locator): void {
  if (!given(columns)) return;
  const types = COLUMN_TYPES.join(', ');
  if (!isRecord(columns)) {
    throw new FormatError(
      at.keyLine('datasets', name, 'columns'),
      `dataset "${name}" has columns ${shown(columns)}; expected a mapping from column names to a type (${types})`,
    );
  }
  for (const [column, type] of Object.entries(columns)) {
    if (!COLUMN_TYPES.some((t) => t === type)) {
      throw new FormatError(
        at.keyLine('datasets', name, 'columns', column),
        `dataset "${name}" has column "${column}" of type ${shown(type)}; expected one of ${types}`,
      );
    }
  }
}
