import { tableFromIPC } from '@uwdata/flechette';

/** Values of one column by position: an array, or an Arrow column read on demand. */
export interface ColumnValues {
  at(index: number): unknown;
}

/** Consecutive rows of a table, column by column: row `offset + i` of column `c` is `columns[c].at(i)`. */
export interface RowBlock {
  offset: number;
  length: number;
  columns: ColumnValues[];
}

/**
 * Decode Arrow IPC stream bytes holding rows `offset`, `offset + 1`... Dates come out as `Date`
 * objects and 64-bit integers as numbers (flechette's defaults, exact up to 2^53).
 *
 * Values are read from the Arrow buffers when asked for: only the rows on screen are ever turned
 * into JavaScript values, however many rows the bytes hold.
 */
export function decodeRows(bytes: Uint8Array, offset: number): RowBlock {
  const table = tableFromIPC(bytes, { useDate: true });
  return { offset, length: table.numRows, columns: table.children };
}
