import type { Locale } from '../i18n/i18n.svelte.ts';

const UNITS = {
  en: ['bytes', 'kB', 'MB', 'GB'],
  fr: ['octets', 'ko', 'Mo', 'Go'],
} as const;

/** A byte count as people read it: `12.4 MB`, `12,4 Mo` (powers of 1000, like file managers). */
export function formatSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < 3) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number}\u00a0${UNITS[locale][unit]}`;
}

/** The first characters of a hash, enough to tell two apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** Today's date as the front matter stores it: `YYYY-MM-DD`. */
export function isoDate(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
