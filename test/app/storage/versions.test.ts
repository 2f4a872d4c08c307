import { describe, expect, it, vi } from 'vitest';
import {
  addVersion,
  getVersion,
  latestVersion,
  listVersions,
  VersionExistsError,
  type VersionRecord,
} from '../../../src/app/storage/versions.ts';
import { freshDB } from './helpers.ts';

/** A version record of notebook `notebook`; its "hash" is made up, the store does not hash. */
function version(notebook: string, n: number, sha256 = `${notebook}-hash-${n}`): VersionRecord {
  return {
    sha256,
    notebook,
    version: n,
    text: `text of ${notebook} v${n}`,
    message: `message ${n}`,
    published: `2026-01-0${n}T10:00:00.000Z`,
  };
}

describe('versions', () => {
  it('addVersion stores a version that getVersion(db, sha256) returns as stored', async () => {
    const db = await freshDB();
    const v1 = { ...version('a', 1), draft: 'a-draft' };
    await addVersion(db, v1);
    expect(await getVersion(db, v1.sha256)).toEqual(v1);
    expect(await getVersion(db, 'missing')).toBeUndefined();
  });

  it('keeps the output snapshot with its version; a version stored without one has none', async () => {
    const db = await freshDB();
    const text = '{"format":"algobook-outputs/1"}\n';
    const v1 = { ...version('a', 1), snapshot: text };
    await addVersion(db, v1);
    // A record stored before snapshots existed has no such field, and stays valid.
    await addVersion(db, version('a', 2));
    expect(await getVersion(db, v1.sha256)).toEqual(v1);
    expect((await getVersion(db, 'a-hash-2'))?.snapshot).toBeUndefined();
    expect((await latestVersion(db, 'a'))?.version).toBe(2);
  });

  it("listVersions(db, id) lists one notebook's versions, oldest first", async () => {
    const db = await freshDB();
    await addVersion(db, version('a', 2));
    await addVersion(db, version('b', 1));
    await addVersion(db, version('a', 1));
    await addVersion(db, version('a', 10));
    expect((await listVersions(db, 'a')).map((v) => v.version)).toEqual([1, 2, 10]);
    expect((await listVersions(db, 'b')).map((v) => v.sha256)).toEqual(['b-hash-1']);
    expect(await listVersions(db, 'none')).toEqual([]);
  });

  it('latestVersion(db, id) is the highest number, undefined without versions', async () => {
    const db = await freshDB();
    expect(await latestVersion(db, 'a')).toBeUndefined();
    await addVersion(db, version('a', 1));
    await addVersion(db, version('a', 2));
    await addVersion(db, version('ab', 7));
    expect((await latestVersion(db, 'a'))?.version).toBe(2);
  });

  it('addVersion refuses a text whose hash is stored, and keeps the stored one', async () => {
    const db = await freshDB();
    const v1 = version('a', 1, 'same');
    await addVersion(db, v1);
    const again = { ...version('a', 2, 'same'), message: 'overwrite?' };
    const refused = await addVersion(db, again).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(VersionExistsError);
    expect(refused).toMatchObject({ reason: 'hash', notebook: 'a' });
    expect(await getVersion(db, 'same')).toEqual(v1);
    expect(await listVersions(db, 'a')).toEqual([v1]);
  });

  it('addVersion refuses a second version with the same number, writing nothing', async () => {
    const db = await freshDB();
    const v1 = version('a', 1, 'first');
    await addVersion(db, v1);
    const refused = await addVersion(db, version('a', 1, 'other')).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'VersionExistsError', reason: 'number', version: 1 });
    expect(await getVersion(db, 'other')).toBeUndefined();
    expect(await listVersions(db, 'a')).toEqual([v1]);
    // The database is still usable after a refusal.
    await addVersion(db, version('a', 2));
    expect((await listVersions(db, 'a')).length).toBe(2);
  });

  it('two concurrent adds of the same number: one is stored, the other refused', async () => {
    const db = await freshDB();
    const results = await Promise.allSettled([
      addVersion(db, version('a', 1, 'x')),
      addVersion(db, version('a', 1, 'y')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await listVersions(db, 'a')).length).toBe(1);
  });

  it('addVersion rejects with QuotaExceededError when the disk is full, storing nothing', async () => {
    const db = await freshDB();
    // A version is added, never put: the full disk is simulated on `add`.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(addVersion(db, version('a', 1))).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      spy.mockRestore();
    }
    expect(await listVersions(db, 'a')).toEqual([]);
  });
});
