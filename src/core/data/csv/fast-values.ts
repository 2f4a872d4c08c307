import { daysInMonth, utc } from './values.ts';

/**
 * Values read straight from the bytes, for the common ways of writing them, so that most fields
 * of a number or date column are never decoded. Each reader returns NaN when the bytes are
 * written some other way, and the caller then decodes the text and reads it with values.ts: so
 * these must give exactly what values.ts gives, or NaN.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];

const MINUS = 45;
const DOT = 46;
const COMMA = 44;

/** Where `readNumber` leaves the number it read. */
const SCRATCH = new Float64Array(1);

/** `readNumber`'s number, or NaN. */
export function simpleNumber(bytes: Uint8Array, start: number, end: number, mark: number): number {
  return readNumber(bytes, start, end, mark, SCRATCH) ? SCRATCH[0] : NaN;
}

/**
 * The number bytes [start, end) write as `-?d*[.d*][e[+-]d+]` (the decimal mark `mark`; no
 * exponent with a decimal comma), with at most 15 digits and a power of ten within 10^±22: then
 * the mantissa and the power are exact doubles, and one multiplication or division rounds once,
 * to the same double as JavaScript's `+text` (Clinger's fast path): left in `out[0]`, and true.
 * False otherwise. (A double returned from a call the engine does not inline is boxed: a heap
 * object a value; one written to a typed array is not.)
 */
export function readNumber(
  bytes: Uint8Array,
  start: number,
  end: number,
  mark: number,
  out: Float64Array,
): boolean {
  let p = start;
  let negative = false;
  if (bytes[p] === MINUS) {
    negative = true;
    ++p;
  }
  let mantissa = 0;
  let digits = 0;
  let d: number;
  while (p < end && (d = bytes[p] - 48) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    ++digits;
    ++p;
  }
  let scale = 0;
  if (p < end && bytes[p] === mark) {
    ++p;
    while (p < end && (d = bytes[p] - 48) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      ++digits;
      ++scale;
      ++p;
    }
  }
  if (digits === 0 || digits > 15) return false;
  let power = -scale;
  if (p < end && mark === DOT && (bytes[p] | 32) === 101) {
    // e or E, an optional sign, one to three digits
    let sign = 1;
    const b = bytes[++p];
    if (b === MINUS || b === 43) {
      sign = b === MINUS ? -1 : 1;
      ++p;
    }
    let exponent = 0;
    const from = p;
    while (p < end && (d = bytes[p] - 48) >= 0 && d <= 9) {
      exponent = exponent * 10 + d;
      ++p;
    }
    if (p === from || p - from > 3) return false;
    power += sign * exponent;
  }
  if (p !== end) return false;
  let value: number;
  if (power === 0) value = mantissa;
  else if (power > 0 && power <= 22) value = mantissa * POW10[power];
  else if (power < 0 && power >= -22) value = mantissa / POW10[-power];
  else return false;
  out[0] = negative ? -value : value;
  return true;
}

/** The decimal mark's byte. */
export function markOf(decimal: '.' | ','): number {
  return decimal === ',' ? COMMA : DOT;
}

/** Whether bytes [start, end) are four digits: a year, which Arquero reads as a date too. */
export function isYear(bytes: Uint8Array, start: number, end: number): boolean {
  return (
    end - start === 4 &&
    isDigit(bytes[start]) &&
    isDigit(bytes[start + 1]) &&
    isDigit(bytes[start + 2]) &&
    isDigit(bytes[start + 3])
  );
}

function isDigit(b: number): boolean {
  return b >= 48 && b <= 57;
}

function two(bytes: Uint8Array, p: number): number {
  const a = bytes[p] - 48;
  const b = bytes[p + 1] - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/** The UTC time of `yyyy-mm-dd` (ISO) or `dd/mm/yyyy` (when `dmy`) in bytes [start, end), or
 * NaN (another form, or a day that does not exist). */
export function simpleDate(bytes: Uint8Array, start: number, end: number, dmy: boolean): number {
  const day = simpleDay(bytes, start, end, dmy);
  return day === NO_DAY ? NaN : day * DAY;
}

/** `simpleDay` for no day. */
export const NO_DAY = -1e9;

/** `simpleDate` as days since 1970-01-01 (a small integer, never boxed), or `NO_DAY`. */
export function simpleDay(bytes: Uint8Array, start: number, end: number, dmy: boolean): number {
  if (end - start !== 10) return NO_DAY;
  let year: number;
  let month: number;
  let day: number;
  if (bytes[start + 4] === MINUS && bytes[start + 7] === MINUS) {
    year = two(bytes, start) * 100 + two(bytes, start + 2);
    month = two(bytes, start + 5);
    day = two(bytes, start + 8);
  } else if (dmy && bytes[start + 2] === 47 && bytes[start + 5] === 47) {
    day = two(bytes, start);
    month = two(bytes, start + 3);
    year = two(bytes, start + 6) * 100 + two(bytes, start + 8);
  } else return NO_DAY;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NO_DAY;
  return year >= 100 ? daysFromCivil(year, month, day) : utc(year, month, day) / DAY;
}

/** Milliseconds a day. */
export const DAY = 86_400_000;

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar, as Date.UTC counts them
 * (H. Hinnant's `days_from_civil`): arithmetic, not a call into the engine's date code. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `true` or `false` written in bytes [start, end); null for anything else. */
export function simpleBoolean(bytes: Uint8Array, start: number, end: number): boolean | null {
  const n = end - start;
  if (n === 4) {
    return bytes[start] === 116 && // t
      bytes[start + 1] === 114 && // r
      bytes[start + 2] === 117 && // u
      bytes[start + 3] === 101 // e
      ? true
      : null;
  }
  if (n === 5) {
    return bytes[start] === 102 && // f
      bytes[start + 1] === 97 && // a
      bytes[start + 2] === 108 && // l
      bytes[start + 3] === 115 && // s
      bytes[start + 4] === 101 // e
      ? false
      : null;
  }
  return null;
}
