import type { ColumnTable } from 'arquero';
import { inferColumnTypes, type ColumnInfo } from '../data/column-types.ts';
import type { ColumnType } from '../format/types.ts';

/** What the data panel shows of a loaded dataset: its size and each column's type. */
export interface DatasetInfo {
  rows: number;
  columns: ColumnInfo[];
}

/** Rows and column types: the type the author forced, else the one inferred from the values. */
export function describeTable(
  table: ColumnTable,
  forced: Record<string, ColumnType> = {},
): DatasetInfo {
  const columns = inferColumnTypes(table).map((column) =>
    Object.hasOwn(forced, column.name) ? { ...column, type: forced[column.name] } : column,
  );
  return { rows: table.numRows(), columns };
}
