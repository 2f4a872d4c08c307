import type { AlgobookDB } from '../storage/db.ts';
import { DatasetCacheFull, getDatasetBlob, putDataset } from '../storage/dataset-cache.ts';
import { askToPersist } from '../storage/persist.ts';
import { formatSize } from './format-size.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';

/** Dataset bytes by content hash, as the loader sees the cache. */
export interface BytesCache {
  /** The stored bytes as a Blob: reading them is left to whoever needs them (the worker). */
  get(sha256: string): Promise<Blob | undefined>;
  /**
   * Resolves to a message when the bytes could not be kept (full disk), else undefined. `origin`
   * is `file` for bytes that may exist nowhere else (then the browser is asked to keep them for
   * good), `web` for bytes a URL serves.
   */
  put(
    sha256: string,
    bytes: Uint8Array,
    url?: string,
    origin?: 'file' | 'web',
  ): Promise<string | undefined>;
}

/**
 * The IndexedDB cache. A cache that cannot be opened or written (private browsing, full disk)
 * never fails a load: the bytes are still used, and the person is told they were not kept.
 */
export function idbCache(open: () => Promise<AlgobookDB>): BytesCache {
  return {
    async get(sha256) {
      try {
        return await getDatasetBlob(await open(), sha256);
      } catch {
        return undefined;
      }
    },
    async put(sha256, bytes, url, origin) {
      try {
        await putDataset(await open(), sha256, bytes, { url, origin });
        if (origin === 'file') await askToPersist();
        return undefined;
      } catch (error) {
        if (error instanceof DatasetCacheFull)
          return t('data.cache.full', { size: formatSize(error.size, i18n.locale) });
        return t('data.cache.failed', {
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
