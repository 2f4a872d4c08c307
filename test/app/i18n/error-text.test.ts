import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, listParam, type ErrorCode } from '../../../src/core/errors/index.ts';
import '../../../src/core/errors/french.ts';
import { errorMessagesFr } from '../../../src/core/errors/messages.fr.ts';
import { errorCatalogues, errorText, errorTitle } from '../../../src/app/i18n/error-text.ts';
import { locales } from '../../../src/app/i18n/translate.ts';

const CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A template that is only placeholders ("{detail}") is the same in every language. */
const onlyPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '').trim() === '';

describe('errorText(locale, code, params, fallback)', () => {
  it.each(CODES)('words %s in English and French, with the same parameters', (code) => {
    const en = errorCatalogues.en[code];
    const fr = errorMessagesFr[code];
    expect(en).toBeTruthy();
    expect(fr).toBeTruthy();
    expect(placeholders(fr)).toEqual(placeholders(en));
    if (!onlyPlaceholders(en)) expect(fr).not.toBe(en);
    for (const locale of locales) {
      const params = Object.fromEntries(placeholders(en).map((name) => [name, `<${name}>`]));
      const text = errorText(locale, code, params, 'fallback');
      expect(text).not.toBe('fallback');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('has a French text for every code and no other', () => {
    expect(errorCatalogues.fr).toBe(errorMessagesFr);
    expect(Object.keys(errorMessagesFr).sort()).toEqual([...CODES].sort());
  });

  it('fills in numbers and lists the way the language writes them', () => {
    expect(errorText('fr', 'chart-too-many-rows', { rows: 100001, max: 100000 }, '')).toMatch(
      /^chart\(\)\u00a0: les données ont 100\u202f001 lignes, plus que les 100\u202f000 /,
    );
    const cells = listParam(['6', '7']);
    expect(errorText('fr', 'duplicate-definition', { name: 'dup', cells }, '')).toBe(
      'dup est défini plusieurs fois (cellules 6 et 7)',
    );
    expect(errorText('en', 'duplicate-definition', { name: 'dup', cells }, '')).toBe(
      'dup is defined more than once (cells 6 and 7)',
    );
  });

  it('names the error of a failed input in the same language', () => {
    const params = {
      input: 'data',
      cause: 'unknown-dataset',
      name: 'x',
      known: 'a, b',
      message: 'Unknown dataset "x"; this notebook pins: a, b.',
    };
    expect(errorText('fr', 'input-failed', params, '')).toBe(
      'l’entrée «\u00a0data\u00a0» a échoué\u00a0: Jeu de données inconnu «\u00a0x\u00a0»\u00a0; ce carnet épingle\u00a0: a, b.',
    );
    expect(errorText('en', 'input-failed', params, '')).toBe(
      'input "data" failed: Unknown dataset "x"; this notebook pins: a, b.',
    );
    // A cause this version does not know: the English message of the input, as it came.
    expect(errorText('fr', 'input-failed', { input: 'data', message: 'boom' }, '')).toBe(
      'l’entrée «\u00a0data\u00a0» a échoué\u00a0: boom',
    );
  });

  it('keeps the message of an error without a code, or with a code it does not know', () => {
    expect(errorText('fr', undefined, undefined, 'my own error')).toBe('my own error');
    expect(errorText('fr', 'from-a-newer-version', { a: 1 }, 'as sent')).toBe('as sent');
  });
});

describe('errorTitle(locale, name, coded)', () => {
  it("translates algobook's own error names, and keeps a notebook's own", () => {
    expect(errorTitle('fr', 'Interrupted', true)).toBe('Interrompue');
    expect(errorTitle('en', 'Interrupted', true)).toBe('Interrupted');
    expect(errorTitle('fr', 'TypeError', false)).toBe('TypeError');
    expect(errorTitle('fr', 'MyError', true)).toBe('MyError');
  });
});
