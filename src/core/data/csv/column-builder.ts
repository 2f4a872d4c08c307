import type { ColumnType } from '../../format/types.ts';
import type { InferredColumnType } from '../column-types.ts';
import type { ColumnNote } from './types.ts';
import {
  ANY,
  BOOL,
  convert,
  DATE,
  kindOfColumn,
  kindsOf,
  NUM,
  type ValueDialect,
} from './values.ts';

/** A value that spoiled a kind for its column, and its line. */
interface Spoiler {
  value: string;
  line: number;
}

/**
 * One column as it is read: its values converted to the kind all values so far share (boolean,
 * number, date, else text), as Arquero infers them but from every value, not the first 1,000.
 * When a value changes the kind, the values before it were converted to a kind that is no longer
 * the column's: `stale` says how many rows to read again, once, at the end. A column whose type
 * the author forced keeps its texts, converted at the end.
 */
export class ColumnBuilder {
  readonly values: unknown[] = [];
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

  constructor(
    readonly name: string,
    readonly dialect: ValueDialect,
    readonly forced: ColumnType | null = null,
  ) {}

  /** An empty cell. */
  addEmpty(): void {
    this.values.push(null);
  }

  /** A cell's text (not empty), on `line`. */
  add(text: string, line: number): void {
    const kinds = kindsOf(text, this.dialect);
    this.#see(kinds, text, line);
    this.values.push(this.forced ? text : convert(text, this.kind, this.dialect));
  }

  #see(kinds: number, text: string, line: number): void {
    ++this.#nonEmpty;
    if (kinds & NUM) ++this.#numbers;
    else this.#notNumber ??= { value: text, line };
    if (kinds & DATE) ++this.#dates;
    else this.#notDate ??= { value: text, line };
    if ((this.kinds & kinds) !== this.kinds) {
      this.kinds &= kinds;
      const kind = kindOfColumn(this.kinds);
      if (kind !== this.kind) {
        if (this.#typed > 0) this.stale = this.values.length;
        this.kind = kind;
        this.#typed = 0;
      }
    }
    ++this.#typed;
  }

  /** Converts again the text of row `row` (before `stale`), to the column's final kind. */
  refill(row: number, text: string): void {
    this.values[row] = convert(text, this.kind, this.dialect);
  }

  /** The type Arquero's inference gives this column (for a forced one, before forcing). */
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
    const spoiler = few(this.#numbers)
      ? { code: 'column-not-number', ...this.#notNumber }
      : few(this.#dates)
        ? { code: 'column-not-date', ...this.#notDate }
        : null;
    if (!spoiler?.value) return null;
    return {
      column: this.name,
      code: spoiler.code,
      params: { column: this.name, value: spoiler.value, line: spoiler.line ?? 0 },
    };
  }
}
