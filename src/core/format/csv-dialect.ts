import type { CsvDialect } from '../data/csv/types.ts';
import type { ErrorParams, FormatCode } from '../errors/index.ts';
import { isRecord, shown } from './values.ts';

/** The values each key of a pinned `csv:` dialect may take, as written in the file. */
export const CSV_DIALECT_VALUES: { readonly [K in keyof CsvDialect]: readonly CsvDialect[K][] } = {
  delimiter: [',', ';', '\t', '|'],
  decimal: ['.', ','],
  encoding: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'],
  dates: ['iso', 'dmy', 'none'],
  header: [true, false],
};

const KEYS = Object.keys(CSV_DIALECT_VALUES) as (keyof CsvDialect)[];

/** Reports a problem at the line of `path` (under the dataset). */
type Fail = (path: string[], code: FormatCode, params?: ErrorParams) => never;

/**
 * Checks a dataset's `csv:` entry, the dialect its author pinned: a mapping with some of
 * `delimiter`, `decimal`, `encoding`, `dates`, `header`, each one of its allowed values. Anything
 * else is refused, so that no value a stranger's notebook makes up reaches the parser. Empty
 * (null) counts as not given.
 */
export function checkCsvDialect(csv: unknown, fail: Fail): asserts csv is Partial<CsvDialect> {
  if (csv === undefined || csv === null) return;
  const keys = KEYS.join(', ');
  if (!isRecord(csv)) return fail(['csv'], 'format-dataset-csv', { value: shown(csv), keys });
  for (const [key, value] of Object.entries(csv)) {
    const known = KEYS.find((k) => k === key);
    if (!known) return fail(['csv', key], 'format-dataset-csv-key', { key, keys });
    const allowed: readonly unknown[] = CSV_DIALECT_VALUES[known];
    if (!allowed.includes(value)) {
      fail(['csv', key], 'format-dataset-csv-value', {
        key,
        value: shown(value),
        allowed: allowed.map(shown).join(', '),
      });
    }
  }
}
