import { parse, serialize } from '../../core/format/index.ts';
import { FormatError } from '../../core/format/errors.ts';
// By file: the publish index would bring every exporter into the first chunk.
import { asNewDraft } from '../../core/publish/lineage.ts';
import type { DraftOrigin } from '../storage/drafts.ts';

/**
 * The text a new draft starts from: a lineage of its own (its versions chain by it, never by
 * the copied `id`), and `forkOf` when it copies a published version. A text that does not parse
 * is kept as is: the editor shows why.
 */
export function newDraftText(text: string, origin: DraftOrigin): string {
  try {
    const notebook = parse(text);
    const url = origin.kind === 'url' ? origin.ref : undefined;
    return serialize(asNewDraft(notebook, text, { url }));
  } catch (error) {
    if (error instanceof FormatError) return text;
    throw error;
  }
}
