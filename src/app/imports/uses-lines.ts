import type { ImportEntry } from '../../core/imports/types.ts';
import type { WireError } from '../../core/errors/index.ts';
import { textHash } from '../../core/publish/canonical-text.ts';
import { hrefOf } from '../../core/route/href.ts';

/** One line of the reader's "Uses:": an imported notebook, as a person reads it. */
export interface UsesLine {
  /** The import's name in this notebook. */
  name: string;
  /** Text, never markup: the spec's title, else the imported notebook's, else the name. */
  title: string;
  /** The imported notebook's published version, when its front matter has one. */
  version?: number;
  /** The first 4 bytes of the pinned hash, in hex. */
  short: string;
  /** The app's address that opens that version read-only; only for an http(s) file. */
  href?: string;
  /** Why the import failed (its readers fail with it). */
  error?: WireError;
}

/**
 * The reader's provenance lines, one per import in the front matter's order. The link is made
 * only for an http(s) URL (never `javascript:`, `data:`…). It pins `#sha256=` only when the
 * app's check of a `?src=` link (the hash of the text, without a BOM and with LF line breaks)
 * gives the import's pin (the hash of the file's bytes): for a file with CRLF or a BOM they
 * differ, and the link then opens the file without claiming a hash it would refuse.
 */
export function usesLines(imports: Record<string, ImportEntry>): UsesLine[] {
  return Object.values(imports).map((entry) => {
    const { name, spec } = entry;
    const short = spec.sha256.slice(0, 8);
    if ('error' in entry)
      return { name, title: textOf(spec.title) ?? name, short, error: entry.error };
    const front = entry.notebook.front;
    const title = textOf(spec.title) ?? textOf(front.title) ?? name;
    const version = typeof front.version === 'number' ? front.version : undefined;
    const line: UsesLine = { name, title, short, ...(version !== undefined && { version }) };
    if (!isWeb(entry.url)) return line;
    const sha256 = textHash(entry.text) === spec.sha256.toLowerCase() ? spec.sha256 : undefined;
    return { ...line, href: hrefOf({ name: 'url', src: entry.url, sha256 }) };
  });
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isWeb(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
