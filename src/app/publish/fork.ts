import type { ForkOf } from '../../core/format/types.ts';
import { parse } from '../../core/format/index.ts';
import { textHash } from '../../core/publish/canonical-text.ts';
import { createDraft } from '../pages/drafts.ts';
import type { DraftOrigin } from '../storage/drafts.ts';
import { forkText } from './draft-text.ts';

/** Where a version can be fetched again by others: only a web address counts. */
function publicUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/**
 * Makes a fork of the published version whose text is `text` as a new draft, and returns the
 * draft's id: a new `id`, and `forkOf` naming the origin by id, version and the hash of its text.
 * Only versions are forked (`forkOf.version` is a number from 1); a draft is copied instead.
 */
export async function forkDraft(
  text: string,
  { url, origin }: { url?: string; origin: DraftOrigin },
): Promise<string> {
  const notebook = parse(text);
  if (!notebook.front.version) throw new Error('Only a published version can be forked.');
  const source = publicUrl(url);
  const forkOf: ForkOf = {
    id: notebook.front.id,
    version: notebook.front.version,
    sha256: textHash(text),
    ...(source && { url: source }),
  };
  const forked = forkText(notebook, forkOf);
  return createDraft(forked, notebook.front.title, origin);
}
