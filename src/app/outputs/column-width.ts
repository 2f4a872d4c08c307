import type { ColumnInfo } from '../../core/runtime/outputs.ts';

const MIN_CH = 4;
const MAX_CH = 40;

/**
 * Column widths in `ch`, fixed once from the header and a sample of formatted cells: with a
 * fixed table layout, columns keep their width while other rows scroll in.
 */
export function columnWidths(columns: ColumnInfo[], sample: string[][]): number[] {
  return columns.map((column, c) => {
    let width = Math.max(column.name.length, column.type.length);
    for (const row of sample) width = Math.max(width, row[c]?.length ?? 0);
    // A little room for the cell's padding.
    return Math.min(MAX_CH, Math.max(MIN_CH, width)) + 2;
  });
}
