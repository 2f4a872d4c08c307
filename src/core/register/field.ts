import type { RegisterEntry } from './types.ts';

/**
 * Where a standard's field gets its value: a function of the register entry (its card, its
 * catalog listing), which gives null when the author left the card's field empty, or `unknown`
 * when algobook has nothing to fill it with. Nothing else is ever written in a field.
 */
export type FieldSource = 'unknown' | ((entry: RegisterEntry) => string | null);

/** One field of a public register's standard, as its own definition states it. */
export interface RegisterField {
  /** Its name in the standard: the JSON key, or the CSV column. */
  name: string;
  required: boolean;
  /** The standard's maximum length, in characters (Unicode code points, as JSON Schema counts). */
  maxLength?: number;
  /** The only values the standard allows, when it lists them. */
  allowed?: readonly string[];
  /** A list of values in the standard (the value filled in is its one item). */
  list?: boolean;
  /** The standard's section the field belongs to, for layouts grouped by section. */
  section?: string;
  source: FieldSource;
}
