import { FormatError } from './errors.ts';
import type { DatasetFormat, DatasetSpec } from './types.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/** The dataset formats the runtime reads. */
export const DATASET_FORMATS: readonly DatasetFormat[] = ['csv', 'tsv', 'json', 'arrow'];
const FORMATS = DATASET_FORMATS.join(', ');
const SHA256 = /^[0-9a-f]{64}$/;
// Optional fields the types promise, with the type they must have when given.
const OPTIONAL = {
  bytes: 'number',
  license: 'string',
  source: 'string',
  title: 'string',
  retrieved: 'string',
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
}
