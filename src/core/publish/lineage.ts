import type { ForkOf, FrontMatter, Notebook } from '../format/types.ts';
import { textHash } from './canonical-text.ts';
import { PUBLISH_KEYS } from './freeze.ts';

/**
 * A notebook's identity for its versions: the random `lineage` key written into its front
 * matter when it is created (a new notebook, "Edit a copy", a fork), never its editable `id` or
 * title. Two copies of one example therefore never share a chain of versions. A file written
 * before lineages existed has none and keeps chaining by its `id`.
 */
export function lineageOf(front: Pick<FrontMatter, 'id'> & { lineage?: unknown }): string {
  return typeof front.lineage === 'string' && front.lineage ? front.lineage : front.id;
}

/** 128 random bits in hex: unguessable, so no other notebook can claim a chain by accident. */
export function newLineage(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A web address a version can be fetched from again, if it has one. */
function publicUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/**
 * `notebook` as a new draft: a lineage of its own, and when it is a published version (it has
 * a `version`), `forkOf` naming that version by id, number and the hash of `text`, without the
 * keys publishing wrote. A draft copied from another draft keeps its `forkOf`, if any.
 */
export function asNewDraft(
  notebook: Notebook,
  text: string,
  options: { url?: string; lineage?: string } = {},
): Notebook {
  const front: FrontMatter = { ...notebook.front, lineage: options.lineage ?? newLineage() };
  const version = notebook.front.version;
  if (typeof version === 'number' && version >= 1) {
    const url = publicUrl(options.url);
    const forkOf: ForkOf = {
      id: notebook.front.id,
      version,
      sha256: textHash(text),
      ...(url && { url }),
    };
    for (const key of PUBLISH_KEYS) delete front[key];
    front.forkOf = forkOf;
  }
  return { ...notebook, front };
}
