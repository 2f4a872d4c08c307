/**
 * How a table cell reads: numbers with the locale's grouping and every significant digit,
 * dates in ISO 8601 (unambiguous in every language), null apart from empty text.
 */

export type CellKind = 'null' | 'number' | 'date' | 'boolean' | 'text';

export interface FormattedCell {
  kind: CellKind;
  text: string;
}

/** Column types whose values line up on the right: integers, floats, decimals. */
export function isNumericType(type: string): boolean {
  return /^(u?int|float|decimal|double|number)/i.test(type);
}

// Creating an Intl.NumberFormat costs far more than using one; a table formats thousands.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, scientific: boolean): Intl.NumberFormat {
  const key = `${locale}|${scientific ? 'e' : ''}`;
  let format = formats.get(key);
  if (!format) {
    // ICU formats a double from its shortest round-trip digits, so a wide maximum adds no noise.
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: MAX_FRACTION_DIGITS,
      notation: scientific ? 'scientific' : 'standard',
    });
    formats.set(key, format);
  }
  return format;
}

/** The most Intl allows everywhere (browsers allow 100, Node 20 only 20). */
const MAX_FRACTION_DIGITS = 20;

// A page's first Intl number format loads ICU data: 20 to 70 ms, measured in Chromium. Pay it
// while the page is idle, not in the task that shows the first table.
if (typeof requestIdleCallback === 'function' && typeof navigator !== 'undefined') {
  requestIdleCallback(() => numberFormat(navigator.language, false).format(0.5));
}

/**
 * A number with the locale's separators and exactly the digits of its shortest round-trip form
 * (`String(x)`), so no precision is lost to display and no float noise is added.
 */
export function formatNumber(x: number, locale: string): string {
  const shortest = String(x);
  const dot = shortest.indexOf('.');
  // Scientific where String is, and where plain notation would need too many decimals.
  const scientific =
    shortest.includes('e') || (dot >= 0 && shortest.length - dot - 1 > MAX_FRACTION_DIGITS);
  const text = numberFormat(locale, scientific).format(x);
  // -0 is a value of its own in data (a rounded small negative): keep its sign.
  return Object.is(x, -0) && !text.startsWith('-') ? `-${text}` : text;
}

/** A date as ISO 8601 in UTC, shortened when the time is midnight or has no seconds. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, -14);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, -8)}Z`;
  if (iso.endsWith('.000Z')) return `${iso.slice(0, -5)}Z`;
  return iso;
}

const MAX_NESTED_CHARS = 200;

// Lists and structs: a compact JSON-like line, cut short, enough to recognise the value.
function formatNested(value: object): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)) ??
      String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_NESTED_CHARS ? `${text.slice(0, MAX_NESTED_CHARS - 1)}…` : text;
}

/** The text and kind of one cell value, as decoded from Arrow. */
export function formatCell(value: unknown, locale: string): FormattedCell {
  if (value === null || value === undefined) return { kind: 'null', text: 'null' };
  switch (typeof value) {
    case 'number':
      return { kind: 'number', text: formatNumber(value, locale) };
    case 'bigint':
      return { kind: 'number', text: numberFormat(locale, false).format(value) };
    case 'boolean':
      return { kind: 'boolean', text: String(value) };
    case 'string':
      return { kind: 'text', text: value };
    case 'object':
      if (value instanceof Date) return { kind: 'date', text: formatDate(value) };
      if (value instanceof Uint8Array) return { kind: 'text', text: `<${value.length} bytes>` };
      return { kind: 'text', text: formatNested(value) };
    default:
      return { kind: 'text', text: String(value) };
  }
}
