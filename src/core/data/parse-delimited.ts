import { detectDialect } from './csv/detect.ts';
import { parseCsv } from './csv/parse-csv.ts';
import { resolveDialect } from './csv/resolve-dialect.ts';
import type { ColumnNote, CsvDialect, CsvParseOptions } from './csv/types.ts';
import type { ColumnTable } from 'arquero';

/** A csv/tsv file read: its table, the dialect it was read with, and notes on its columns. */
export interface ParsedDelimited {
  table: ColumnTable;
  dialect: CsvDialect;
  notes: ColumnNote[];
}

/**
 * Reads a csv or tsv file as it is written: its dialect detected from its first bytes (a tab for
 * `tsv`), each key the author pinned (`csv:`) winning over the detected one, then parsed into
 * typed columns.
 */
export async function parseDelimited(
  bytes: Uint8Array,
  format: 'csv' | 'tsv',
  options: Omit<CsvParseOptions, 'dialect'> & { csv?: Partial<CsvDialect> | null },
): Promise<ParsedDelimited> {
  const { csv, ...parse } = options;
  const dialect = resolveDialect(detectDialect(bytes, { format }), csv ?? undefined);
  const { table, notes } = await parseCsv(bytes, { ...parse, dialect });
  return { table, dialect, notes };
}
