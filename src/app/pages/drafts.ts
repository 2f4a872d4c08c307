import { slugify } from '../../core/format/index.ts';
import { saveDraft, type DraftOrigin } from '../storage/drafts.ts';
import { database, TAB_ID } from '../shell/database.ts';

/** Stores `text` as a new draft and returns its id. */
export async function createDraft(
  text: string,
  title: string,
  origin: DraftOrigin,
): Promise<string> {
  const db = await database();
  const id = `${slugify(title) || 'notebook'}-${crypto.randomUUID().slice(0, 8)}`;
  const result = await saveDraft(db, { id, title, text, writer: TAB_ID, origin }, 0);
  if (!result.ok) throw new Error('A draft with this id exists already.');
  return id;
}
