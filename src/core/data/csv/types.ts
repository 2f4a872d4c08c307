import type { ColumnTable } from 'arquero';
import type { ColumnType } from '../../format/types.ts';
import type { InferredColumnType } from '../column-types.ts';

/**
 * The shared contract of issue 13 (CSV as portals publish it). Detection (`detect.ts`) reads a
 * dialect off the bytes; a pinned `csv:` entry in the dataset spec wins over it, key by key; the
 * parser (`parse-csv.ts`) turns bytes and a dialect into typed Arquero columns.
 */

/** The field separators algobook detects and accepts. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** The decimal mark of numbers. With `,`, groups of thousands may be separated by a space, a
 * no-break space (U+00A0) or a narrow no-break space (U+202F). */
export type CsvDecimal = '.' | ',';

/** Text encodings algobook reads (WHATWG names, as `TextDecoder` takes them). */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * How dates are written: `iso` is `yyyy-mm-dd` (optionally `Thh:mm[:ss]`), `dmy` is `dd/mm/yyyy`
 * (optionally ` hh:mm`), `none` reads no dates. Dates become `Date` values in UTC, never in the
 * machine's time zone.
 */
export type CsvDates = 'iso' | 'dmy' | 'none';

/** How a delimited file is written: what `csv:` in a dataset entry pins. */
export interface CsvDialect {
  delimiter: CsvDelimiter;
  decimal: CsvDecimal;
  encoding: CsvEncoding;
  dates: CsvDates;
  /** Whether the first record names the columns (otherwise columns are `col1`, `col2`, …). */
  header: boolean;
}

/** A dialect as detected, with whether each key came from the bytes or from a BOM. */
export interface DetectedDialect extends CsvDialect {
  /** Whether the bytes started with a byte-order mark (which the parser skips). */
  bom: boolean;
}

/**
 * Something a reader should know about how a column was read, e.g. a decimal-comma column kept
 * as text because one value is not a number. Worded on the page from `code` and `params`
 * (src/core/errors catalogue), never from English text.
 */
export interface ColumnNote {
  column: string;
  code: string;
  params: Record<string, string | number>;
}

/** Options of one parse. */
export interface CsvParseOptions {
  dialect: CsvDialect;
  /** Column types forced by the author (`spec.columns`); the others are inferred. */
  columns?: Record<string, ColumnType> | null;
  /** Told every so often how many of the input bytes are done. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the parse: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What a parse gives: the table and the notes on its columns. */
export interface CsvParsed {
  table: ColumnTable;
  notes: ColumnNote[];
}

/** A parse's columns before they become a table (the runner's `csv.js` has no Arquero). */
export interface CsvColumns {
  names: string[];
  /** A record without prototype keys of its own, so that a column named `__proto__` stays one. */
  columns: Record<string, unknown[]>;
  notes: ColumnNote[];
  /** The types inferred for the forced columns, before they were forced; null when none is. */
  inferred: Record<string, InferredColumnType> | null;
}
