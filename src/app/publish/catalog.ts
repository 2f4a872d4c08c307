import { readCatalog } from '../../core/publish/catalog.ts';
import type { Catalog, CatalogEntry, CatalogVersion } from '../../core/publish/types.ts';
import { PublishError } from '../../core/publish/errors.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { describePublishError } from './describe-error.ts';
import type { HistoryItem } from './opened.ts';

const STORAGE_KEY = 'algobook.catalog';
/** A site hosting algobook keeps its catalog beside index.html. */
export const DEFAULT_CATALOG = 'catalog.json';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The catalog the home page lists: `?catalog=URL` when given (and then remembered), else the
 * one last chosen in this browser, else `catalog.json` beside the app.
 */
export function catalogAddress(search: string = location.search): string {
  const given = new URLSearchParams(search).get('catalog');
  if (given) {
    rememberCatalog(given);
    return given;
  }
  return stored() ?? DEFAULT_CATALOG;
}

/** Remembers the catalog chosen on the home page; the default is remembered as no choice. */
export function rememberCatalog(address: string): void {
  try {
    if (address === DEFAULT_CATALOG) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, address);
  } catch {
    // Not remembering is fine: the choice holds for this page.
  }
}

/** A catalog read from the web, with the absolute URL its paths are relative to. */
export interface LoadedCatalog {
  url: string;
  catalog: Catalog;
}

/** Thrown for a catalog that cannot be read; `missing` when the site has none (404). */
export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Fetches and checks the catalog at `address` (relative to the app). */
export async function loadCatalog(address: string): Promise<LoadedCatalog> {
  let url: string;
  try {
    url = new URL(address, location.href).href;
  } catch {
    throw new CatalogError(t('publish.catalog.badAddress', { address }));
  }
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new CatalogError(t('publish.catalog.unreachable', { url }));
  }
  if (!response.ok) {
    throw new CatalogError(
      t('publish.catalog.status', { url, status: response.status }),
      response.status === 404,
    );
  }
  const text = await response.text();
  try {
    return { url, catalog: readCatalog(text) };
  } catch (error) {
    if (error instanceof PublishError)
      throw new CatalogError(
        t('publish.catalog.invalid', { url, reason: describePublishError(error) }),
      );
    throw error;
  }
}

/** The absolute URL of a version's file. */
export function versionUrl(catalogUrl: string, version: CatalogVersion): string {
  return new URL(version.path, catalogUrl).href;
}

/** Fetches a hosted version's text. */
export async function fetchVersionText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new Error(t('publish.catalog.unreachable', { url }));
  }
  if (!response.ok) throw new Error(t('publish.catalog.status', { url, status: response.status }));
  return response.text();
}

/** A catalog entry's versions as a history list. */
export function catalogHistory(catalogUrl: string, entry: CatalogEntry): HistoryItem[] {
  return [...entry.versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => {
      const url = versionUrl(catalogUrl, v);
      return {
        version: v.version,
        sha256: v.sha256,
        published: v.published,
        message: v.message,
        href: `#/${encodeURIComponent(entry.id)}@${v.version}`,
        url,
        text: () => fetchVersionText(url),
      };
    });
}
