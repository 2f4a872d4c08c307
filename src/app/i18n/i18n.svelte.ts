import {
  isLocale,
  formatCount,
  formatMessage,
  pickLocale,
  type Dictionary,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './format.ts';
import { browserLocaleStore, type LocaleStore, type StoredLocale } from './locale-store.ts';
import { whenIdle } from '../shell/when-idle.ts';

export { locales, isLocale, type Locale, type MessageKey, type MessageParams } from './format.ts';

/** Where each language's dictionary comes from. */
export type DictionaryLoaders = Record<Locale, () => Promise<Dictionary>>;

// One chunk per language: a page loads the dictionary it shows, and the other one only when the
// person switches (issue 15: both were a third of the page's first JS).
const chunks: DictionaryLoaders = {
  en: () => import('./en.ts').then((m) => m.en),
  fr: () => import('./fr.ts').then((m) => m.fr),
};

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

/**
 * How long the page waits for the stored choice before it shows the browser's language: the
 * app renders nothing until the language is known, and a storage that never answers (a broken
 * profile, a browser's private mode) must not leave the page blank.
 */
export const STORE_PATIENCE_MS = 1500;
const NOTHING_STORED: StoredLocale = { locale: null, legacyMoved: true };

/** `promise`'s value, or `fallback` if it has not settled within `ms`. */
function withinTime<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

// Screen readers pick their pronunciation from the document language.
function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * The reactive translator: components that call `t` re-render when the locale changes. It shows
 * nothing until the chosen language is known (the stored choice is read from IndexedDB, which
 * answers in a later task: see locale-store.ts) and its dictionary is there (`ready`; the app
 * waits for it), so a French reader never sees English flash first. A key missing from a
 * dictionary falls back to English, the reference, loaded then if it was not.
 */
export class I18n {
  locale: Locale = $state(pickLocale(null, browserLanguages()));
  /** Whether the stored choice has been read: before, `locale` is only the browser's guess. */
  private known = $state(false);
  /** The dictionaries loaded so far. */
  private loaded: Partial<Record<Locale, Dictionary>> = $state.raw({});
  /** Loads under way (not state: never shown). */
  private readonly loading: Partial<Record<Locale, Promise<Dictionary>>> = {};
  /** The last locale asked for: a slower earlier switch must not win over it. */
  private wanted: Locale;
  /** Whether the reader chose a language on this page (an earlier version's choice then yields). */
  private chosen = false;
  /** Settles when the first locale's dictionary is loaded. */
  readonly whenReady: Promise<void>;

  private readonly loaders: DictionaryLoaders;
  private readonly store: LocaleStore;

  constructor(loaders: DictionaryLoaders = chunks, store: LocaleStore = browserLocaleStore) {
    this.loaders = loaders;
    this.store = store;
    this.wanted = this.locale;
    // Most readers never chose another language than their browser's: its dictionary is fetched
    // while the stored choice is read, and is the only one fetched when they agree.
    const guess = this.locale;
    void this.load(guess).catch(() => {});
    // A language whose chunk cannot be fetched gives way to English; if neither comes, the page
    // stays as empty as it would without its own main chunk.
    this.whenReady = withinTime(store.read(), STORE_PATIENCE_MS, NOTHING_STORED)
      .then((stored) => {
        const locale = pickLocale(stored.locale, browserLanguages());
        this.locale = this.wanted = locale;
        this.known = true;
        applyToDocument(locale);
        if (!stored.legacyMoved) void whenIdle(5000).then(() => this.moveLegacy(stored.locale));
        return this.load(locale);
      })
      .then(
        () => undefined,
        () => {
          if (this.locale === 'en') return;
          this.locale = 'en';
          applyToDocument('en');
          return this.load('en').then(() => undefined);
        },
      )
      .catch(() => undefined);
  }

  /** Whether the language is known and its dictionary loaded (before, the app shows nothing). */
  get ready(): boolean {
    return this.known && this.loaded[this.locale] !== undefined;
  }

  /**
   * Moves an earlier version's choice (`localStorage`, read synchronously) to the store, once,
   * when the page is idle, and shows it if the reader has not chosen since: a reader who chose
   * a language before this version sees it switch once, on their first visit with it.
   */
  private moveLegacy(stored: string | null): void {
    const legacy = this.store.takeLegacy();
    void this.store.markLegacyMoved();
    if (stored !== null || this.chosen || legacy === null || !isLocale(legacy)) return;
    void this.setLocale(legacy);
  }

  /** Loads `locale`'s dictionary, once; a failed load is tried again on the next call. */
  load = (locale: Locale): Promise<Dictionary> => {
    const have = this.loaded[locale];
    if (have) return Promise.resolve(have);
    let pending = this.loading[locale];
    if (!pending) {
      pending = this.loaders[locale]().then((dictionary) => {
        this.loaded = { ...this.loaded, [locale]: dictionary };
        return dictionary;
      });
      pending.catch(() => delete this.loading[locale]);
      this.loading[locale] = pending;
    }
    return pending;
  };

  /**
   * Switch the interface language and remember the choice. The switch happens once the
   * language's dictionary is loaded: at once when it is, otherwise when its chunk arrives.
   */
  setLocale = (locale: Locale): Promise<void> => {
    this.wanted = locale;
    this.chosen = true;
    void this.store.write(locale);
    const apply = () => {
      if (this.wanted !== locale) return;
      this.locale = locale;
      applyToDocument(locale);
    };
    if (this.loaded[locale]) {
      apply();
      return Promise.resolve();
    }
    return this.load(locale).then(apply);
  };

  /** The message `key` in the current locale, `{name}` placeholders replaced from `params`. */
  t = (key: MessageKey, params?: MessageParams): string =>
    formatMessage(this.message(key), params, this.locale);

  /** A count with the locale's digit grouping: `1,000,000` or `1 000 000`. */
  formatNumber = (n: number): string => formatCount(n, this.locale);

  private message(key: MessageKey): string {
    const own = this.loaded[this.locale]?.[key];
    if (own !== undefined) return own;
    const reference = this.loaded.en;
    if (reference) return reference[key] ?? key;
    // English arrives in a moment and the message re-renders; the key shows meanwhile.
    void this.load('en').catch(() => {});
    return key;
  }
}

/** The app's one translator; read `i18n.locale` for the current locale. */
export const i18n = new I18n();
export const t = i18n.t;
export const setLocale = i18n.setLocale;
export const formatNumber = i18n.formatNumber;
