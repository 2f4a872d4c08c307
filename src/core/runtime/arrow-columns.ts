import {
  Type,
  bool,
  dateDay,
  dictionary,
  float64,
  int32,
  timestamp,
  utf8,
} from '@uwdata/flechette';
import type { DataType } from '@uwdata/flechette';
import type { Table } from 'arquero';

/**
 * Arrow types for a whole table, inferred once over all its rows. Every window sent to the page
 * is encoded with them, so row 0 and row 900 000 of a column decode to the same type (inferring
 * per window could pick int8 for the first window and truncate later floats). Columns with
 * mixed or nested values are left out: each window infers those by itself.
 */
export function inferColumnTypes(table: Table): Record<string, DataType> {
  const types: Record<string, DataType> = {};
  for (const name of table.columnNames()) {
    const column = table.column(name);
    if (!column) continue;
    const profile = new Profile();
    table.scan((row) => profile.add(column.at(row ?? 0)), false);
    const type = profile.type();
    if (type) types[name] = type;
  }
  return types;
}

class Profile {
  count = 0;
  ints = 0;
  numbers = 0;
  booleans = 0;
  strings = 0;
  dates = 0;
  days = 0;
  min = Infinity;
  max = -Infinity;

  add(value: unknown): void {
    if (value === null || value === undefined) return;
    ++this.count;
    switch (typeof value) {
      case 'number':
        ++this.numbers;
        if (Number.isInteger(value)) {
          ++this.ints;
          if (value < this.min) this.min = value;
          if (value > this.max) this.max = value;
        }
        break;
      case 'string':
        ++this.strings;
        break;
      case 'boolean':
        ++this.booleans;
        break;
      case 'object':
        if (value instanceof Date) {
          ++this.dates;
          if (+value % 864e5 === 0) ++this.days;
        }
        break;
    }
  }

  type(): DataType | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    // Integers beyond 32 bits stay float64: int64 would decode as BigInt on the page.
    if (this.ints === n && this.min >= -(2 ** 31) && this.max < 2 ** 31) return int32();
    if (this.numbers === n) return float64();
    if (this.strings === n) return dictionary(utf8());
    if (this.booleans === n) return bool();
    if (this.days === n) return dateDay();
    if (this.dates === n) return timestamp();
    return undefined;
  }
}

/** A readable name for an Arrow type: `int32`, `float64`, `utf8`, `bool`, `date`, `list<utf8>`… */
export function typeName(type: DataType): string {
  switch (type.typeId) {
    case Type.Dictionary:
      return typeName(type.dictionary);
    case Type.Null:
      return 'null';
    case Type.Int:
      return `${type.signed ? 'int' : 'uint'}${type.bitWidth}`;
    case Type.Float:
      return ['float16', 'float32', 'float64'][type.precision] ?? 'float';
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
      return 'utf8';
    case Type.Binary:
    case Type.LargeBinary:
    case Type.BinaryView:
    case Type.FixedSizeBinary:
      return 'binary';
    case Type.Bool:
      return 'bool';
    case Type.Decimal:
      return 'decimal';
    case Type.Date:
      return 'date';
    case Type.Time:
      return 'time';
    case Type.Timestamp:
      return 'timestamp';
    case Type.Interval:
      return 'interval';
    case Type.Duration:
      return 'duration';
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList:
    case Type.ListView:
    case Type.LargeListView:
      return `list<${typeName(type.children[0].type)}>`;
    case Type.Struct:
      return 'struct';
    case Type.Map:
      return 'map';
    case Type.Union:
      return 'union';
    case Type.RunEndEncoded:
      return typeName(type.children[1].type);
    default:
      return 'unknown';
  }
}
