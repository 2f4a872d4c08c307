import { describe, expect, it } from 'vitest';
import {
  clearDatasets,
  DatasetCacheFull,
  deleteDataset,
  getDataset,
  hasDataset,
  listDatasets,
  putDataset,
} from '../../../src/app/storage/dataset-cache.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import { fillDisk, freshDB } from './helpers.ts';

const text = (s: string) => new TextEncoder().encode(s);

async function entry(s: string) {
  const bytes = text(s);
  return { bytes, sha256: await sha256Hex(bytes) };
}

describe('dataset cache', () => {
  it('putDataset stores bytes by their sha256, and getDataset returns the same bytes', async () => {
    const db = await freshDB();
    const a = await entry('x,y\n1,2\n');
    await putDataset(db, a.sha256, a.bytes, { url: 'https://example.org/a.csv', now: 1000 });
    expect(await getDataset(db, a.sha256, 2000)).toEqual(a.bytes);
    expect(await hasDataset(db, a.sha256)).toBe(true);
    expect(await getDataset(db, 'f'.repeat(64))).toBeUndefined();
    expect(await hasDataset(db, 'f'.repeat(64))).toBe(false);
  });

  it('keeps its own copy: the caller may transfer its buffer afterwards', async () => {
    const db = await freshDB();
    const a = await entry('kept');
    await putDataset(db, a.sha256, a.bytes);
    a.bytes.fill(0);
    expect(new TextDecoder().decode(await getDataset(db, a.sha256))).toBe('kept');
  });

  it('getDataset touches `used`, so listDatasets lists the least recently used first', async () => {
    const db = await freshDB();
    const a = await entry('a');
    const b = await entry('bb');
    await putDataset(db, a.sha256, a.bytes, { now: 1000 });
    await putDataset(db, b.sha256, b.bytes, { now: 2000 });
    expect((await listDatasets(db)).entries.map((e) => e.sha256)).toEqual([a.sha256, b.sha256]);
    await getDataset(db, a.sha256, 3000);
    const listing = await listDatasets(db);
    expect(listing.entries.map((e) => e.sha256)).toEqual([b.sha256, a.sha256]);
    expect(listing.entries[1]).toEqual({ sha256: a.sha256, size: 1, stored: 1000, used: 3000 });
    expect(listing.totalBytes).toBe(3);
  });

  it('storing the same bytes again keeps one entry and marks it used', async () => {
    const db = await freshDB();
    const a = await entry('same');
    await putDataset(db, a.sha256, a.bytes, { now: 1000, url: 'u1' });
    await putDataset(db, a.sha256, a.bytes, { now: 5000, url: 'u2' });
    const { entries, totalBytes } = await listDatasets(db);
    expect(entries).toEqual([{ sha256: a.sha256, size: 4, stored: 1000, used: 5000, url: 'u2' }]);
    expect(totalBytes).toBe(4);
  });

  it('deleteDataset removes one entry, clearDatasets all, and the space used follows', async () => {
    const db = await freshDB();
    const a = await entry('a');
    const b = await entry('bb');
    await putDataset(db, a.sha256, a.bytes);
    await putDataset(db, b.sha256, b.bytes);
    await deleteDataset(db, a.sha256);
    await deleteDataset(db, a.sha256);
    expect(await listDatasets(db)).toMatchObject({
      totalBytes: 2,
      entries: [{ sha256: b.sha256 }],
    });
    await clearDatasets(db);
    expect(await listDatasets(db)).toEqual({ entries: [], totalBytes: 0 });
  });

  it('a full disk throws DatasetCacheFull with the size, and loses nothing stored', async () => {
    const db = await freshDB();
    const a = await entry('first');
    await putDataset(db, a.sha256, a.bytes);
    const b = await entry('second!');
    const restore = fillDisk();
    try {
      const error = await putDataset(db, b.sha256, b.bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetCacheFull);
      expect((error as DatasetCacheFull).size).toBe(7);
      expect((error as Error).message).toMatch(/storage is full/);
    } finally {
      restore();
    }
    expect(await getDataset(db, a.sha256)).toEqual(a.bytes);
    expect(await hasDataset(db, b.sha256)).toBe(false);
  });

  it('a full disk while marking a read as used still returns the bytes', async () => {
    const db = await freshDB();
    const a = await entry('read me');
    await putDataset(db, a.sha256, a.bytes);
    const restore = fillDisk();
    try {
      expect(await getDataset(db, a.sha256)).toEqual(a.bytes);
    } finally {
      restore();
    }
  });
});
