import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { fr } from '../../../src/app/i18n/fr.ts';
import { formatMessage, pickLocale, translate } from '../../../src/app/i18n/translate.ts';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: string) => message.split('|').length;

describe('dictionaries', () => {
  it('fr has exactly the keys of en', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('fr uses the same placeholders and plural forms as en, key by key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholders(fr[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
      expect({ key, forms: forms(fr[key]) }).toEqual({ key, forms: forms(en[key]) });
    }
  });

  it('no message is empty', () => {
    for (const message of [...Object.values(en), ...Object.values(fr)])
      expect(message.trim()).not.toBe('');
  });
});

describe('pickLocale(stored, languages)', () => {
  it('prefers a stored locale', () => {
    expect(pickLocale('fr', ['en-US'])).toBe('fr');
  });
  it('ignores a stored value that is not a locale', () => {
    expect(pickLocale('de', ['fr-CA'])).toBe('fr');
  });
  it('takes the first browser language it knows, by its base', () => {
    expect(pickLocale(null, ['de-DE', 'FR-be', 'en'])).toBe('fr');
  });
  it('falls back to English', () => {
    expect(pickLocale(null, ['de', 'es'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
});

describe('formatMessage(message, params, locale)', () => {
  it('replaces {name} placeholders', () => {
    expect(formatMessage('line {line}, column {column}', { line: 3, column: 7 }, 'en')).toBe(
      'line 3, column 7',
    );
  });
  it('formats numbers with the locale digit grouping', () => {
    expect(formatMessage('{n}', { n: 1_000_000 }, 'en')).toBe('1,000,000');
    expect(formatMessage('{n}', { n: 1_000_000 }, 'fr')).toBe('1\u202f000\u202f000');
  });
  it('leaves an unknown placeholder visible', () => {
    expect(formatMessage('a {missing} b', {}, 'en')).toBe('a {missing} b');
  });
  it('picks the singular or plural form by count', () => {
    expect(formatMessage('{count} row|{count} rows', { count: 1 }, 'en')).toBe('1 row');
    expect(formatMessage('{count} row|{count} rows', { count: 0 }, 'en')).toBe('0 rows');
    // French counts 0 and 1 as singular.
    expect(formatMessage('{count} ligne|{count} lignes', { count: 0 }, 'fr')).toBe('0 ligne');
    expect(formatMessage('{count} ligne|{count} lignes', { count: 2 }, 'fr')).toBe('2 lignes');
  });
});

describe('translate(locale, key, params)', () => {
  it('names a million-row table in both languages', () => {
    expect(translate('en', 'table.label', { count: 1_000_000 })).toBe('Table: 1,000,000 rows');
    expect(translate('fr', 'table.label', { count: 1_000_000 })).toBe(
      'Tableau\u00a0: 1\u202f000\u202f000 lignes',
    );
  });
});
