import {
  formatCount,
  pickLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './translate.ts';

export {
  locales,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './translate.ts';

const STORAGE_KEY = 'algobook.locale';

// Storage can be missing (Node, tests) or throw (privacy modes, sandboxed frames).
function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeStored(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisting is fine: the choice still holds for this page.
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

// Screen readers pick their pronunciation from the document language.
function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The reactive translator: components that call `t` re-render when the locale changes. */
class I18n {
  locale: Locale = $state(pickLocale(readStored(), browserLanguages()));

  constructor() {
    applyToDocument(this.locale);
  }

  /** Switch the interface language and remember the choice. */
  setLocale = (locale: Locale): void => {
    this.locale = locale;
    writeStored(locale);
    applyToDocument(locale);
  };

  /** The message `key` in the current locale, `{name}` placeholders replaced from `params`. */
  t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

  /** A count with the locale's digit grouping: `1,000,000` or `1 000 000`. */
  formatNumber = (n: number): string => formatCount(n, this.locale);
}

/** The app's one translator; read `i18n.locale` for the current locale. */
export const i18n = new I18n();
export const t = i18n.t;
export const setLocale = i18n.setLocale;
export const formatNumber = i18n.formatNumber;
