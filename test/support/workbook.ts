import { CFB, utils, write, type CellObject, type WorkBook } from '@e965/xlsx';

/** A cell written as is: a value, or a SheetJS cell (e.g. a serial day number with a date format). */
export type SheetCell = string | number | boolean | null | CellObject;

/**
 * An Excel workbook of the given sheets (each a list of rows), in order, as bytes. Cells that are
 * objects are written as they are, so a test says exactly which serial number a date is.
 */
export function writeWorkbook(
  sheets: Record<string, SheetCell[][]>,
  options: { bookType?: 'xlsx' | 'biff8'; date1904?: boolean } = {},
): Uint8Array {
  const book: WorkBook = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = utils.aoa_to_sheet(rows.map((row) => row.map((c) => (isCell(c) ? null : c))));
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isCell(cell)) sheet[utils.encode_cell({ r, c })] = cell;
      }),
    );
    utils.book_append_sheet(book, sheet, name);
  }
  if (options.date1904) book.Workbook = { ...book.Workbook, WBProps: { date1904: true } };
  const bytes: ArrayBuffer = write(book, {
    type: 'array',
    bookType: options.bookType ?? 'xlsx',
    compression: true,
  });
  return new Uint8Array(bytes);
}

/** An OLE2 file shaped as an Excel workbook encrypted with a password (its streams are empty). */
export function encryptedWorkbook(): Uint8Array {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(file, '/EncryptedPackage', new Uint8Array(64));
  return new Uint8Array(CFB.write(file, { type: 'array' }) as ArrayBuffer);
}

/** A zip holding one file, `name`, of `text`. */
export function zipOf(name: string, text: string): Uint8Array {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, name, new TextEncoder().encode(text));
  return new Uint8Array(CFB.write(file, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}

function isCell(value: SheetCell): value is CellObject {
  return typeof value === 'object' && value !== null;
}
