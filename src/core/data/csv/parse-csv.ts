import type { ColumnType } from '../../format/types.ts';
import { csvParsers, type InferredColumnType } from '../column-types.ts';
import { ColumnBuilder } from './column-builder.ts';
import { csvTable } from './csv-table.ts';
import { CsvReadError } from './csv-error.ts';
import { FieldText } from './field-text.ts';
import { nextTurn } from './next-turn.ts';
import { RecordReader } from './records.ts';
import type { ColumnNote, CsvColumns, CsvDialect, CsvParseOptions, CsvParsed } from './types.ts';
import { dateTime, isNumber, toNumber } from './values.ts';

/** Bytes parsed between two looks at the event loop (progress, cancel). */
const CHUNK = 4 << 20;
/** Bytes of the first rows, read to guess how many rows the file holds. */
const FIRST = 64 << 10;

/**
 * Delimited bytes to an Arquero table, as `aq.fromCSV` reads text, but from the bytes: fields are
 * found by scanning bytes, numbers read from them, and only text values decoded. Types are
 * inferred as Arquero infers them (booleans `true`/`false`, numbers, ISO dates, else text; an
 * empty field is null), with these differences:
 * - every value counts, not the first 1,000 (Arquero reads a later misfit as NaN or `true`);
 * - a date-time without a zone (`2024-03-01T10:00`) is UTC, not the machine's time zone, and a
 *   day the month lacks (`2024-02-30`, `2024-01-00`) is no date;
 * - in a file of several columns, an empty line is skipped (Arquero adds a row of nulls);
 * - a second column of the same name is renamed (`a_2`), with a note;
 * - a quoted field followed by more text is one text (`"ab"c` is `abc`; Arquero shifts the fields).
 * The dialect adds decimal commas with groups of thousands (`15 917,5`) and `dd/mm/yyyy` dates.
 *
 * A column of numbers or dates but for a few values stays text, with a note that names the
 * first misfit. Columns of `options.columns` get the forced type, as `csvParsers` converts them.
 * A malformed file rejects with a `CsvReadError` (code, params, line); a forced value that does
 * not convert, with a `ColumnTypeError`; an aborted `signal`, with its reason.
 */
export async function parseCsv(bytes: Uint8Array, options: CsvParseOptions): Promise<CsvParsed> {
  return csvTable(await parseCsvColumns(bytes, options));
}

/**
 * What {@link parseCsv} reads, as plain columns rather than an Arquero table: the runner's
 * `csv.js` chunk (src/runner/chunks/csv.ts) parses without Arquero, which stays in `runner.js`.
 */
export async function parseCsvColumns(
  bytes: Uint8Array,
  options: CsvParseOptions,
): Promise<CsvColumns> {
  const { dialect, signal, onProgress } = options;
  signal?.throwIfAborted();
  const input = scannable(bytes, dialect);
  const data = input.bytes;
  const reader = new RecordReader(data, dialect.delimiter.charCodeAt(0), input.start);
  const text = new FieldText(data, input.encoding);
  if (!reader.skipEmptyLines() || isBlank(data, reader.pos))
    throw new CsvReadError('dataset-empty');

  // The first record: the names, or the first row.
  const firstPos = reader.pos;
  const firstLine = reader.line;
  const width = reader.read();
  const first = fieldTexts(reader, text, width);
  const { names, notes } = dialect.header
    ? columnNames(first, firstLine)
    : { names: first.map((_, i) => `col${i + 1}`), notes: [] as ColumnNote[] };
  const forced = options.columns ?? {};
  const columns = names.map(
    (name) =>
      new ColumnBuilder(name, dialect, text, Object.hasOwn(forced, name) ? forced[name] : null),
  );
  if (!dialect.header) {
    reader.pos = firstPos;
    reader.line = firstLine;
  }
  const dataPos = reader.pos;
  const dataLine = reader.line;

  const report = (done: number) => onProgress?.(Math.round(done * input.scale), bytes.length);
  // The first rows, then room in each column for as many rows as the rest of the bytes would
  // hold at their rate, and 2 %; but no more than a row a 4 bytes a column, in case the
  // first rows are much shorter than the rest.
  const rows = readRows(reader, columns, firstLine, reader.pos + FIRST);
  const rate = rows / Math.max(1, reader.pos - dataPos);
  const rest = data.length - reader.pos;
  const guess =
    rows + Math.min(Math.ceil(rest * rate * 1.02), Math.ceil(rest / 4 / columns.length));
  for (const column of columns) column.reserve(guess);
  while (reader.pos < data.length) {
    readRows(reader, columns, firstLine, reader.pos + CHUNK);
    if (reader.pos >= data.length) break;
    report(reader.pos);
    await nextTurn();
    signal?.throwIfAborted();
  }
  report(data.length);
  for (const column of columns) column.seal();

  await refillStale(
    new RecordReader(data, reader.delimiter, dataPos, dataLine),
    text,
    columns,
    signal,
  );
  return finish(columns, names, notes, forced, dialect);
}

/** Reads records into the columns until `limit` bytes or the end; returns how many. */
function readRows(
  reader: RecordReader,
  columns: ColumnBuilder[],
  headerLine: number,
  limit: number,
): number {
  const width = columns.length;
  const n = reader.bytes.length;
  let rows = 0;
  while (reader.pos < n && reader.pos < limit) {
    // One column: an empty line is an empty value, as Arquero reads it. Several: it is no record.
    if (width > 1 && reader.atEmptyLine()) {
      reader.skipEmptyLines();
      continue;
    }
    const fields = reader.read();
    if (fields !== width) throw fieldCount(reader.recordLine, fields, width, headerLine);
    const bounds = reader.bounds;
    const line = reader.recordLine;
    for (let c = 0; c < width; ++c) {
      const start = bounds[c * 3];
      const end = bounds[c * 3 + 1];
      const how = bounds[c * 3 + 2];
      // An empty field, quoted or not, is null.
      if (start === end) columns[c].addEmpty();
      else columns[c].add(start, end, how, line);
    }
    ++rows;
  }
  return rows;
}

