import type { ColumnType } from '../../format/types.ts';
import type { InferredColumnType } from '../column-types.ts';
import {
  DAY,
  isYear,
  markOf,
  NO_DAY,
  readNumber,
  simpleBoolean,
  simpleDay,
} from './fast-values.ts';
import type { FieldText } from './field-text.ts';
import { PLAIN } from './records.ts';
import type { ColumnNote } from './types.ts';
import {
  ANY,
  BOOL,
  convert,
  DATE,
  kindOfColumn,
  kindsOf,
  NUM,
  toNumber,
  type ValueDialect,
} from './values.ts';

/** A field that spoiled a kind for its column: its bounds and line, decoded only for a note. */
interface Spoiler {
  start: number;
  end: number;
  how: number;
  line: number;
}

/**
 * One column as it is read: its values converted to the kind all values so far share (boolean,
 * number, date, else text), as Arquero infers them but from every value, not the first 1,000.
 * When a value changes the kind, the values before it were converted to a kind that is no longer
 * the column's: `stale` says how many rows to read again, once, at the end. A column whose type
 * the author forced keeps its texts, converted at the end.
 *
 * Plain fields of number and date columns are read from the bytes (fast-values.ts); a field
 * written another way is decoded and read by values.ts, which has the last word.
 *
 * Values are written by row into `values`, a plain array made by one of three functions (below):
 * after the first rows, a column of numbers without nulls gets an array of small integers or
 * one of unboxed doubles, every other an array of values, all sized for the rows the file is guessed to hold, so that
 * the array is not grown (and copied) as it fills.
 */
export class ColumnBuilder {
  /** The values by row; all of them once `seal`ed. */
  values: unknown[] = valueArray(0);
  /** The kinds (values.ts) every value so far can be read as. */
  kinds = ANY;
  /** The kind values are converted to now. */
  kind = kindOfColumn(ANY);
  /** Rows (from 0) before this one were converted to an earlier kind. */
  stale = 0;
  /** Non-empty values converted to `kind`. */
  #typed = 0;
  #nonEmpty = 0;
  #numbers = 0;
  #dates = 0;
  #notNumber: Spoiler | null = null;
  #notDate: Spoiler | null = null;
  /** Rows read so far. */
  #rows = 0;
  #nulls = 0;
  /** Where `readNumber` leaves a number. */
  readonly #number = new Float64Array(1);
  /** What `values` holds: values of any kind, or numbers only (see `reserve`). */
  #storage = VALUES;
  /** Whether a number that is not a small integer was read. */
  #fractions = false;
  readonly #bytes: Uint8Array;
  readonly #mark: number;
  readonly #dmy: boolean;
  readonly #noDates: boolean;

  constructor(
    readonly name: string,
    readonly dialect: ValueDialect,
    readonly text: FieldText,
    readonly forced: ColumnType | null = null,
  ) {
    this.#bytes = text.bytes;
    this.#mark = markOf(dialect.decimal);
    this.#dmy = dialect.dates === 'dmy';
    this.#noDates = dialect.dates === 'none';
  }

