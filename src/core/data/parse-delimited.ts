import { ColumnTypeError } from './column-types.ts';
import { CsvReadError } from './csv/csv-error.ts';
import { detectDialect } from './csv/detect.ts';
import { parseCsvColumns } from './csv/parse-csv.ts';
import { resolveDialect } from './csv/resolve-dialect.ts';
import type { CsvColumns, CsvDialect, CsvParseOptions } from './csv/types.ts';
import type { ParseFail } from './format-modules.ts';

/** A csv/tsv file read: its columns, the dialect it was read with, and notes on its columns. */
export interface DelimitedColumns extends CsvColumns {
  dialect: CsvDialect;
}

/** What {@link readDelimited} takes besides the bytes. */
export type DelimitedOptions = Omit<CsvParseOptions, 'dialect'> & {
  csv?: Partial<CsvDialect> | null;
};

/**
 * Reads a csv or tsv file as it is written: its dialect detected from its first bytes (a tab for
 * `tsv`), each key the author pinned (`csv:`) winning over the detected one, then parsed into
 * typed columns. This is the module of the runner's `csv.js` chunk (format-modules.ts), loaded
 * on a notebook's first delimited dataset: its problems come out through `fail`, as the caller's
 * errors, since the chunk's own error classes are copies the runner's `instanceof` does not know.
 * An aborted `signal` rejects with its reason, as it is.
 */
export async function readDelimited(
  bytes: Uint8Array,
  format: 'csv' | 'tsv',
  options: DelimitedOptions,
  fail: ParseFail,
): Promise<DelimitedColumns> {
  const { csv, ...parse } = options;
  try {
    const dialect = resolveDialect(detectDialect(bytes, { format }), csv ?? undefined);
    return { ...(await parseCsvColumns(bytes, { ...parse, dialect })), dialect };
  } catch (error) {
    if (error instanceof CsvReadError) throw fail(error.code, error.params, error.line);
    if (error instanceof ColumnTypeError) {
      const { column, type, value, row } = error;
      throw row === undefined
        ? fail('column-type', { column, type, value })
        : fail('column-type-row', { column, type, value, row });
    }
    throw error;
  }
}
