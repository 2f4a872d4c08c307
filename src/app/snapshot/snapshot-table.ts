/**
 * A snapshot's table as the table view takes it: a table output without Arrow bytes (no runner
 * holds it: only its first window exists until the live run) and its rows as a row block, with
 * the values JSON could not keep turned back into what the live table shows (dates, numbers
 * written as text).
 */
import type { SnapshotTable } from '../../core/publish/snapshot.ts';
import type { TableOutput } from '../../core/runtime/outputs.ts';
import { isNumericType } from '../../core/runtime/format-cell.ts';
import type { RowBlock } from '../outputs/row-block.ts';

const EMPTY = new Uint8Array(0);

function cellValue(value: unknown, type: string): unknown {
  if (typeof value !== 'string') return value;
  if (type === 'date' || type.startsWith('timestamp')) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  // Big integers and non-finite numbers are kept as text; the live table shows them as numbers.
  if (isNumericType(type)) {
    const number = Number(value);
    return Number.isNaN(number) && value !== 'NaN' ? value : number;
  }
  return value;
}

/** The table output and its first rows, ready for `TableView`. */
export function snapshotTable(table: SnapshotTable): { output: TableOutput; rows: RowBlock } {
  const columns = table.columns.map((column, c) => {
    const values = table.rows.map((row) => cellValue(row[c], column.type));
    return { at: (index: number) => values[index] };
  });
  return {
    output: { kind: 'table', id: '', columns: table.columns, numRows: table.numRows, ipc: EMPTY },
    rows: { offset: 0, length: table.rows.length, columns },
  };
}
