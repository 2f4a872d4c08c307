import { download, type FetchFn } from '../../core/data/download.ts';
import type { ImportCache, ImportLoader } from '../../core/imports/types.ts';
import type { BytesCache } from '../data/bytes-cache.ts';
import { toLoadError } from '../data/fetch-bytes.ts';

/** An imported notebook is a text file: more than this is not one (or is an attack). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/**
 * The page's loader of imported notebooks: the same downloader as the datasets (and so the same
 * CSP and network rules), one URL at a time (the resolver tries the mirrors and checks the
 * hash), at most {@link MAX_IMPORT_BYTES}. A failure is a `DatasetLoadError`, worded as a
 * dataset's download is.
 */
export function pageImportLoader(fetchFn?: FetchFn): ImportLoader {
  return async (url, signal) => {
    try {
      const result = await download([url], { fetch: fetchFn, signal, maxBytes: MAX_IMPORT_BYTES });
      return result.bytes;
    } catch (error) {
      throw toLoadError(error, url);
    }
  };
}

/**
 * Imported notebooks kept by hash in the datasets' cache (the same IndexedDB store), so that a
 * notebook opened once runs offline. A cache that cannot be read or written never fails the
 * import: the file is fetched again next time.
 */
export function pageImportCache(bytes: BytesCache): ImportCache {
  return {
    async get(sha256) {
      const blob = await bytes.get(sha256);
      return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
    },
    async put(sha256, data, url) {
      await bytes.put(sha256, data, url, 'web');
    },
  };
}
