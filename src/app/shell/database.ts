import { openAlgobookDB, type AlgobookDB } from '../storage/db.ts';

let opening: Promise<AlgobookDB> | null = null;

/** The app's IndexedDB, opened once per page. */
export function database(): Promise<AlgobookDB> {
  opening ??= openAlgobookDB().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** This tab's id, recorded as the writer of its saves (two tabs must be told apart). */
export const TAB_ID = crypto.randomUUID();
