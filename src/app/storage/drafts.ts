/**
 * Drafts: the notebooks a person is editing, kept in the browser between visits.
 *
 * Several tabs may edit the same draft, so every write is checked against the revision the
 * writer last saw (optimistic concurrency): a write based on an old revision is refused, never
 * applied over someone else's text.
 */
import type { AlgobookDB } from './db.ts';

/** Where a draft came from; kept so the UI can offer "revert to the example" and the like. */
export interface DraftOrigin {
  kind: 'example' | 'url' | 'file' | 'new';
  ref?: string;
}

/** A stored draft. */
export interface DraftRecord {
  id: string;
  title: string;
  /** The notebook file text (`*.algo.md`). */
  text: string;
  /** When it was last saved, in ms since the epoch. */
  updated: number;
  /** Counts saves: 1 after the first. A writer that has never saved it holds revision 0. */
  rev: number;
  /** The id of the tab that saved it last. */
  writer: string;
  origin?: DraftOrigin;
}

/** A draft as listed: everything but its text. */
export type DraftSummary = Omit<DraftRecord, 'text'>;

/** What a writer gives {@link saveDraft}: the store sets `rev` and `updated`. */
export type DraftInput = Omit<DraftRecord, 'rev' | 'updated'>;

/** The outcome of {@link saveDraft}: the new revision, or the stored draft that won. */
export type SaveResult =
  { ok: true; rev: number } | { ok: false; conflict: { theirs: DraftRecord } };

/** All drafts, most recently updated first, without their text. */
export async function listDrafts(db: AlgobookDB): Promise<DraftSummary[]> {
  const drafts = await db.getAllFromIndex('drafts', 'updated');
  return drafts.reverse().map(({ text: _text, ...summary }) => summary);
}

/** The draft `id`, or `undefined` if there is none. */
export function getDraft(db: AlgobookDB, id: string): Promise<DraftRecord | undefined> {
  return db.get('drafts', id);
}

/** Deletes the draft `id`; deleting a missing draft does nothing. */
export function deleteDraft(db: AlgobookDB, id: string): Promise<void> {
  return db.delete('drafts', id);
}

/**
 * Saves `draft` if the stored revision is still `baseRev` (0 for a draft this writer has never
 * saved), as revision `baseRev + 1`. Otherwise writes nothing and returns the stored draft.
 *
 * The read and the write share one readwrite transaction, which IndexedDB runs alone on the
 * store, so no other tab can save between the check and the write. If the write fails (e.g.
 * `QuotaExceededError`) the transaction aborts, the stored draft is unchanged and this rejects.
 *
 * A draft deleted meanwhile (by another tab) is written again rather than refused: the person
 * is still editing it, and losing their text would be worse than a draft coming back.
 */
export async function saveDraft(
  db: AlgobookDB,
  draft: DraftInput,
  baseRev: number,
  now: number = Date.now(),
): Promise<SaveResult> {
  const tx = db.transaction('drafts', 'readwrite');
  const write = async (): Promise<SaveResult> => {
    const theirs = await tx.store.get(draft.id);
    if (theirs && theirs.rev !== baseRev) return { ok: false, conflict: { theirs } };
    const rev = baseRev + 1;
    // The origin says where the draft came from, which edits do not change: keep the stored one
    // when the writer does not know it.
    const origin = draft.origin ?? theirs?.origin;
    const { id, title, text, writer } = draft;
    await tx.store.put({ id, title, text, writer, rev, updated: now, ...(origin && { origin }) });
    return { ok: true, rev };
  };
  try {
    // Await the transaction too: a write may fail only when it commits (quota), and awaiting
    // both at once leaves no rejection unhandled.
    const [result] = await Promise.all([write(), tx.done]);
    return result;
  } catch (error) {
    // Wait for the abort: the transaction's error names the real cause (QuotaExceededError)
    // where the failed request's may only say AbortError.
    await tx.done.catch(() => {});
    throw tx.error ?? error;
  }
}

/** Drafts as the autosaver needs them; {@link draftStore} gives those of a database. */
export interface DraftStore {
  get(id: string): Promise<DraftRecord | undefined>;
  save(draft: DraftInput, baseRev: number): Promise<SaveResult>;
}

/** The drafts of `db` as a {@link DraftStore}. */
export function draftStore(db: AlgobookDB): DraftStore {
  return { get: (id) => getDraft(db, id), save: (draft, baseRev) => saveDraft(db, draft, baseRev) };
}
