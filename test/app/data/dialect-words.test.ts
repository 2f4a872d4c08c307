import { afterEach, describe, expect, it } from 'vitest';
import { DIALECT_KEYS, dialectField, dialectWord } from '../../../src/app/data/dialect-words.ts';
import { setLocale } from '../../../src/app/i18n/i18n.svelte.ts';
import type { CsvDialect } from '../../../src/core/data/csv/types.ts';

const VALUES: { [K in keyof CsvDialect]: CsvDialect[K][] } = {
  delimiter: [',', ';', '\t', '|'],
  decimal: ['.', ','],
  encoding: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'],
  dates: ['iso', 'dmy', 'none'],
  header: [true, false],
};

const words = () =>
  DIALECT_KEYS.map((key) => [
    dialectField(key),
    ...VALUES[key].map((value: CsvDialect[typeof key]) => dialectWord(key, value as never)),
  ]);

afterEach(() => setLocale('en'));

describe('dialectWord(key, value)', () => {
  it('names each separator in words, never as its symbol, in English and French', () => {
    setLocale('en');
    expect(VALUES.delimiter.map((d) => dialectWord('delimiter', d))).toEqual([
      'comma',
      'semicolon',
      'tab',
      'vertical bar',
    ]);
    setLocale('fr');
    expect(VALUES.delimiter.map((d) => dialectWord('delimiter', d))).toEqual([
      'virgule',
      'point-virgule',
      'tabulation',
      'barre verticale',
    ]);
  });

  it('gives every key and value a distinct wording in each language', () => {
    for (const locale of ['en', 'fr'] as const) {
      setLocale(locale);
      for (const [field, ...values] of words()) {
        expect(field).not.toMatch(/^panel\./);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(value).not.toMatch(/^(panel\.|[,;|\t.]$)/);
      }
    }
    setLocale('en');
    const english = words().flat();
    setLocale('fr');
    const french = words().flat();
    // The French wording is not the English one, but for words the same in both.
    expect(french.filter((w, i) => w === english[i])).toEqual(['point (1.5)', 'UTF-8', 'Dates']);
  });
});
