import { SHA256_HEX } from '../format/sha256-hex.ts';
import type { Catalog, CatalogEntry, CatalogVersion } from '../publish/types.ts';

/**
 * Whether a newer version of an imported notebook exists (issue 14), read from its site's
 * catalog: the same notebook is the catalog entry one of whose versions the import is pinned to
 * (by its file's URL or its hash); newer is that entry's highest version above the pinned one.
 */

/** One version of an imported notebook, as the catalog lists it. */
export interface ImportVersion {
  version: number;
  /** Its file's absolute URL. */
  url: string;
  sha256: string;
}

export interface NewerVersion {
  /** The notebook's id in the catalog. */
  id: string;
  title: string;
  current: ImportVersion;
  latest: ImportVersion;
}

/** The most catalogs looked for above an import (its folder and the folders above it). */
export const MAX_CATALOG_LEVELS = 4;

/**
 * Where a catalog of an import at `url` may be: `catalog.json` beside it, then in each folder
 * above, nearest first (a site publishes `site/catalog.json` and `site/<id>/v<n>.algo.md`).
 * Only http(s) URLs have catalogs.
 */
export function catalogUrls(url: string): string[] {
  let at: URL;
  try {
    at = new URL(url);
  } catch {
    return [];
  }
  if (at.protocol !== 'https:' && at.protocol !== 'http:') return [];
  const out: string[] = [];
  let folder = new URL('./', at);
  for (let level = 0; level < MAX_CATALOG_LEVELS; level++) {
    out.push(new URL('catalog.json', folder).href);
    if (folder.pathname === '/') break;
    folder = new URL('../', folder);
  }
  return out;
}

/**
 * The newer version of the notebook an import is pinned to (`url`, its absolute URL, and
 * `sha256`), from a catalog read at `catalogUrl`; null when the catalog does not list the pinned
 * version or lists nothing newer.
 */
export function newerVersion(
  pinned: { url: string; sha256: string },
  catalogUrl: string,
  catalog: Catalog,
): NewerVersion | null {
  const sha256 = pinned.sha256.toLowerCase();
  const url = normalUrl(pinned.url);
  for (const entry of catalog.notebooks) {
    // The hash says which version it is; the URL only when no version has that hash.
    const current =
      entry.versions.find((v) => v.sha256.toLowerCase() === sha256) ??
      entry.versions.find((v) => versionUrl(catalogUrl, v) === url);
    if (!current) continue;
    const latest = latestOf(entry);
    if (!latest || latest.version <= current.version) return null;
    // A catalog is hostile input: it offers only files of its own site, by http(s).
    if (!sameSite(versionUrl(catalogUrl, latest), catalogUrl)) return null;
    if (!SHA256_HEX.test(latest.sha256)) return null;
    return {
      id: entry.id,
      title: entry.title,
      current: importVersion(catalogUrl, current),
      latest: importVersion(catalogUrl, latest),
    };
  }
  return null;
}

function latestOf(entry: CatalogEntry): CatalogVersion | undefined {
  return entry.versions.reduce<CatalogVersion | undefined>(
    (best, v) => (!best || v.version > best.version ? v : best),
    undefined,
  );
}

const importVersion = (catalogUrl: string, v: CatalogVersion): ImportVersion => ({
  version: v.version,
  url: versionUrl(catalogUrl, v),
  sha256: v.sha256.toLowerCase(),
});

function versionUrl(catalogUrl: string, version: CatalogVersion): string {
  try {
    return new URL(version.path, catalogUrl).href;
  } catch {
    return '';
  }
}

function sameSite(url: string, catalogUrl: string): boolean {
  try {
    const at = new URL(url);
    return /^https?:$/.test(at.protocol) && at.origin === new URL(catalogUrl).origin;
  } catch {
    return false;
  }
}

function normalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
