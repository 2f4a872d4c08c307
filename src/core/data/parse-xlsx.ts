import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import type { ColumnData, ParseFail, WorkbookOptions } from './format-modules.ts';
import { guardZip } from './zip-guard.ts';
import { tableOfRows } from './sheet-table.ts';

/** A workbook unzips to at most this much (256 MiB): a zip bomb stops here. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** A table of at most this many cells (rows × columns). */
export const MAX_CELLS = 20_000_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE2 compound file: .xls, and an .xlsx encrypted with a password.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An Excel workbook (`.xlsx`, or `.xls` through the same SheetJS reader) to columns: the first
 * sheet, or `options.sheet` by name. The header row is found as `sheet-table.ts` says (title rows
 * above the table are skipped); numbers stay numbers, cells with a date format become `Date`s in
 * UTC (1900 or 1904 date system), empty cells null. This module is loaded only when a notebook
 * reads a spreadsheet (format-modules.ts: the runner's `xlsx.js`).
 */
export function readWorkbook(
  bytes: Uint8Array,
  options: WorkbookOptions,
  fail: ParseFail,
): ColumnData {
  const maxUnpacked = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  const maxCells = options.maxCells ?? MAX_CELLS;
  let data = bytes;
  if (starts(bytes, ZIP)) {
    const guarded = guardZip(bytes, maxUnpacked);
    if (guarded && guarded.unpacked > maxUnpacked)
      throw fail('xlsx-too-large', { limit: mebibytes(maxUnpacked) });
    if (guarded) data = guarded.bytes;
  } else if (!starts(bytes, OLE)) {
    // SheetJS would also read CSV, HTML or DBF as a "workbook": a spreadsheet is asked for.
    throw fail(bytes.length ? 'xlsx-invalid' : 'dataset-empty');
  }
  let book: WorkBook;
  try {
    book = read(data, {
      type: 'array',
      dense: true,
      // Formats tell dates from numbers; dates are converted here, in UTC.
      cellNF: true,
      cellDates: false,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      sheets: options.sheet ?? 0,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) throw fail('xlsx-encrypted');
    throw fail('xlsx-invalid-detail', { detail });
  }
  const name = options.sheet ?? book.SheetNames[0];
  const sheet = name !== undefined && Object.hasOwn(book.Sheets, name) ? book.Sheets[name] : null;
  if (!sheet) {
    if (options.sheet === undefined) throw fail('xlsx-no-sheet');
    throw fail('xlsx-sheet-unknown', {
      sheet: options.sheet,
      sheets: book.SheetNames.map((s) => `"${s}"`).join(', '),
    });
  }
  const dense = sheet['!data'] ?? [];
  // Checked before the cells are copied into columns, which would take as much again.
  let width = 0;
  for (const row of dense) width = Math.max(width, row?.length ?? 0);
  if (dense.length * width > maxCells)
    throw fail('xlsx-too-many-cells', { sheet: name, limit: maxCells });
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  // Array.from, not map: SheetJS's rows and cells are sparse arrays, and map keeps the holes.
  const rows = Array.from(dense, (row) => Array.from(row ?? [], (cell) => valueOf(cell, date1904)));
  const table = tableOfRows(rows, utils.encode_col);
  if (!table) throw fail('xlsx-sheet-empty', { sheet: name });
  return table;
}

/** A cell's value: numbers, text, booleans, dates; empty, stub and error cells are null. */
function valueOf(cell: CellObject | undefined, date1904: boolean): unknown {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      if (typeof cell.v !== 'number') return null;
      return typeof cell.z === 'string' && SSF.is_date(cell.z)
        ? excelDate(cell.v, date1904)
        : cell.v;
    case 's':
      return cell.v === '' || cell.v === undefined ? null : String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null;
  }
}

const DAY = 86_400_000;

/**
 * An Excel serial day number as a UTC date. The 1900 system counts 1900-01-01 as 1 and keeps
 * Lotus's 29 February 1900 (serial 60): days before it are one day later than their serial
 * says. The 1904 system (old Mac workbooks) counts 1904-01-01 as 0.
 */
export function excelDate(serial: number, date1904: boolean): Date {
  // 25569 is 1970-01-01 in the 1900 system; 24107 in the 1904 system.
  const days = date1904 ? serial - 24107 : serial < 60 ? serial - 25568 : serial - 25569;
  return new Date(Math.round(days * DAY));
}

function starts(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function mebibytes(n: number): number {
  return Math.round(n / (1024 * 1024));
}
