import { readCatalog } from '../../core/publish/catalog.ts';
import { isHtmlAnswer } from '../../core/data/html-answer.ts';
import { hrefOf } from '../../core/route/href.ts';
import type { Catalog, CatalogEntry, CatalogVersion } from '../../core/publish/types.ts';
import { PublishError } from '../../core/publish/errors.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { describePublishError } from './describe-error.ts';
import { boundedBytes, TooLargeError } from '../register/bounded-body.ts';
import type { HistoryItem } from './opened.ts';
import { takeEarly } from '../shell/early-fetch.ts';

/**
 * The largest catalog read (its `Content-Length`, then its bytes as they stream in): a catalog
 * is whoever wrote it, and 8 MB lists some 20,000 versions.
 */
export const MAX_CATALOG_BYTES = 8 * 1024 * 1024;

/** A site hosting algobook keeps its catalog beside index.html. */
export const DEFAULT_CATALOG = 'catalog.json';

// Earlier versions remembered a catalog named by `?catalog=` in `localStorage`, so that a link
// visited once could swap the site's catalog for good: what it planted is removed once, when the
// page is idle, with the language choice moved out of `localStorage` (i18n/locale-store.ts).

/** The absolute URL of a catalog address (relative to the app); null when it is not one. */
export function catalogUrl(address: string, page: string = location.href): string | null {
  try {
    return new URL(address, page).href;
  } catch {
    return null;
  }
}

/**
 * Whether the catalog at `address` is someone else's: any catalog but the site's own
 * `catalog.json` beside the app, which is the only one `#/<id>` resolves against.
 */
export function isThirdParty(address: string, page: string = location.href): boolean {
  return catalogUrl(address, page) !== catalogUrl(DEFAULT_CATALOG, page);
}

/** The origin a third-party catalog is shown with: its host, or the whole address if none. */
export function catalogOrigin(address: string, page: string = location.href): string {
  const url = catalogUrl(address, page);
  return url ? new URL(url).origin : address;
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

const CATALOG_INIT: RequestInit = { cache: 'no-cache' };

/** How the catalog at `address` (relative to the app) is requested; throws for a bad address. */
export function catalogRequest(address: string): { url: string; init: RequestInit } {
  return { url: new URL(address, location.href).href, init: CATALOG_INIT };
}

/**
 * Fetches and checks the catalog at `address` (relative to the app); a request the page started
 * early for it (`shell/early-start.ts`) is taken over.
 */
export async function loadCatalog(address: string): Promise<LoadedCatalog> {
  let url: string;
  try {
    url = catalogRequest(address).url;
  } catch {
    throw new CatalogError(t('publish.catalog.badAddress', { address }));
  }
  let response: Response;
  try {
    response = await (takeEarly(url) ?? fetch(url, CATALOG_INIT));
  } catch {
    throw new CatalogError(t('publish.catalog.unreachable', { url }));
  }
  if (!response.ok) {
    throw new CatalogError(
      t('publish.catalog.status', { url, status: response.status }),
      response.status === 404,
    );
  }
  let text: string;
  try {
    text = new TextDecoder().decode(await boundedBytes(response, MAX_CATALOG_BYTES));
  } catch (error) {
    if (error instanceof TooLargeError)
      throw new CatalogError(
        t('publish.catalog.tooLarge', { url, size: `${MAX_CATALOG_BYTES / 1024 / 1024} MB` }),
      );
    throw new CatalogError(t('publish.catalog.unreachable', { url }));
  }
  // A host that answers unknown paths with its index.html has no catalog there.
  const head = new TextEncoder().encode(text.slice(0, 600));
  if (isHtmlAnswer(response.headers.get('content-type'), head) || /^\s*</.test(text)) {
    throw new CatalogError(t('links.catalog.html', { url }), true);
  }
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

/** A catalog's entry for `id`, and its version `version` (the latest when not given), if listed. */
export function listedVersion(
  catalog: Catalog,
  id: string,
  version?: number,
):
  | { entry?: undefined; wanted?: undefined; listed?: undefined }
  | { entry: CatalogEntry; wanted: number; listed?: CatalogVersion } {
  const entry = catalog.notebooks.find((n) => n.id === id);
  if (!entry) return {};
  const wanted = version ?? entry.latest;
  return { entry, wanted, listed: entry.versions.find((v) => v.version === wanted) };
}

/** How a version's text (and its snapshot beside it) is requested: never a stale copy. */
export const VERSION_INIT: RequestInit = { cache: 'no-cache' };

/** The absolute URL of a version's file. */
export function versionUrl(catalogUrl: string, version: CatalogVersion): string {
  return new URL(version.path, catalogUrl).href;
}

/** Fetches a hosted version's text; a request started early for it is taken over. */
export async function fetchVersionText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await (takeEarly(url) ?? fetch(url, VERSION_INIT));
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
        href: hrefOf({ name: 'published', id: entry.id, version: v.version }),
        url,
        text: () => fetchVersionText(url),
      };
    });
}
