import { afterEach, describe, expect, it, vi } from 'vitest';

// The translator reads storage and the browser language when its module loads: give it a fresh
// module and fake globals for each case.
async function load(stored: string | null, language: string) {
  const store = new Map<string, string>(stored === null ? [] : [['algobook.locale', stored]]);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  });
  vi.stubGlobal('navigator', { language, languages: [language] });
  vi.resetModules();
  const module = await import('../../../src/app/i18n/i18n.svelte.ts');
  return { ...module, store };
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
    setLocale('fr');
    expect(i18n.locale).toBe('fr');
    expect(t('error.label')).toBe('Erreur');
    expect(store.get('algobook.locale')).toBe('fr');
  });

  it('formatNumber(n) follows the locale', async () => {
    const { formatNumber, setLocale } = await load('en', 'en');
    expect(formatNumber(1234567)).toBe('1,234,567');
    setLocale('fr');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
  });
});
