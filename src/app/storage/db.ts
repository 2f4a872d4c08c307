/**
 * The browser database `algobook`: its schema and how to open it.
 *
 * The schema grows by appending steps to `MIGRATIONS`; the database version is the number of
 * steps, so a browser that last saw version N runs exactly the steps after N, in order.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DatasetRecord } from './dataset-cache.ts';
import type { DecisionRecord } from './decisions.ts';
import type { DraftRecord } from './drafts.ts';
import type { VersionRecord } from './versions.ts';

/** Every store of the database, typed for `idb`. New stores are added here and in a migration. */
export interface AlgobookSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord; indexes: { updated: number } };
  versions: { key: string; value: VersionRecord; indexes: { notebook: [string, number] } };
  datasets: { key: string; value: DatasetRecord; indexes: { used: number } };
  decisions: { key: [string, string]; value: DecisionRecord };
}

/** An open `algobook` database. */
export type AlgobookDB = IDBPDatabase<AlgobookSchema>;

type UpgradeTx = IDBPTransaction<AlgobookSchema, StoreNames<AlgobookSchema>[], 'versionchange'>;
type Migration = (db: AlgobookDB, tx: UpgradeTx) => void;

/**
 * One step per schema version, oldest first. A shipped step must never change, because browsers
 * that already ran it will not run it again; change the schema by appending a step.
 */
const MIGRATIONS: readonly Migration[] = [
  // 1: drafts, listed most recently updated first through the `updated` index.
  (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updated', 'updated');
  },
  // 2: versions, keyed by the SHA-256 of their text; one notebook's versions in order through
  // the unique `notebook` index ([notebook id, version number]).
  (db) => {
    const versions = db.createObjectStore('versions', { keyPath: 'sha256' });
    versions.createIndex('notebook', ['notebook', 'version'], { unique: true });
  },
  // 3: datasets, bytes by content hash; least recently used first through `used`.
  (db) => {
    const datasets = db.createObjectStore('datasets', { keyPath: 'sha256' });
    datasets.createIndex('used', 'used');
  },
  // 4: decisions a person took about a dataset pin ("keep the pinned bytes"), keyed by the pin:
  // [its url as written, its sha256].
  (db) => {
    db.createObjectStore('decisions', { keyPath: ['url', 'sha256'] });
  },
];

/** The name of the database in the browser. */
export const DB_NAME = 'algobook';
/** The current schema version. */
export const DB_VERSION = MIGRATIONS.length;

/** Options of {@link openAlgobookDB}. */
export interface OpenOptions {
  /**
   * The IndexedDB to open it in; the page's `indexedDB` by default. Tests pass a fresh
   * `IDBFactory` from fake-indexeddb for isolation; `idb` still checks values against the global
   * IDB classes, so tests also `import 'fake-indexeddb/auto'`.
   */
  factory?: IDBFactory;
  /** The database name; {@link DB_NAME} by default. */
  name?: string;
}

/**
 * Opens (creating or upgrading as needed) the `algobook` database.
 *
 * When another tab opens a newer schema, this connection closes itself so the upgrade is not
 * blocked; later writes through it fail with `InvalidStateError`, which autosave reports.
 */
export function openAlgobookDB({
  factory = indexedDB,
  name = DB_NAME,
}: OpenOptions = {}): Promise<AlgobookDB> {
  // `idb`'s openDB always uses the global `indexedDB`; this is the same few lines with a factory.
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    if (!request.transaction) return; // never: upgradeneeded always runs in a transaction
    // `wrap` cannot know the schema; asserting it here is what idb's typed `openDB` does too.
    const tx = wrap(request.transaction) as unknown as UpgradeTx;
    for (let v = event.oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v](tx.db, tx);
  });
  const opened = wrap(request) as Promise<AlgobookDB>;
  void opened.then((db) => db.addEventListener('versionchange', () => db.close())).catch(() => {});
  return opened;
}
