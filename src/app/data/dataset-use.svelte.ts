import type { ColumnNote, CsvDialect } from '../../core/data/csv/types.ts';
import type { ErrorParams } from '../../core/errors/index.ts';
import type { DatasetEvent } from '../../core/runtime/events.ts';

/** What the runner did with one pinned dataset's bytes, and whether the panel may ask about it. */
export interface DatasetUseState {
  /** The pinned hash this is about: a re-pin starts afresh. */
  sha256: string;
  /** Tables the runner made of these bytes (each `parse-end`); cells read them. */
  tables: number;
  /** The person pinned these bytes here (add, re-pin, forced type): they want to see them. */
  pinned: boolean;
  /** Why the runner's last parse of these bytes failed (English text, code and params for the
   * page to word it); cleared by a parse that ends well. */
  parseError?: { message: string; code?: string; params?: ErrorParams };
  /** The dialect the runner's last parse read a csv/tsv file with (detected, or pinned). */
  dialect?: CsvDialect;
  /** What a reader should know about how that parse read the columns. */
  notes?: ColumnNote[];
}

/**
 * Which datasets the data panel may ask the runner about. Asking makes the runner parse the
 * bytes, so the panel asks only about a dataset that a cell read into a table, or that the person
 * just pinned here, and never about one whose parse failed: the failure is reported as the
 * runner's `parse-error` said it, once. (Asking again after each failure would make the runner
 * parse for ever: a failed parse is not cached, and each one was a new reason to ask.)
 */
export class DatasetUse {
  /** By name and hash: a parse of the bytes pinned before a re-pin may still report. */
  #by: Record<string, DatasetUseState> = $state({});

  /** The use of `name`'s bytes `sha256`. */
  of(name: string, sha256: string): DatasetUseState | undefined {
    const key = keyOf(name, sha256);
    return Object.hasOwn(this.#by, key) ? this.#by[key] : undefined;
  }

  /** True when the panel may ask the runner for the rows and types of `name`. */
  askable(name: string, sha256: string): boolean {
    const use = this.of(name, sha256);
    return !!use && use.parseError === undefined && (use.tables > 0 || use.pinned);
  }

  /** The person pinned `sha256` as `name` (anew, or with other forced types). */
  pinned(name: string, sha256: string) {
    this.forget(name);
    this.#by[keyOf(name, sha256)] = { sha256, tables: 0, pinned: true };
  }

  /** Forgets every use of `name` (removed, or pinned anew). */
  forget(name: string) {
    const prefix = keyOf(name, '');
    this.#by = Object.fromEntries(
      Object.entries(this.#by).filter(([key]) => !key.startsWith(prefix)),
    );
  }

  /** The runner's dataset events. */
  note(event: DatasetEvent) {
    // Marks let tests and benchmarks count the runner's parses; only the page can read them.
    performance.mark(`algobook:${event.kind}:${event.dataset}`);
    if (event.kind === 'parse-start') return;
    const base = this.of(event.dataset, event.sha256) ?? {
      sha256: event.sha256,
      tables: 0,
      pinned: false,
    };
    this.#by[keyOf(event.dataset, event.sha256)] =
      event.kind === 'parse-end'
        ? {
            ...base,
            tables: base.tables + 1,
            parseError: undefined,
            dialect: event.dialect,
            notes: event.notes,
          }
        : { ...base, parseError: { message: event.error, code: event.code, params: event.params } };
  }
}

const keyOf = (name: string, sha256: string) => `${name}\u0000${sha256}`;
