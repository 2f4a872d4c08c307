import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/app/i18n/en.ts';
import { fr } from '../../../src/app/i18n/fr.ts';
import type { Dictionary, Locale } from '../../../src/app/i18n/format.ts';
import { I18n, STORE_PATIENCE_MS } from '../../../src/app/i18n/i18n.svelte.ts';
import type { LocaleStore } from '../../../src/app/i18n/locale-store.ts';

/** A store holding `stored` (and an earlier version's `legacy` choice), as IndexedDB would. */
function fakeStore(stored: string | null, legacy: string | null = null) {
  const saved = { locale: stored, legacyMoved: false, legacy };
  const store: LocaleStore = {
    read: async () => ({ locale: saved.locale, legacyMoved: saved.legacyMoved }),
    write: async (locale) => void (saved.locale = locale),
    markLegacyMoved: async () => void (saved.legacyMoved = true),
    takeLegacy: () => {
      const taken = saved.legacy;
      saved.legacy = null;
      return taken;
    },
  };
  return { store, saved };
}

function browserLanguage(language: string) {
  vi.stubGlobal('navigator', { language, languages: [language] });
}

/** A translator with the app's own dictionaries, `stored` as the stored choice. */
async function load(stored: string | null, language: string, legacy: string | null = null) {
  browserLanguage(language);
  const { store, saved } = fakeStore(stored, legacy);
  const i18n = new I18n(undefined, store);
  await i18n.whenReady;
  return { i18n, t: i18n.t, setLocale: i18n.setLocale, formatNumber: i18n.formatNumber, saved };
}

/** A translator whose dictionaries come from `dictionaries`, counting the loads. */
function counted(stored: Locale, dictionaries: Record<Locale, Dictionary> = { en, fr }) {
  browserLanguage(stored);
  const loads: Locale[] = [];
  const loader = (locale: Locale) => async () => {
    loads.push(locale);
    return dictionaries[locale];
  };
  const i18n = new I18n({ en: loader('en'), fr: loader('fr') }, fakeStore(stored).store);
  return { i18n, loads };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('i18n', () => {
  it("shows the browser's language when the stored choice never comes", async () => {
    vi.useFakeTimers();
    try {
      browserLanguage('fr-FR');
      const silent: LocaleStore = {
        ...fakeStore(null).store,
        read: () => new Promise(() => {}),
      };
      const i18n = new I18n(undefined, silent);
      await vi.advanceTimersByTimeAsync(STORE_PATIENCE_MS - 1);
      expect(i18n.ready).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await i18n.whenReady;
      expect(i18n.ready).toBe(true);
      expect(i18n.locale).toBe('fr');
    } finally {
      vi.useRealTimers();
    }
  });

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
    const { i18n, setLocale, t, saved } = await load(null, 'en-GB');
    expect(t('error.label')).toBe('Error');
    await setLocale('fr');
    expect(i18n.locale).toBe('fr');
    expect(t('error.label')).toBe('Erreur');
    expect(saved.locale).toBe('fr');
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

describe('the stored choice', () => {
  it('is read asynchronously: nothing is ready before it is known, even with a dictionary there', async () => {
    browserLanguage('en-US');
    let answer: (stored: { locale: string | null; legacyMoved: boolean }) => void = () => {};
    const store: LocaleStore = {
      ...fakeStore(null).store,
      read: () => new Promise((resolve) => (answer = resolve)),
    };
    const i18n = new I18n({ en: async () => en, fr: async () => fr }, store);
    await i18n.load('en');
    expect(i18n.ready).toBe(false);
    answer({ locale: 'fr', legacyMoved: true });
    await i18n.whenReady;
    expect(i18n.locale).toBe('fr');
    expect(i18n.ready).toBe(true);
    expect(i18n.t('error.label')).toBe('Erreur');
  });

  it("moves an earlier version's choice over once, when idle, and shows it", async () => {
    const { i18n, saved } = await load(null, 'en-US', 'fr');
    expect(i18n.locale).toBe('en');
    await vi.waitFor(() => expect(i18n.locale).toBe('fr'));
    expect(saved).toEqual({ locale: 'fr', legacyMoved: true, legacy: null });
  });

  it("keeps a choice made with this version over an earlier version's", async () => {
    const { i18n, saved } = await load('en', 'en-US', 'fr');
    await vi.waitFor(() => expect(saved.legacyMoved).toBe(true));
    expect(i18n.locale).toBe('en');
    expect(saved.locale).toBe('en');
  });
});

describe('a dictionary that cannot be fetched', () => {
  it('gives way to English', async () => {
    browserLanguage('fr');
    const i18n = new I18n(
      {
        en: async () => en,
        fr: () => Promise.reject(new Error('offline')),
      },
      fakeStore('fr').store,
    );
    await i18n.whenReady;
    expect(i18n.locale).toBe('en');
    expect(i18n.ready).toBe(true);
    expect(i18n.t('error.label')).toBe('Error');
  });
});
