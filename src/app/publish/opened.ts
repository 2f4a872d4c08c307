import type { Anchor } from '../../core/publish/anchor.ts';
import type { CatalogEntry } from '../../core/publish/types.ts';

/** A published version as a history list shows it, wherever it is kept. */
export interface HistoryItem {
  version: number;
  sha256: string;
  published: string;
  message: string;
  /** The app address that opens it read-only. */
  href: string;
  /** Its text exactly as published (fetched for a site's versions). */
  text(): Promise<string>;
  /** The URL of its file, for a version hosted on a site. */
  url?: string;
}

/**
 * What the reader opened, beyond the notebook: the exact text and its hash, where it came from,
 * the hash it is listed under (a mismatch means the file was changed after it was published),
 * and, for a published notebook, its other versions.
 */
export interface Opened {
  /** The text as loaded. */
  text: string;
  /** SHA-256 of `text` (BOM and CR line breaks aside). */
  sha256: string;
  /** The file's URL: relative dataset paths resolve against it; empty when it has none. */
  url: string;
  where: 'example' | 'url' | 'share' | 'local' | 'catalog';
  /** The hash the text is listed or pinned under (catalog, stored version). */
  expected?: string;
  /** The notebook's published versions, oldest first. */
  history?: () => Promise<HistoryItem[]>;
  /**
   * The catalog entry it was opened from; `thirdParty` unless the site's own catalog;
   * `translations`, the catalog's other versions of it in other languages.
   */
  catalog?: {
    url: string;
    entry: CatalogEntry;
    thirdParty: boolean;
    translations?: CatalogEntry[];
  };
  /** What vouches for the text's identity, if anything (see core/publish/anchor.ts). */
  anchor?: Anchor;
}

/** True when the text no longer hashes to what it is listed under. */
export function isTampered(opened: Opened): boolean {
  return opened.expected !== undefined && opened.expected !== opened.sha256;
}
