/**
 * Dataset bytes kept in this browser by content hash (issue 4), so a notebook opened before
 * works offline.
 */
import type { AlgobookDB } from './db.ts';

export interface DatasetRecord {
  /** Lower-case hex SHA-256 of the bytes: the key. */
  sha256: string;
  /** The bytes. */
  data: Blob;
  /** Their length in bytes. */
  size: number;
  /** Where they came from last (URL), for the data panel. */
  url?: string;
  /**
   * `file` when the bytes came from this person's computer, a share link or a bundle: they may
   * exist nowhere else, so freeing space keeps them unless asked. `web` (or absent, for records
   * stored before this field) when a URL can serve them again.
   */
  origin?: 'file' | 'web';
  /** When they were stored and last used (ms since the epoch). */
  stored: number;
  used: number;
}

/** A cached dataset as listed: everything but its bytes. */
export type DatasetSummary = Omit<DatasetRecord, 'data'>;

/** What the cache holds: its entries, least recently used first, and their total size. */
export interface CacheListing {
  entries: DatasetSummary[];
  totalBytes: number;
}

/**
 * The browser refused to store more bytes (its quota for this site is used up). Nothing stored
 * before is lost; the bytes just loaded are still usable for this session.
 */
export class DatasetCacheFull extends Error {
  constructor(
    readonly sha256: string,
    readonly size: number,
  ) {
    super(
      `The browser's storage is full: the dataset (${size} bytes) is used but not kept for offline use. Free space in the data panel.`,
    );
    this.name = 'DatasetCacheFull';
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' ||
      // Firefox's older name for the same condition
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * Stores `bytes` under their SHA-256 (the caller computed it: hashing is the caller's check).
 * Storing bytes already there only marks them used. A full disk throws {@link DatasetCacheFull}
 * and leaves the store as it was.
 */
export async function putDataset(
  db: AlgobookDB,
  sha256: string,
  bytes: Uint8Array,
  options: { url?: string; now?: number; origin?: 'file' | 'web' } = {},
): Promise<DatasetRecord> {
  const now = options.now ?? Date.now();
  const key = sha256.toLowerCase();
  try {
    const tx = db.transaction('datasets', 'readwrite');
    const existing = await tx.store.get(key);
    const record: DatasetRecord = existing
      ? {
          ...existing,
          used: now,
          url: options.url ?? existing.url,
          // Once known to be a file's only copy, it stays one.
          origin: existing.origin === 'file' ? 'file' : (options.origin ?? existing.origin),
        }
      : {
          sha256: key,
          // A copy: the caller's buffer may be transferred to the worker right after.
          data: new Blob([bytes.slice()]),
          size: bytes.byteLength,
          url: options.url,
          origin: options.origin,
          stored: now,
          used: now,
        };
    await tx.store.put(record);
    await tx.done;
    return record;
  } catch (error) {
    if (isQuotaError(error)) throw new DatasetCacheFull(key, bytes.byteLength);
    throw error;
  }
}

/** The bytes stored under `sha256`, marked used now; `undefined` when not cached. */
export async function getDataset(
  db: AlgobookDB,
  sha256: string,
  now = Date.now(),
): Promise<Uint8Array | undefined> {
  const blob = await getDatasetBlob(db, sha256, now);
  return blob && new Uint8Array(await blob.arrayBuffer());
}

/**
 * The Blob stored under `sha256`, marked used now, without reading it: a page hands it to the
 * worker, which reads it off the page's main thread.
 */
export async function getDatasetBlob(
  db: AlgobookDB,
  sha256: string,
  now = Date.now(),
): Promise<Blob | undefined> {
  const key = sha256.toLowerCase();
  const record = await db.get('datasets', key);
  if (!record) return undefined;
  const bytes = record.data;
  // Recording the use is best effort: a full disk must not stop a read.
  try {
    await db.put('datasets', { ...record, used: now });
  } catch {
    // the bytes are still good
  }
  return bytes;
}

/** Whether bytes with this hash are cached, without reading them. */
export async function hasDataset(db: AlgobookDB, sha256: string): Promise<boolean> {
  return (await db.count('datasets', sha256.toLowerCase())) > 0;
}

/** Every cached dataset, least recently used first, and the space they take. */
export async function listDatasets(db: AlgobookDB): Promise<CacheListing> {
  const records = await db.getAllFromIndex('datasets', 'used');
  const entries = records.map(({ data: _data, ...summary }) => summary);
  return { entries, totalBytes: entries.reduce((sum, e) => sum + e.size, 0) };
}

/** Deletes one cached dataset; a missing one is no error. */
export function deleteDataset(db: AlgobookDB, sha256: string): Promise<void> {
  return db.delete('datasets', sha256.toLowerCase());
}

/** Deletes every cached dataset. */
export function clearDatasets(db: AlgobookDB): Promise<void> {
  return db.clear('datasets');
}
