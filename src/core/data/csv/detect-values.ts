import type { CsvDecimal } from './types.ts';

// Thousands grouped by a space, a no-break space (U+00A0) or a narrow no-break space (U+202F).
const COMMA_NUMBER = /^-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/;
const POINT_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DMY = /^\d{2}\/\d{2}\/\d{4}(?: \d{2}:\d{2})?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/** Whether a (trimmed) value reads as a number with this decimal mark. */
export function looksLikeNumber(value: string, decimal: CsvDecimal): boolean {
  return (decimal === ',' ? COMMA_NUMBER : POINT_NUMBER).test(value);
}

/** Whether a (trimmed) value reads as a date written this way. */
export function looksLikeDate(value: string, dates: 'iso' | 'dmy'): boolean {
  return (dates === 'dmy' ? DMY : ISO).test(value);
}

/**
 * Whether a column's values (empty ones left out) pass the test, all but one or all but a tenth
 * at most (and most of them): one bad value such as `n/a` does not hide a column's dialect from
 * detection. The parser keeps such a column as text and says why, by the same rule.
 */
export function mostly(values: string[] | undefined, test: (value: string) => boolean): boolean {
  if (!values?.length) return false;
  let bad = 0;
  for (const value of values) if (!test(value)) ++bad;
  return values.length - bad > bad && bad <= Math.max(1, values.length / 10);
}
