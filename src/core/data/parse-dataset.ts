import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ColumnType, DatasetFormat } from '../format/types.ts';
import { applyColumnTypes, ColumnTypeError, csvParsers, missingColumns } from './column-types.ts';
import { checkCsv } from './csv-check.ts';
import { DatasetParseError } from './errors.ts';
import { fromGeoJson } from './parse-geojson.ts';

export interface ParseOptions {
  /** Column types forced by the author (`spec.columns`); the others are inferred. */
  columns?: Record<string, ColumnType> | null;
}

/**
 * Bytes in one of the pinned formats to an Arquero table: CSV and TSV through `aq.fromCSV`
 * (types inferred; a malformed file is reported with its line), JSON as an array of records,
 * GeoJSON as one row per feature with a `geometry` column, Arrow IPC (file or stream) through
 * `aq.fromArrow`, Parquet through hyparquet (loaded on first use). Columns named in
 * `options.columns` get the forced type. Bad input throws a `DatasetParseError` naming the
 * dataset.
 */
export async function parseDataset(
  bytes: Uint8Array,
  format: DatasetFormat,
  name = 'dataset',
  options: ParseOptions = {},
): Promise<ColumnTable> {
  const fail = (reason: string, line?: number) => new DatasetParseError(name, format, reason, line);
  const columns = options.columns ?? {};
  const forced = Object.keys(columns).length > 0;
  let table: ColumnTable;
  try {
    switch (format) {
      case 'csv':
      case 'tsv': {
        const text = decode(bytes, fail);
        if (!text.trim()) throw fail('the file is empty');
        const delimiter = format === 'tsv' ? '\t' : ',';
        const problem = checkCsv(text, delimiter);
        if (problem) throw fail(problem.reason, problem.line);
        table = aq.fromCSV(text, {
          delimiter,
          ...(forced ? { parse: csvParsers(columns) } : {}),
        });
        if (forced) return checkMissing(table, columns, fail);
        return table;
      }
      case 'json':
        table = fromRecords(parseJson(decode(bytes, fail), fail), fail);
        break;
      case 'geojson':
        table = fromGeoJson(parseJson(decode(bytes, fail), fail), fail);
        break;
      case 'arrow':
        try {
          table = aq.fromArrow(bytes);
        } catch (error) {
          throw fail(`not Arrow IPC data (${message(error)})`);
        }
        break;
      case 'parquet': {
        const { fromParquet } = await import('./parse-parquet.ts');
        table = await fromParquet(bytes, fail);
        break;
      }
      default:
        throw fail(`unknown format; expected csv, tsv, json, geojson, arrow or parquet`);
    }
    if (!forced) return table;
    checkMissing(table, columns, fail);
    return applyColumnTypes(table, columns);
  } catch (error) {
    if (error instanceof ColumnTypeError) throw fail(error.message);
    throw error;
  }
}

function checkMissing(
  table: ColumnTable,
  columns: Record<string, ColumnType>,
  fail: (reason: string) => Error,
): ColumnTable {
  const missing = missingColumns(table, columns);
  if (missing.length) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    throw fail(
      `\`columns\` names ${list}, not in the data; its columns are ${table.columnNames().join(', ')}`,
    );
  }
  return table;
}

// One decoder for every call; `fatal` turns bytes that are not UTF-8 into an error instead of
// silently replaced characters. It also drops a byte-order mark.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, fail: (reason: string) => Error): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw fail(
      'the bytes are not UTF-8 text (perhaps Latin-1 or Windows-1252): save the file as UTF-8, or ask the portal for a UTF-8 export',
    );
  }
}

function parseJson(text: string, fail: (reason: string) => Error): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail(`invalid JSON (${message(error)})`);
  }
}

function fromRecords(data: unknown, fail: (reason: string) => Error): ColumnTable {
  if (!Array.isArray(data)) throw fail('expected an array of records ([{...}, ...])');
  // aq.from takes the columns of the first record only; records may differ, so collect all.
  const names = new Set<string>();
  for (let i = 0; i < data.length; ++i) {
    const row: unknown = data[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw fail(`expected an array of records, but item ${i} is not an object`);
    }
    for (const key in row) names.add(key);
  }
  return aq.from(data, [...names]);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
