// fake-indexeddb/auto installs the IDB classes `idb` checks values against; each test still gets
// its own IDBFactory, so databases never leak between tests.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openAlgobookDB, type AlgobookDB } from '../../../src/app/storage/db.ts';
import type { DraftInput } from '../../../src/app/storage/drafts.ts';

/** A new, empty database. */
export function freshDB(): Promise<AlgobookDB> {
  return openAlgobookDB({ factory: new IDBFactory() });
}

/** A draft to save, by id. */
export function draft(id: string, text = `text of ${id}`, writer = 'tab-a'): DraftInput {
  return { id, title: `Title ${id}`, text, writer };
}

/** Makes every IndexedDB put throw what a full disk throws, until the returned restore. */
export function fillDisk(): () => void {
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => spy.mockRestore();
}
