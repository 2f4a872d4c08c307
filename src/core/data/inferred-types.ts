import type { ColumnTable } from 'arquero';
import { inferColumnTypes, type ColumnInfo, type InferredColumnType } from './column-types.ts';

/**
 * The types inferred from a dataset's own values for the columns whose type the author forced:
 * the table a parse returns has the forced types, so the parse remembers the inferred ones beside
 * it (tables are immutable: the entry stays true for the table's life).
 */
const inferred = new WeakMap<ColumnTable, Record<string, InferredColumnType>>();

/** Remembers the types inferred for the forced columns of `table`, before they were forced. */
export function rememberInferred(
  table: ColumnTable,
  forcedColumns: Record<string, InferredColumnType>,
): ColumnTable {
  inferred.set(table, forcedColumns);
  return table;
}

/** Each column's type as inferred from the file's values, whatever the author forced. */
export function inferredTypesOf(table: ColumnTable): ColumnInfo[] {
  const raw = inferred.get(table) ?? {};
  return inferColumnTypes(table).map((column) =>
    Object.hasOwn(raw, column.name) ? { ...column, type: raw[column.name] } : column,
  );
}

/** CSV parsers that also tally the text values they see, for `RawTypeTally.type`. */
export function tallying(parsers: Record<string, (value: string) => unknown>): {
  parsers: Record<string, (value: string) => unknown>;
  types(): Record<string, InferredColumnType>;
} {
  const tallies = new Map<string, RawTypeTally>();
  const wrapped: Record<string, (value: string) => unknown> = {};
  for (const [name, parse] of Object.entries(parsers)) {
    const tally = new RawTypeTally();
    tallies.set(name, tally);
    wrapped[name] = (value) => {
      tally.see(value);
      return parse(value);
    };
  }
  return {
    parsers: wrapped,
    types: () => Object.fromEntries([...tallies].map(([name, tally]) => [name, tally.type])),
  };
}

const ISO_DATE =
  /^([-+]\d{2})?\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/;

/**
 * The type Arquero's CSV reader would have given a column whose type the author forced (so it
 * never ran its inference), from the column's non-empty text values, seen one by one as they are
 * parsed: true/false, then numbers (integer when all are), then ISO dates, else text. Arquero
 * decides from the first 1,000 values; this sees them all, as `inferColumnTypes` does.
 */
export class RawTypeTally {
  #seen = false;
  #boolean = true;
  #number = true;
  #integer = true;
  #date = true;

  see(value: string): void {
    this.#seen = true;
    if (this.#boolean && value !== 'true' && value !== 'false') this.#boolean = false;
    if (this.#number) {
      const n = +value;
      if (value !== 'NaN' && n !== n) this.#number = false;
      else if (!Number.isInteger(n)) this.#integer = false;
    }
    if (this.#date && !(ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))))
      this.#date = false;
  }

  get type(): InferredColumnType {
    if (!this.#seen) return 'string';
    if (this.#boolean) return 'boolean';
    if (this.#number) return this.#integer ? 'integer' : 'number';
    return this.#date ? 'date' : 'string';
  }
}
