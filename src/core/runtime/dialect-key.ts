import type { CsvDialect } from '../data/csv/types.ts';

/**
 * A dataset's pinned dialect as part of a cache key: the same keys in another order are the
 * same dialect, and only the dialect's own keys count.
 */
export function dialectKey(csv: Partial<CsvDialect> | null | undefined): string {
  if (!csv) return '';
  return JSON.stringify([csv.delimiter, csv.decimal, csv.encoding, csv.dates, csv.header]);
}
