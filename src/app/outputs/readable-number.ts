import { formatCell, formatNumber, type FormattedCell } from '../../core/runtime/format-cell.ts';

/**
 * Significant digits a number is shown with: more than any measurement carries, fewer than a
 * double's 15 to 17, so the noise of binary arithmetic goes (`237.20999999999998` is `237.21`,
 * `0.1 + 0.2` is `0.3`). The integer part is never cut.
 */
export const SIGNIFICANT_DIGITS = 12;

/** `x` rounded to what is worth showing; itself when nothing is lost (integers, short decimals). */
export function roundNoise(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const whole = Math.floor(Math.log10(Math.abs(x))) + 1;
  return Number(x.toPrecision(Math.min(100, Math.max(SIGNIFICANT_DIGITS, whole))));
}

/**
 * A number as a person reads it: the locale's separators (`237.21`, `237,21` in French) with
 * sensible precision. Only for showing: digests, copies and exports keep the exact value, which
 * the page offers beside (`exactNumber`, in a title).
 */
export function readableNumber(x: number, locale: string): string {
  return formatNumber(roundNoise(x), locale);
}

/** The exact value, as JavaScript writes it, when `readableNumber` rounds it away; else null. */
export function exactNumber(x: number): string | null {
  return roundNoise(x) === x ? null : String(x);
}

/** A table cell as shown: numbers readable (with their exact value when rounded), else `formatCell`. */
export function readableCell(value: unknown, locale: string): FormattedCell & { exact?: string } {
  if (typeof value !== 'number') return formatCell(value, locale);
  const exact = exactNumber(value);
  return { kind: 'number', text: readableNumber(value, locale), ...(exact ? { exact } : {}) };
}