  /** Room for `rows` rows in all: call once, with a fair guess of the column's length. */
  reserve(rows: number): void {
    const numbers = this.kind === NUM && this.#nulls === 0 && !this.forced;
    this.#storage = !numbers ? VALUES : this.#fractions ? DOUBLES : INTEGERS;
    switch (this.#storage) {
      case INTEGERS:
        this.values = copyIntegers(this.values, integerArray(rows), this.#rows);
        break;
      case DOUBLES:
        this.values = copyNumbers(this.values, numberArray(rows), this.#rows);
        break;
      default:
        this.values = copyValues(this.values, valueArray(rows), this.#rows);
    }
  }

  /** An empty cell. */
  addEmpty(): void {
    if (this.#storage !== VALUES) this.#toValues();
    this.values[this.#rows++] = null;
    ++this.#nulls;
  }

  /** A cell (not empty) from its bounds (records.ts), on `line`. */
  add(start: number, end: number, how: number, line: number): void {
    if (how === PLAIN && !this.forced) {
      const kind = this.kind;
      if (kind === NUM || (kind === BOOL && this.kinds === ANY)) {
        const number = this.#number;
        const read = readNumber(this.#bytes, start, end, this.#mark, number);
        const n = number[0];
        // A year reads as a date too; a minus and six digits may be an expanded year (-002024,
        // a date when it exists): values.ts decides.
        if (read && !(end - start === 7 && n < 0 && Number.isInteger(n))) {
          const year = !this.#noDates && isYear(this.#bytes, start, end);
          this.#see(year ? NUM | DATE : NUM, start, end, how, line);
          if (this.kind === NUM) {
            this.#putNumber();
            return;
          }
        }
      } else if (kind === BOOL) {
        const value = simpleBoolean(this.#bytes, start, end);
        if (value !== null) {
          this.#see(BOOL, start, end, how, line);
          this.values[this.#rows++] = value;
          return;
        }
      } else if (kind === DATE) {
        const day = simpleDay(this.#bytes, start, end, this.#dmy);
        if (day !== NO_DAY) {
          this.#see(DATE, start, end, how, line);
          // The day, made a date at `seal`: all dates at once, not among the scan's garbage.
          this.values[this.#rows++] = day;
          return;
        }
      }
    }
    this.#addText(this.text.of(start, end, how), start, end, how, line);
  }

  #addText(text: string, start: number, end: number, how: number, line: number): void {
    this.#see(this.#kindsOf(text), start, end, how, line);
    if (this.kind === NUM && !this.forced) {
      this.#number[0] = toNumber(text, this.dialect.decimal);
      this.#putNumber();
    } else this.values[this.#rows++] = this.forced ? text : convert(text, this.kind, this.dialect);
  }

  /** Writes the number in `#number` (there, not an argument, to stay unboxed) to the next row. */
  #putNumber(): void {
    const n = this.#number[0];
    const row = this.#rows++;
    const small = n >= -SMALL && n < SMALL && Math.floor(n) === n && !(n === 0 && 1 / n < 0);
    if (this.#storage === INTEGERS) {
      if (small) {
        putInteger(this.values, row, n | 0);
        return;
      }
      this.values = copyNumbers(this.values, numberArray(this.values.length), row);
      this.#storage = DOUBLES;
    }
    if (this.#storage === DOUBLES) {
      putNumber(this.values, row, n);
      return;
    }
    // `n | 0`: a small integer the engine keeps unboxed (`n`, read from a Float64Array, is boxed).
    if (small) this.values[row] = n | 0;
    else {
      this.#fractions = true;
      this.values[row] = n;
    }
  }

  /** From numbers to values of any kind, before a null or a value of another kind is written. */
  #toValues(): void {
    this.values = copyValues(this.values, valueArray(this.values.length), this.#rows);
    this.#storage = VALUES;
  }

  #kindsOf(text: string): number {
    // Most text (words) starts with a letter that no number or date starts with: skip the
    // patterns. Numbers may start with a sign, a point, `I`nfinity, `N`aN or white space.
    const c = text.charCodeAt(0);
    if (
      c < 128 &&
      c > 32 &&
      !(c >= 43 && c <= 57) &&
      c !== 73 &&
      c !== 78 &&
      c !== 116 &&
      c !== 102
    ) {
      return 0;
    }
    return kindsOf(text, this.dialect);
  }

  #see(kinds: number, start: number, end: number, how: number, line: number): void {
    ++this.#nonEmpty;
    if (kinds & NUM) ++this.#numbers;
    else this.#notNumber ??= { start, end, how, line };
    if (kinds & DATE) ++this.#dates;
    else this.#notDate ??= { start, end, how, line };
    if ((this.kinds & kinds) !== this.kinds) {
      this.kinds &= kinds;
      const kind = kindOfColumn(this.kinds);
      if (kind !== this.kind) {
        if (this.#typed > 0) this.stale = this.#rows;
        this.kind = kind;
        this.#typed = 0;
        if (this.#storage !== VALUES) this.#toValues();
      }
    }
    ++this.#typed;
  }

  /** Ends `values` at the last row read: call once, after it, before `refill`. */
  seal(): void {
    this.values.length = this.#rows;
    if (this.kind === DATE && !this.forced) makeDates(this.values);
  }

  /** Converts again the text of row `row` (before `stale`), to the column's final kind. */
  refill(row: number, text: string): void {
    this.values[row] = convert(text, this.kind, this.dialect);
  }

  /** The type Arquero's inference gives this (forced) column, from its texts. */
  inferredType(): InferredColumnType {
    if (this.#nonEmpty === 0) return 'string';
    switch (this.kind) {
      case BOOL:
        return 'boolean';
      case NUM:
        return this.values.every(
          (v) => v === null || Number.isInteger(convert(v as string, NUM, this.dialect)),
        )
          ? 'integer'
          : 'number';
      case DATE:
        return 'date';
      default:
        return 'string';
    }
  }

  /**
   * Why a text column is not numbers or dates, when all its values but one, or but a tenth of
   * them at most, are: the first value that is not.
   */
  note(): ColumnNote | null {
    if (this.kind !== 0) return null;
    const few = (good: number) => {
      const bad = this.#nonEmpty - good;
      return good > bad && bad <= Math.max(1, this.#nonEmpty / 10);
    };
    const [code, spoiler] = few(this.#numbers)
      ? ['column-not-number', this.#notNumber]
      : few(this.#dates)
        ? ['column-not-date', this.#notDate]
        : [null, null];
    if (!code || !spoiler) return null;
    const value = this.text.of(spoiler.start, spoiler.end, spoiler.how);
    return { column: this.name, code, params: { column: this.name, value, line: spoiler.line } };
  }
}

// A function each, so an array-making site each: V8 remembers the kind of element the arrays
// a site made ended up holding, and starts the next ones so. A site shared with columns of
// nulls or dates would make later columns of decimals box every number.

/** What a column's `values` holds: values of any kind; unboxed doubles; small integers. */
const VALUES = 0;
const DOUBLES = 1;
const INTEGERS = 2;
/** Integers below this (in size) are small: the engine keeps them in an array unboxed. */
const SMALL = 2 ** 30;

/** An array of `rows` small integers (holes until written). */
function integerArray(rows: number): unknown[] {
  return new Array<unknown>(rows);
}

/** An array of `rows` doubles (holes until written). */
function numberArray(rows: number): unknown[] {
  const values = new Array<unknown>(rows);
  // Holds doubles from the start, not small integers until a first double (a copy).
  if (rows > 0) values[0] = 0.5;
  return values;
}

/** An array of `rows` values of any kind (holes until written). */
function valueArray(rows: number): unknown[] {
  return new Array<unknown>(rows);
}

// A loop for each, so that writing numbers never learns from writing other values: the engine
// would make a store that saw arrays of any kind turn arrays of doubles into such arrays.

/** Days (small integers, see `add`) to their dates, in place. */
function makeDates(values: unknown[]): void {
  for (let row = 0; row < values.length; ++row) {
    const day = values[row];
    if (typeof day === 'number') values[row] = new Date(day * DAY);
  }
}

function putNumber(values: unknown[], row: number, value: number): void {
  values[row] = value;
}

function putInteger(values: unknown[], row: number, value: number): void {
  values[row] = value;
}

function copyIntegers(from: unknown[], to: unknown[], rows: number): unknown[] {
  for (let row = 0; row < rows; ++row) to[row] = from[row];
  return to;
}

function copyNumbers(from: unknown[], to: unknown[], rows: number): unknown[] {
  for (let row = 0; row < rows; ++row) to[row] = from[row];
  return to;
}

function copyValues(from: unknown[], to: unknown[], rows: number): unknown[] {
  for (let row = 0; row < rows; ++row) to[row] = from[row];
  return to;
}
