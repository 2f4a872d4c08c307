import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openAlgobookDB } from '../../../src/app/storage/db.ts';
import {
  decisionAbout,
  forgetDecision,
  rememberDecision,
} from '../../../src/app/storage/decisions.ts';
import { getDataset } from '../../../src/app/storage/dataset-cache.ts';
import { freshDB } from './helpers.ts';

const URL_A = 'data/sales.csv';
const HASH = 'ab'.repeat(32);

/** A database as a browser that last ran version 3 left it: its stores and a record in each. */
async function version3(factory: IDBFactory, name: string): Promise<void> {
  const request = factory.open(name, 3);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updated', 'updated');
    db.createObjectStore('versions', { keyPath: 'sha256' }).createIndex(
      'notebook',
      ['notebook', 'version'],
      { unique: true },
    );
    const datasets = db.createObjectStore('datasets', { keyPath: 'sha256' });
    datasets.createIndex('used', 'used');
    datasets.put({
      sha256: HASH,
      data: new Blob([new Uint8Array([1, 2, 3])]),
      size: 3,
      url: URL_A,
      stored: 1,
      used: 1,
    });
    request.transaction?.objectStore('drafts').put({ id: 'd1', title: 'T', text: 'x', updated: 1 });
  };
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  db.close();
}

describe('db migration to version 4', () => {
  it('adds the decisions store and keeps what version 3 stored', async () => {
    const factory = new IDBFactory();
    await version3(factory, 'old');
    const db = await openAlgobookDB({ factory, name: 'old' });
    expect(DB_VERSION).toBe(4);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([
      'datasets',
      'decisions',
      'drafts',
      'versions',
    ]);
    expect(await getDataset(db, HASH)).toEqual(new Uint8Array([1, 2, 3]));
    expect((await db.get('drafts', 'd1'))?.title).toBe('T');
    await rememberDecision(db, URL_A, HASH, 'keep-pinned');
    expect(await decisionAbout(db, URL_A, HASH)).toBe('keep-pinned');
    db.close();
  });
});

describe('decisions about a pin', () => {
  it('rememberDecision is read back for the same url and sha256 only, and forgetDecision undoes it', async () => {
    const db = await freshDB();
    await rememberDecision(db, URL_A, HASH.toUpperCase(), 'keep-pinned', 5);
    expect(await decisionAbout(db, URL_A, HASH)).toBe('keep-pinned');
    expect(await db.get('decisions', [URL_A, HASH])).toEqual({
      url: URL_A,
      sha256: HASH,
      decision: 'keep-pinned',
      decided: 5,
    });
    expect(await decisionAbout(db, 'data/other.csv', HASH)).toBeUndefined();
    expect(await decisionAbout(db, URL_A, 'cd'.repeat(32))).toBeUndefined();
    await forgetDecision(db, URL_A, HASH);
    expect(await decisionAbout(db, URL_A, HASH)).toBeUndefined();
  });
});
