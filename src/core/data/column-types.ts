import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { ColumnType } from '../format/types.ts';

/** A column's type as inferred from its values; `object` for geometries and nested values. */
export type InferredColumnType = ColumnType | 'object';

export interface ColumnInfo {
  name: string;
  type: InferredColumnType;
}

export const COLUMN_TYPES: readonly ColumnType[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'date',
];

/** A value that does not convert to the type the author forced. */
const WHAT: Record<ColumnType, string> = {
  string: 'text',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean (true/false, oui/non, 1/0)',
  date: 'a date (YYYY-MM-DD or DD/MM/YYYY)',
};

/** A value that is not of its column's forced type; the page words it from the fields. */
export class ColumnTypeError extends Error {
  constructor(
    /** The value that is not of the type, as shown (a string in quotes). */
    readonly value: string,
    readonly type: ColumnType,
    readonly column = '',
    /** The row (from 1) of the value, when the table was typed after parsing. */
    readonly row?: number,
  ) {
    super(
      `${column ? `column "${column}" is declared ${type}, but ` : ''}${row ? `on row ${row} ` : ''}${value} is not ${WHAT[type]}`,
    );
  }
}

/** The type of each column, from all its non-null values; a column of nulls only is `string`. */
export function inferColumnTypes(table: ColumnTable): ColumnInfo[] {
  return table.columnNames().map((name) => ({ name, type: inferType(table.array(name)) }));
}

function inferType(values: ArrayLike<unknown>): InferredColumnType {
  // Typed arrays (Arrow, Parquet) say it at once.
  if (ArrayBuffer.isView(values)) {
    return values instanceof Float32Array || values instanceof Float64Array ? 'number' : 'integer';
  }
  let type: InferredColumnType | null = null;
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const t: InferredColumnType =
      typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v === 'bigint'
          ? 'integer'
          : typeof v === 'boolean'
            ? 'boolean'
            : typeof v === 'string'
              ? 'string'
              : v instanceof Date
                ? 'date'
                : 'object';
    if (type === null || type === t) type = t;
    else if ((type === 'integer' && t === 'number') || (type === 'number' && t === 'integer')) {
      type = 'number';
    } else return mixed(type, t);
  }
  return type ?? 'string';
}

function mixed(a: InferredColumnType, b: InferredColumnType): InferredColumnType {
  return a === 'object' || b === 'object' ? 'object' : 'string';
}

const TRUE = new Set(['true', '1', 'yes', 'oui', 'vrai', 't', 'y', 'o']);
const FALSE = new Set(['false', '0', 'no', 'non', 'faux', 'f', 'n']);
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/** The function that turns one value (a CSV string or a parsed value) into `type`. */
export function converter(type: ColumnType): (value: unknown) => unknown {
  switch (type) {
    case 'string':
      return (v) =>
        v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);
    case 'number':
      return (v) => toNumber(v, 'number');
    case 'integer':
      return (v) => {
        const n = toNumber(v, 'integer');
        if (n !== null && !Number.isInteger(n)) throw new ColumnTypeError(shown(v), 'integer');
        return n;
      };
    case 'boolean':
      return (v) => {
        if (v === null || v === undefined || typeof v === 'boolean') return v ?? null;
        const text = String(v).trim().toLowerCase();
        if (TRUE.has(text)) return true;
        if (FALSE.has(text)) return false;
        throw new ColumnTypeError(shown(v), 'boolean');
      };
    case 'date':
      return (v) => {
        if (v === null || v === undefined || v instanceof Date) return v ?? null;
        const text = String(v).trim();
        const fr = FRENCH_DATE.exec(text);
        const date = fr
          ? new Date(Date.UTC(Number(fr[3]), Number(fr[2]) - 1, Number(fr[1])))
          : typeof v === 'string'
            ? new Date(ISO_DATE.test(text) ? `${text}T00:00:00Z` : text)
            : new Date(NaN);
        if (Number.isNaN(date.getTime()) || (fr && date.getUTCDate() !== Number(fr[1]))) {
          throw new ColumnTypeError(shown(v), 'date');
        }
        return date;
      };
  }
}

function toNumber(v: unknown, type: 'number' | 'integer'): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const text = String(v).trim();
  const n = Number(DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text);
  if (text === '' || Number.isNaN(n) || typeof v === 'boolean') {
    throw new ColumnTypeError(shown(v), type);
  }
  return n;
}

function shown(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/**
 * Parsers for `aq.fromCSV`'s `parse` option: forced columns skip type inference, so a code such
 * as "01004" stays text when the author says `string`.
 */
export function csvParsers(
  columns: Record<string, ColumnType>,
): Record<string, (value: string) => unknown> {
  const parsers: Record<string, (value: string) => unknown> = {};
  for (const [name, type] of Object.entries(columns)) {
    const convert = converter(type);
    parsers[name] = (value) => {
      try {
        return convert(value);
      } catch (error) {
        if (error instanceof ColumnTypeError) {
          throw new ColumnTypeError(error.value, type, name);
        }
        throw error;
      }
    };
  }
  return parsers;
}

/** Converts the forced columns of a parsed table; the row of the first bad value is named. */
export function applyColumnTypes(
  table: ColumnTable,
  columns: Record<string, ColumnType>,
): ColumnTable {
  const changed: Record<string, unknown[]> = {};
  for (const [name, type] of Object.entries(columns)) {
    const values = table.array(name) as ArrayLike<unknown>;
    const convert = converter(type);
    const out = new Array<unknown>(values.length);
    for (let i = 0; i < values.length; ++i) {
      try {
        out[i] = convert(values[i]);
      } catch (error) {
        if (!(error instanceof ColumnTypeError)) throw error;
        throw new ColumnTypeError(error.value, type, name, i + 1);
      }
    }
    changed[name] = out;
  }
  return Object.keys(changed).length ? table.assign(aq.table(changed)) : table;
}

/** Names in `columns` that the table does not have. */
export function missingColumns(table: ColumnTable, columns: Record<string, ColumnType>): string[] {
  const names = new Set(table.columnNames());
  return Object.keys(columns).filter((name) => !names.has(name));
}
