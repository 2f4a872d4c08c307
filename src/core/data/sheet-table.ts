import type { ColumnData } from './format-modules.ts';

/** How many rows from the top the header is looked for in. */
export const HEADER_SCAN = 50;

/**
 * A sheet's rows (cell values, null when empty) as a table. Spreadsheets from portals often have
 * a title, a source or a blank line above the table; the header row is the first of the first
 * `HEADER_SCAN` rows that holds text and fills more than half as many cells as the fullest of
 * those rows (a title fills one). If no row qualifies, the first non-empty row is the header.
 *
 * Columns are those with a header or a value below it; a column without a header is named by
 * `columnName(index)` (the sheet's letter), a repeated name gets `_2`, `_3`… Rows that are
 * empty in every column are left out. Null when the sheet is empty.
 */
export function tableOfRows(
  rows: readonly (readonly unknown[])[],
  columnName: (index: number) => string,
): ColumnData | null {
  const filled = (row: readonly unknown[] | undefined) => {
    let n = 0;
    if (row) for (const value of row) if (value !== null && value !== undefined) ++n;
    return n;
  };
  const scanned = rows.slice(0, HEADER_SCAN);
  const widest = Math.max(0, ...scanned.map(filled));
  if (widest === 0 && !rows.some((row) => filled(row) > 0)) return null;
  let header = scanned.findIndex(
    (row) => filled(row) * 2 > widest && row.some((value) => typeof value === 'string'),
  );
  if (header < 0) header = rows.findIndex((row) => filled(row) > 0);

  const body = rows.slice(header + 1);
  let width = rows[header].length;
  for (const row of body) width = Math.max(width, row.length);
  const kept: number[] = [];
  for (let c = 0; c < width; ++c) {
    if (present(rows[header][c]) || body.some((row) => present(row[c]))) kept.push(c);
  }
  const names: string[] = [];
  const taken = new Set<string>();
  for (const c of kept) {
    const base = headerText(rows[header][c]) || columnName(c);
    let name = base;
    for (let n = 2; taken.has(name); ++n) name = `${base}_${n}`;
    taken.add(name);
    names.push(name);
  }
  const data = body.filter((row) => kept.some((c) => present(row[c])));
  const columns: Record<string, unknown[]> = Object.create(null);
  kept.forEach((c, i) => {
    columns[names[i]] = data.map((row) => row[c] ?? null);
  });
  return { names, columns };
}

function present(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/** A header cell as a column name: text trimmed, numbers as written, dates as their ISO day. */
function headerText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
