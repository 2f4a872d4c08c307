/**
 * Where the reader's choice of interface language is kept: IndexedDB, read asynchronously.
 *
 * Earlier versions kept it in `localStorage`, whose first read in a page is a synchronous call
 * to the browser process: cheap on an idle machine, up to 150 ms on a busy one, inside the task
 * that evaluates the app's first chunks (issue 15: no task over 50 ms during load). IndexedDB
 * answers in a later task and blocks nothing. The old key is read once, after the page is up
 * (`legacyLocale`), and moved over.
 */

/** The reader's stored choice, and whether the one of an earlier version was already moved. */
export interface StoredLocale {
  locale: string | null;
  legacyMoved: boolean;
}

/** Reads and writes the choice; every method settles, storage errors mean "nothing stored". */
export interface LocaleStore {
  read(): Promise<StoredLocale>;
  write(locale: string): Promise<void>;
  /** Records that the earlier version's choice was moved over (or that there was none). */
  markLegacyMoved(): Promise<void>;
  /** The earlier version's choice, removed from where it was; null when there is none. */
  takeLegacy(): string | null;
}

const DB_NAME = 'algobook-settings';
const STORE = 'settings';
const LOCALE_KEY = 'locale';
const MOVED_KEY = 'legacy-locale-moved';

/** The `localStorage` keys of earlier versions: the language, and a catalog a link planted. */
export const LEGACY_LOCALE_KEY = 'algobook.locale';
const LEGACY_CATALOG_KEY = 'algobook.catalog';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (!opening) {
    const factory = globalThis.indexedDB;
    if (!factory) return Promise.reject(new Error('no IndexedDB'));
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    opening = request(req);
    opening.catch(() => (opening = null));
  }
  return opening;
}

async function get(key: string): Promise<unknown> {
  const db = await open();
  return request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
}

async function put(key: string, value: unknown): Promise<void> {
  const db = await open();
  await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(value, key));
}

/** The app's store: IndexedDB, and the earlier versions' `localStorage` for the move. */
export const browserLocaleStore: LocaleStore = {
  async read() {
    try {
      const [locale, moved] = await Promise.all([get(LOCALE_KEY), get(MOVED_KEY)]);
      return { locale: typeof locale === 'string' ? locale : null, legacyMoved: moved === true };
    } catch {
      // Privacy modes and sandboxed frames: no storage, nothing to move either.
      return { locale: null, legacyMoved: true };
    }
  },
  write: (locale) => put(LOCALE_KEY, locale).catch(() => {}),
  markLegacyMoved: () => put(MOVED_KEY, true).catch(() => {}),
  takeLegacy() {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return null;
      const locale = storage.getItem(LEGACY_LOCALE_KEY);
      storage.removeItem(LEGACY_LOCALE_KEY);
      // A catalog named by `?catalog=` once swapped the site's catalog for good: not kept.
      storage.removeItem(LEGACY_CATALOG_KEY);
      return locale;
    } catch {
      return null;
    }
  },
};
