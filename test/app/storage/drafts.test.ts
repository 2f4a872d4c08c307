import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION } from '../../../src/app/storage/db.ts';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../../../src/app/storage/drafts.ts';
import { draft, fillDisk, freshDB } from './helpers.ts';

describe('openAlgobookDB', () => {
  it('openAlgobookDB({ factory }) creates the drafts, versions, datasets and decisions stores with their indexes', async () => {
    const db = await freshDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'datasets',
      'decisions',
      'drafts',
      'versions',
    ]);
    expect([...db.transaction('drafts').store.indexNames]).toEqual(['updated']);
    expect([...db.transaction('versions').store.indexNames]).toEqual(['notebook']);
    expect([...db.transaction('datasets').store.indexNames]).toEqual(['used']);
  });
});

describe('drafts', () => {
  it('saveDraft(db, draft, 0) creates revision 1, which getDraft(db, id) returns', async () => {
    const db = await freshDB();
    const origin = { kind: 'example' as const, ref: 'intro' };
    expect(await saveDraft(db, { ...draft('a'), origin }, 0, 1000)).toEqual({ ok: true, rev: 1 });
    expect(await getDraft(db, 'a')).toEqual({ ...draft('a'), origin, rev: 1, updated: 1000 });
    expect(await getDraft(db, 'missing')).toBeUndefined();
  });

  it('saveDraft(db, draft, rev) writes rev + 1 and keeps the stored origin', async () => {
    const db = await freshDB();
    await saveDraft(db, { ...draft('a'), origin: { kind: 'file', ref: 'x.algo.md' } }, 0);
    expect(await saveDraft(db, draft('a', 'edited'), 1)).toEqual({ ok: true, rev: 2 });
    expect(await getDraft(db, 'a')).toMatchObject({
      text: 'edited',
      rev: 2,
      origin: { kind: 'file', ref: 'x.algo.md' },
    });
  });

  it('listDrafts(db) lists the most recently updated first, without text', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('old'), 0, 1000);
    await saveDraft(db, draft('new'), 0, 3000);
    await saveDraft(db, draft('mid'), 0, 2000);
    const list = await listDrafts(db);
    expect(list.map((d) => d.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).toEqual({
      id: 'new',
      title: 'Title new',
      writer: 'tab-a',
      rev: 1,
      updated: 3000,
    });
  });

  it('deleteDraft(db, id) removes it, and a missing id is no error', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a'), 0);
    await deleteDraft(db, 'a');
    await deleteDraft(db, 'a');
    expect(await listDrafts(db)).toEqual([]);
  });

  it('saveDraft refuses a stale baseRev, writes nothing and returns theirs', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a', 'first'), 0, 1000);
    await saveDraft(db, draft('a', 'theirs', 'tab-b'), 1, 2000);
    const theirs = await getDraft(db, 'a');
    expect(await saveDraft(db, draft('a', 'mine'), 1, 3000)).toEqual({
      ok: false,
      conflict: { theirs },
    });
    expect(await getDraft(db, 'a')).toEqual(theirs);
  });

  it('saveDraft with baseRev 0 refuses to replace a draft that exists', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a', 'first'), 0);
    expect(await saveDraft(db, draft('a', 'second'), 0)).toMatchObject({ ok: false });
    expect(await getDraft(db, 'a')).toMatchObject({ text: 'first', rev: 1 });
  });

  it('saveDraft writes again a draft deleted meanwhile, rather than lose the text', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a'), 0);
    await deleteDraft(db, 'a');
    expect(await saveDraft(db, draft('a', 'still editing'), 1)).toEqual({ ok: true, rev: 2 });
  });

  it('saveDraft rejects with QuotaExceededError and leaves the stored draft intact', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a', 'kept'), 0);
    const restore = fillDisk();
    try {
      await expect(saveDraft(db, draft('a', 'lost'), 1)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      restore();
    }
    expect(await getDraft(db, 'a')).toMatchObject({ text: 'kept', rev: 1 });
  });

  it('saveDraft rejects when the transaction aborts after the write, which is undone', async () => {
    const db = await freshDB();
    await saveDraft(db, draft('a', 'kept'), 0);
    const put = IDBObjectStore.prototype.put;
    // A write that goes through and then fails at commit, as a quota error does in browsers.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      const request = put.apply(this, args);
      request.addEventListener('success', () => this.transaction.abort());
      return request;
    });
    try {
      await expect(saveDraft(db, draft('a', 'lost'), 1)).rejects.toMatchObject({
        name: 'AbortError',
      });
    } finally {
      spy.mockRestore();
    }
    expect(await getDraft(db, 'a')).toMatchObject({ text: 'kept', rev: 1 });
  });
});
