import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { fr } from '../../../src/app/i18n/fr.ts';
import type { Dictionary, Locale } from '../../../src/app/i18n/format.ts';

function fakeGlobals(stored: string | null, language: string) {
  const store = new Map<string, string>(stored === null ? [] : [['algobook.locale', stored]]);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  });
  vi.stubGlobal('navigator', { language, languages: [language] });
  return store;
}

// The translator reads storage and the browser language when its module loads: give it a fresh
// module and fake globals for each case.
async function load(stored: string | null, language: string) {
  const store = fakeGlobals(stored, language);
  vi.resetModules();
  const module = await import('../../../src/app/i18n/i18n.svelte.ts');
  await module.i18n.whenReady;
  return { ...module, store };
}

const { I18n } = await import('../../../src/app/i18n/i18n.svelte.ts');

/** A translator whose dictionaries come from `dictionaries`, counting the loads. */
function counted(stored: Locale, dictionaries: Record<Locale, Dictionary> = { en, fr }) {
  fakeGlobals(stored, stored);
  const loads: Locale[] = [];
  const loader = (locale: Locale) => async () => {
    loads.push(locale);
    return dictionaries[locale];
  };
  const i18n = new I18n({ en: loader('en'), fr: loader('fr') });
  return { i18n, loads };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('i18n', () => {
  it('starts from navigator.language', async () => {
    const { i18n, t } = await load(null, 'fr-FR');
    expect(i18n.locale).toBe('fr');
    expect(t('code.summary')).toBe('Code');
    expect(t('chart.downloadPng')).toBe('Télécharger en PNG');
  });

  it('starts from the stored choice over the browser language', async () => {
    const { i18n } = await load('en', 'fr-FR');
    expect(i18n.locale).toBe('en');
  });

  it('setLocale(locale) switches t and persists the choice', async () => {
    const { i18n, setLocale, t, store } = await load(null, 'en-GB');
    expect(t('error.label')).toBe('Error');
    await setLocale('fr');
    expect(i18n.locale).toBe('fr');
    expect(t('error.label')).toBe('Erreur');
    expect(store.get('algobook.locale')).toBe('fr');
  });

  it('formatNumber(n) follows the locale', async () => {
    const { formatNumber, setLocale } = await load('en', 'en');
    expect(formatNumber(1234567)).toBe('1,234,567');
    await setLocale('fr');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
  });
});

describe('one dictionary at a time', () => {
  it('loads only the chosen language, and is ready once it is there', async () => {
    const { i18n, loads } = counted('fr');
    expect(i18n.ready).toBe(false);
    await i18n.whenReady;
    expect(i18n.ready).toBe(true);
    expect(loads).toEqual(['fr']);
    expect(i18n.t('error.label')).toBe('Erreur');
  });

  it('loads the other language when switched to, once', async () => {
    const { i18n, loads } = counted('fr');
    await i18n.whenReady;
    await i18n.setLocale('en');
    expect(i18n.locale).toBe('en');
    expect(i18n.t('error.label')).toBe('Error');
    await i18n.setLocale('fr');
    await i18n.setLocale('en');
    expect(loads).toEqual(['fr', 'en']);
  });

  it('keeps the language until the new dictionary is there (no key flashes)', async () => {
    const { i18n } = counted('fr');
    await i18n.whenReady;
    const switching = i18n.setLocale('en');
    expect(i18n.locale).toBe('fr');
    expect(i18n.t('error.label')).toBe('Erreur');
    await switching;
    expect(i18n.locale).toBe('en');
  });

  it('the last switch wins over a slower earlier one', async () => {
    const { i18n } = counted('en');
    await i18n.whenReady;
    const toFrench = i18n.setLocale('fr');
    await i18n.setLocale('en');
    await toFrench;
    expect(i18n.locale).toBe('en');
  });

  it('a key missing in French falls back to English', async () => {
    const partial: Record<string, string> = { ...fr };
    delete partial['error.label'];
    const { i18n, loads } = counted('fr', { en, fr: partial as Dictionary });
    await i18n.whenReady;
    expect(i18n.t('code.summary')).toBe('Code');
    // English is fetched for the missing key, and the message is English once it is there.
    await i18n.load('en');
    expect(loads).toEqual(['fr', 'en']);
    expect(i18n.t('error.label')).toBe('Error');
  });
});

describe('a dictionary that cannot be fetched', () => {
  it('gives way to English', async () => {
    fakeGlobals('fr', 'fr');
    const i18n = new I18n({
      en: async () => en,
      fr: () => Promise.reject(new Error('offline')),
    });
    await i18n.whenReady;
    expect(i18n.locale).toBe('en');
    expect(i18n.ready).toBe(true);
    expect(i18n.t('error.label')).toBe('Error');
  });
});
