import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ColumnType, DatasetFormat } from '../format/types.ts';
import {
  applyColumnTypes,
  ColumnTypeError,
  inferColumnTypes,
  missingColumns,
} from './column-types.ts';
import { rememberInferred } from './inferred-types.ts';
import type { ColumnNote, CsvDialect, CsvParseOptions } from './csv/types.ts';
import { DatasetParseError, type ParseProblem } from './errors.ts';
import type { DatasetParseCode, ErrorParams } from '../errors/index.ts';
import { fromGeoJson } from './parse-geojson.ts';
import { csvTable } from './csv/csv-table.ts';
import { formatModule, type ColumnData, type FormatModuleName } from './format-modules.ts';

export interface ParseOptions extends Pick<CsvParseOptions, 'onProgress' | 'signal'> {
  /** Column types forced by the author (`spec.columns`); the others are inferred. */
  columns?: Record<string, ColumnType> | null;
  /** The dialect of a csv/tsv file as far as the author pinned it (`csv:`); the rest is detected. */
  csv?: Partial<CsvDialect> | null;
  /** The sheet of a spreadsheet to read (`spec.sheet`); the first when not given. */
  sheet?: string | null;
}

/** A dataset read: its table and, for csv/tsv, the dialect it was read with and column notes. */
export interface ParsedDataset {
  table: ColumnTable;
  dialect?: CsvDialect;
  notes: ColumnNote[];
}

/** The table of {@link parseDatasetWithNotes}. */
export async function parseDataset(
  bytes: Uint8Array,
  format: DatasetFormat,
  name = 'dataset',
  options: ParseOptions = {},
): Promise<ColumnTable> {
  return (await parseDatasetWithNotes(bytes, format, name, options)).table;
}

/**
 * Bytes in one of the pinned formats to an Arquero table: CSV and TSV read as they are written
 * (dialect detected, pinned keys winning: `parse-delimited.ts`, loaded on first use; types
 * inferred; a malformed file is reported with its line), JSON as an array of records,
 * GeoJSON as one row per feature with a `geometry` column, Arrow IPC (file or stream) through
 * `aq.fromArrow`, Parquet through hyparquet and Excel workbooks through SheetJS (both loaded on
 * first use, `format-modules.ts`). Columns named in
 * `options.columns` get the forced type. Bad input throws a `DatasetParseError` naming the
 * dataset. Gives the table with, for csv/tsv, the dialect used and notes on its columns.
 */
export async function parseDatasetWithNotes(
  bytes: Uint8Array,
  format: DatasetFormat,
  name = 'dataset',
  options: ParseOptions = {},
): Promise<ParsedDataset> {
  const failWith = (code: DatasetParseCode, params?: ErrorParams, line?: number) =>
    new DatasetParseError(name, format, { code, params } satisfies ParseProblem, line);
  const columns = options.columns ?? {};
  const forced = Object.keys(columns).length > 0;
  let table: ColumnTable;
  try {
    switch (format) {
      case 'csv':
      case 'tsv': {
        const { csv, onProgress, signal } = options;
        const { readDelimited } = await load('csv', failWith);
        const parse = { columns, csv, onProgress, signal };
        const read = await readDelimited(bytes, format, parse, failWith);
        const { table: typed, notes } = csvTable(read);
        if (forced) checkMissing(typed, columns, failWith);
        return { table: typed, dialect: read.dialect, notes };
      }
      case 'json':
        table = fromRecords(parseJson(decode(bytes, failWith), failWith), failWith);
        break;
      case 'geojson':
        table = fromGeoJson(parseJson(decode(bytes, failWith), failWith), failWith);
        break;
      case 'arrow':
        try {
          table = aq.fromArrow(bytes);
        } catch (error) {
          throw failWith('arrow-invalid', { detail: message(error) });
        }
        break;
      case 'parquet': {
        const { readParquet } = await load('parquet', failWith);
        table = tableOf(await readParquet(bytes, failWith));
        break;
      }
      case 'xlsx':
      case 'xls': {
        const { readWorkbook } = await load('xlsx', failWith);
        const sheet = options.sheet ?? undefined;
        table = tableOf(readWorkbook(bytes, { sheet }, failWith));
        break;
      }
      default:
        throw failWith('dataset-format-unknown');
    }
    if (!forced) return { table, notes: [] };
    checkMissing(table, columns, failWith);
    const before = inferColumnTypes(table.select(Object.keys(columns)));
    const typed = rememberInferred(
      applyColumnTypes(table, columns),
      Object.fromEntries(before.map((column) => [column.name, column.type])),
    );
    return { table: typed, notes: [] };
  } catch (error) {
    if (error instanceof ColumnTypeError) {
      const { column, type, value, row } = error;
      throw row === undefined
        ? failWith('column-type', { column, type, value })
        : failWith('column-type-row', { column, type, value, row });
    }
    throw error;
  }
}

/** A lazily loaded parser (format-modules.ts); failing to load it is a dataset error too. */
async function load<K extends FormatModuleName>(name: K, fail: Fail) {
  try {
    return await formatModule(name);
  } catch (error) {
    throw fail('parser-unavailable', { module: name, detail: message(error) });
  }
}

function tableOf({ names, columns }: ColumnData): ColumnTable {
  return aq.table(columns, names);
}

/** Makes the error for a problem of the catalogue. */
type Fail = (code: DatasetParseCode, params?: ErrorParams) => Error;

function checkMissing(
  table: ColumnTable,
  columns: Record<string, ColumnType>,
  fail: Fail,
): ColumnTable {
  const missing = missingColumns(table, columns);
  if (missing.length) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    throw fail('columns-missing', { missing: list, columns: table.columnNames().join(', ') });
  }
  return table;
}

// One decoder for every call; `fatal` turns bytes that are not UTF-8 into an error instead of
// silently replaced characters. It also drops a byte-order mark.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, fail: Fail): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw fail('dataset-not-utf8');
  }
}

function parseJson(text: string, fail: Fail): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fail('json-invalid', { detail: message(error) });
  }
}

function fromRecords(data: unknown, fail: Fail): ColumnTable {
  if (!Array.isArray(data)) throw fail('json-not-array');
  // aq.from takes the columns of the first record only; records may differ, so collect all.
  const names = new Set<string>();
  for (let i = 0; i < data.length; ++i) {
    const row: unknown = data[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw fail('json-item-not-object', { item: i });
    }
    for (const key in row) names.add(key);
  }
  return aq.from(data, [...names]);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
