import { download, type FetchFn } from '../data/download.ts';
import type { ImportLoader } from './types.ts';

/** The largest notebook file an import loads: a notebook is text, far below this. */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * An {@link ImportLoader} over `fetch`, through the one downloader of datasets (`download`): its
 * errors (`DownloadError`, coded: unreachable, CORS, HTTP status, a web page where a file was
 * expected) and a size limit of {@link IMPORT_MAX_BYTES}. The resolver checks the hash itself.
 */
export function downloadLoader(fetchFn: FetchFn): ImportLoader {
  return async (url, signal) => {
    const result = await download([url], { fetch: fetchFn, signal, maxBytes: IMPORT_MAX_BYTES });
    return result.bytes;
  };
}
