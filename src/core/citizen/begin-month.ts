import { isMonthOrDay } from '../format/transparency.ts';

/**
 * The card's `begin` as a month a person reads in `lang` ("March 2024", "mars 2024"), in UTC so
 * that every machine shows the same month. A stored day shows as its month: registers ask when
 * use began, to the month. Text that is not a month or a day is returned as written.
 */
export function beginMonth(begin: string, lang: string): string {
  const value = begin.trim();
  if (!isMonthOrDay(value)) return begin;
  const [year, month] = value.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    date,
  );
}
