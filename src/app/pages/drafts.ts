import { slugify } from '../../core/format/index.ts';
import { saveDraft, type DraftOrigin } from '../storage/drafts.ts';
import { database, TAB_ID } from '../shell/database.ts';
import { newDraftText } from '../publish/new-draft-text.ts';

/** Stores `text` as a new draft and returns its id. */
export async function createDraft(
  text: string,
  title: string,
  origin: DraftOrigin,
): Promise<string> {
  const db = await database();
  const id = `${slugify(title) || 'notebook'}-${crypto.randomUUID().slice(0, 8)}`;
  // A new draft is a new notebook for versions: a lineage of its own (see core/publish/lineage).
  const draft = { id, title, text: newDraftText(text, origin), writer: TAB_ID, origin };
  const result = await saveDraft(db, draft, 0);
  if (!result.ok) throw new Error('A draft with this id exists already.');
  return id;
}
