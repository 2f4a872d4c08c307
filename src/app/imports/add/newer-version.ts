import {
  catalogUrls,
  newerVersion,
  type ImportVersion,
  type NewerVersion,
} from '../../../core/imports/newer.ts';
import type { Notebook } from '../../../core/format/types.ts';
import { loadCatalog } from '../../publish/catalog.ts';
import { fetchBytes } from '../../data/fetch-bytes.ts';
import { t } from '../../i18n/i18n.svelte.ts';
import { readImport } from './read-import.ts';

/**
 * The newer version of an import, from the first catalog beside or above it that lists the
 * pinned version; null when none does, or none can be read (a missing catalog is no error).
 */
export async function findNewer(url: string, sha256: string): Promise<NewerVersion | null> {
  for (const address of catalogUrls(url)) {
    let loaded;
    try {
      loaded = await loadCatalog(address);
    } catch {
      continue;
    }
    const newer = newerVersion({ url, sha256 }, loaded.url, loaded.catalog);
    if (newer) return newer;
  }
  return null;
}

/**
 * A version's notebook, fetched and checked against the hash its catalog gives: what moving
 * pins is what was compared. Throws an Error worded for the person.
 */
export async function fetchVersion(version: ImportVersion): Promise<Notebook> {
  const { bytes } = await fetchBytes(version.url, { maxBytes: 4 * 1024 * 1024 });
  const read = readImport(bytes, version.url);
  if (!read.ok) throw new Error(read.message);
  if (read.sha256 !== version.sha256)
    throw new Error(
      t('newerImport.mismatch', {
        url: version.url,
        expected: version.sha256.slice(0, 12),
        actual: read.sha256.slice(0, 12),
      }),
    );
  return read.notebook;
}
