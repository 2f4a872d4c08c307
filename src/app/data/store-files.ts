import { checkBundleFiles } from '../../core/publish/bundle.ts';
import type { Notebook } from '../../core/format/types.ts';
import { database } from '../shell/database.ts';
import { idbCache } from './bytes-cache.ts';

/**
 * Keeps the local files that came with a notebook (a share link's, a bundle's) in this
 * browser, as files' only copies, once each is checked to be the file a dataset pins (a
 * `PublishError` otherwise, and nothing is kept). Returns why a file could not be kept, if any.
 */
export async function storeFiles(
  notebook: Notebook,
  files: Map<string, Uint8Array>,
): Promise<string | undefined> {
  const byHash = await checkBundleFiles(notebook, files);
  const cache = idbCache(database);
  for (const [sha256, bytes] of byHash) {
    const error = await cache.put(sha256, bytes, undefined, 'file');
    if (error) return error;
  }
  return undefined;
}
