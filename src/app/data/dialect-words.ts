import type { CsvDialect } from '../../core/data/csv/types.ts';
import { t } from '../i18n/i18n.svelte.ts';

/** The keys of a dialect, in the order the panel shows them and `csv:` writes them. */
export const DIALECT_KEYS = ['delimiter', 'decimal', 'encoding', 'dates', 'header'] as const;

/** What a key of the dialect is called on the page ("Separator"). */
export function dialectField(key: keyof CsvDialect): string {
  return t(`panel.dialect.${key}`);
}

/** A value of the dialect in words, never as a symbol: "semicolon", "point-virgule". */
export function dialectWord<K extends keyof CsvDialect>(key: K, value: CsvDialect[K]): string {
  return WORDS[key](value);
}

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;
const ENCODINGS = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1252': 'windows1252',
} as const;

const WORDS: { [K in keyof CsvDialect]: (value: CsvDialect[K]) => string } = {
  delimiter: (value) => t(`panel.delimiter.${DELIMITERS[value]}`),
  decimal: (value) => t(value === ',' ? 'panel.decimal.comma' : 'panel.decimal.point'),
  encoding: (value) => t(`panel.encoding.${ENCODINGS[value]}`),
  dates: (value) => t(`panel.dates.${value}`),
  header: (value) => t(value ? 'panel.header.yes' : 'panel.header.no'),
};