/** Reads again the rows converted to a kind their column lost later on. */
async function refillStale(
  reader: RecordReader,
  text: FieldText,
  columns: ColumnBuilder[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const stale = columns.filter((column) => column.stale > 0 && !column.forced);
  if (!stale.length) return;
  const rows = Math.max(...stale.map((column) => column.stale));
  const index = stale.map((column) => columns.indexOf(column));
  const width = columns.length;
  let limit = reader.pos + CHUNK;
  for (let row = 0; row < rows;) {
    if (width > 1 && reader.atEmptyLine()) {
      reader.skipEmptyLines();
      continue;
    }
    reader.read();
    const bounds = reader.bounds;
    for (let i = 0; i < stale.length; ++i) {
      const c = index[i];
      const start = bounds[c * 3];
      const end = bounds[c * 3 + 1];
      if (row < stale[i].stale && start !== end) {
        stale[i].refill(row, text.of(start, end, bounds[c * 3 + 2]));
      }
    }
    ++row;
    if (reader.pos >= limit) {
      await nextTurn();
      signal?.throwIfAborted();
      limit = reader.pos + CHUNK;
    }
  }
}

function finish(
  columns: ColumnBuilder[],
  names: string[],
  notes: ColumnNote[],
  forced: Record<string, ColumnType>,
  dialect: CsvDialect,
): CsvColumns {
  // Own properties, so that a column named `__proto__` stays a column (aq.table would lose it).
  const data: Record<string, unknown[]> = {};
  const inferred: Record<string, InferredColumnType> = {};
  const parsers = csvParsers(forced);
  for (const column of columns) {
    let values = column.values;
    if (column.forced) {
      inferred[column.name] = column.inferredType();
      values = forceType(column, parsers[column.name], dialect);
    } else {
      const note = column.note();
      if (note) notes.push(note);
    }
    Object.defineProperty(data, column.name, { value: values, enumerable: true });
  }
  if (!Object.keys(forced).length) return { names, columns: data, notes, inferred: null };
  for (const name of Object.keys(forced)) inferred[name] ??= 'string';
  return { names, columns: data, notes, inferred };
}

/**
 * The values of a forced column: as `csvParsers` converts them (the same errors), but numbers
 * and dates read first as the dialect writes them (decimal commas, `dd/mm/yyyy hh:mm` in UTC).
 */
function forceType(
  column: ColumnBuilder,
  parse: (value: string) => unknown,
  dialect: CsvDialect,
): unknown[] {
  const type = column.forced;
  return column.values.map((value) => {
    if (value === null) return null;
    const text = value as string;
    if ((type === 'number' || type === 'integer') && isNumber(text, dialect.decimal)) {
      const n = toNumber(text, dialect.decimal);
      if (type === 'number' || Number.isInteger(n)) return n;
    } else if (type === 'date') {
      const time = dateTime(text, 'dmy');
      if (!Number.isNaN(time)) return new Date(time);
    }
    return parse(text);
  });
}

/** The names of the header's fields; a name seen before is renamed `name_2` (`_3`…), noted. */
function columnNames(fields: string[], line: number): { names: string[]; notes: ColumnNote[] } {
  const taken = new Set<string>();
  const notes: ColumnNote[] = [];
  const names = fields.map((name) => {
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
    let i = 2;
    while (taken.has(`${name}_${i}`) || fields.includes(`${name}_${i}`)) ++i;
    const renamed = `${name}_${i}`;
    taken.add(renamed);
    notes.push({
      column: renamed,
      code: 'column-renamed',
      params: { column: renamed, name, line },
    });
    return renamed;
  });
  return { names, notes };
}

function fieldTexts(reader: RecordReader, text: FieldText, width: number): string[] {
  const bounds = reader.bounds;
  return Array.from({ length: width }, (_, c) =>
    text.of(bounds[c * 3], bounds[c * 3 + 1], bounds[c * 3 + 2]),
  );
}

function fieldCount(line: number, fields: number, expected: number, header: number): CsvReadError {
  const code = fields > expected ? 'csv-more-fields' : 'csv-fewer-fields';
  return new CsvReadError(code, { line, fields, expected, header }, line);
}

/** Bytes the scanner reads (UTF-8 or Windows-1252, both ASCII-compatible), where to start (after
 * a byte-order mark), and how their length relates to the input's (for progress). */
function scannable(
  bytes: Uint8Array,
  dialect: CsvDialect,
): { bytes: Uint8Array; start: number; encoding: 'utf-8' | 'windows-1252'; scale: number } {
  switch (dialect.encoding) {
    case 'utf-8': {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      return { bytes, start: bom ? 3 : 0, encoding: 'utf-8', scale: 1 };
    }
    case 'windows-1252':
      return { bytes, start: 0, encoding: 'windows-1252', scale: 1 };
    case 'utf-16le':
    case 'utf-16be': {
      // UTF-16 is not ASCII-compatible: it is re-encoded as UTF-8 first (its BOM dropped).
      const utf8 = new TextEncoder().encode(new TextDecoder(dialect.encoding).decode(bytes));
      return {
        bytes: utf8,
        start: 0,
        encoding: 'utf-8',
        scale: bytes.length / Math.max(1, utf8.length),
      };
    }
  }
}

/** Whether the bytes from `start` are only white space. */
function isBlank(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; ++i) {
    const b = bytes[i];
    if (b !== 32 && (b < 9 || b > 13)) return false;
  }
  return true;
}
