import type { ColumnTable } from 'arquero';
import type { InferredColumnType } from '../data/column-types.ts';
import { inferredTypesOf } from '../data/inferred-types.ts';
import type { ColumnType } from '../format/types.ts';

/** One column as the data panel shows it: its type, and the type its values suggest. */
export interface DatasetColumnInfo {
  name: string;
  /** The type the author forced, else the inferred one. */
  type: InferredColumnType;
  /** The type inferred from the file's values, whatever the author forced. */
  inferred: InferredColumnType;
}

/** What the data panel shows of a loaded dataset: its size and each column's type. */
export interface DatasetInfo {
  rows: number;
  columns: DatasetColumnInfo[];
}

/** Rows and column types: the type the author forced, else the one inferred from the values. */
export function describeTable(
  table: ColumnTable,
  forced: Record<string, ColumnType> = {},
): DatasetInfo {
  const columns = inferredTypesOf(table).map(({ name, type }) => ({
    name,
    type: Object.hasOwn(forced, name) ? forced[name] : type,
    inferred: type,
  }));
  return { rows: table.numRows(), columns };
}
