import { serialize } from '../format/serialize.ts';
import type { FrontMatter, Notebook } from '../format/types.ts';
import { sha256Text } from './hash.ts';
import { asStored } from './stored-text.ts';

export { asStored };

/**
 * The notebook's text as it is hashed and published: `serialize`'s deterministic output (LF line
 * breaks, one newline at the end), with any date in the front matter written as its UTC ISO
 * string, so that the same notebook gives the same text on any machine and in any time zone.
 */
export function canonicalText(notebook: Notebook): string {
  return serialize({ front: plain(notebook.front) as FrontMatter, cells: notebook.cells });
}

/** SHA-256 of the notebook's canonical text: a published version's identity. */
export function notebookHash(notebook: Notebook): string {
  return sha256Text(canonicalText(notebook));
}

/**
 * SHA-256 of a version's text as stored or served. A byte-order mark and CR line breaks (a
 * Windows checkout, an editor) are not part of the version, so they do not change its hash.
 */
export function textHash(text: string): string {
  return sha256Text(asStored(text));
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = plain(item);
    }
    return out;
  }
  return value;
}
