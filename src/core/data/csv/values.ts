import type { CsvDates, CsvDecimal } from './types.ts';

/**
 * How one text value of a CSV file reads under a dialect. A value's *kinds* are the types it
 * could be read as, a bit set; a column's type is the first of boolean, number, date that all
 * its values share (Arquero's order), else text.
 */
export const BOOL = 1;
export const NUM = 2;
export const DATE = 4;
/** Every kind: a column that has only seen empty cells. */
export const ANY = BOOL | NUM | DATE;

/** The parts of a dialect that say how values read. */
export interface ValueDialect {
  decimal: CsvDecimal;
  dates: CsvDates;
}

/** The kinds `text` (not empty) can be read as. */
export function kindsOf(text: string, dialect: ValueDialect): number {
  if (text === 'true' || text === 'false') return BOOL;
  let kinds = 0;
  if (isNumber(text, dialect.decimal)) kinds |= NUM;
  if (dialect.dates !== 'none' && !Number.isNaN(dateTime(text, dialect.dates))) kinds |= DATE;
  return kinds;
}

/** Whether `text` reads as a number: as JavaScript's `+text` does (Arquero's rule), or with a
 * decimal comma and optional groups of thousands. */
export function isNumber(text: string, decimal: CsvDecimal): boolean {
  if (decimal === ',') return COMMA_NUMBER.test(text);
  return text === 'NaN' || !Number.isNaN(+text);
}

/** The number `text` reads as (it is one: see `isNumber`). */
export function toNumber(text: string, decimal: CsvDecimal): number {
  if (decimal === '.') return +text;
  return +text.replace(GROUP_SEPARATORS, '').replace(',', '.');
}

// A decimal-comma number: `5,663`, `-1,5`, `15917`, `15 917,5` (space, no-break space or narrow
// no-break space between groups of three digits).
const COMMA_NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:,\d+)?$/;
const GROUP_SEPARATORS = /[ \u00a0\u202f]/g;

// Arquero's ISO pattern (util/is-iso-date-string.js), with groups: an optional expanded-year
// prefix, the year, month, day, the time and its zone.
const ISO =
  /^([-+]\d{2})?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/;
// dd/mm/yyyy with an optional time, hh:mm or hh:mm:ss; one-digit days and months too.
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The time (ms since 1970, UTC) `text` reads as a date under `dates`, or NaN. ISO dates read as
 * `Date.parse` reads them, but a date-time without a zone is UTC (Date.parse would take the
 * machine's time zone) and a day the month does not have (2021-02-30, 2021-01-00) is no date
 * (Date.parse would roll it over into March, or read 2021-01-00 as a day of 2000). `dmy` reads dd/mm/yyyy [hh:mm[:ss]] and ISO dates.
 */
export function dateTime(text: string, dates: CsvDates): number {
  if (dates === 'none') return NaN;
  const iso = ISO.exec(text);
  if (iso) {
    const month = Number(iso[3] ?? 1);
    const day = Number(iso[4] ?? 1);
    const year = Number((iso[1] ?? '') + iso[2]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
    const local = iso[5] !== undefined && iso[6] === undefined;
    return Date.parse(local ? `${text}Z` : text);
  }
  if (dates !== 'dmy') return NaN;
  const dmy = DMY.exec(text);
  if (!dmy) return NaN;
  const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  const [hours, minutes, seconds] = [Number(dmy[4] ?? 0), Number(dmy[5] ?? 0), Number(dmy[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hours > 23 || minutes > 59 || seconds > 59) return NaN;
  return utc(year, month, day, hours, minutes, seconds);
}

/** The time of a day and hour in UTC; years 0 to 99 are those years, not 1900 to 1999. */
export function utc(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The days of a month (1 to 12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A text value converted to a column's kind (0 keeps the text). */
export function convert(text: string, kind: number, dialect: ValueDialect): unknown {
  switch (kind) {
    case BOOL:
      return text !== 'false';
    case NUM:
      return toNumber(text, dialect.decimal);
    case DATE:
      return new Date(dateTime(text, dialect.dates));
    default:
      return text;
  }
}

/** A column's kind from the kinds all its values share: the first of boolean, number, date, or
 * 0 for text. A column of empty cells only is boolean, as in Arquero (its values are all null). */
export function kindOfColumn(kinds: number): number {
  return kinds & BOOL ? BOOL : kinds & NUM ? NUM : kinds & DATE ? DATE : 0;
}
