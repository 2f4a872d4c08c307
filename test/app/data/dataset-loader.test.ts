import '../storage/helpers.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { idbCache } from '../../../src/app/data/bytes-cache.ts';
import { DatasetLoader } from '../../../src/app/data/dataset-loader.svelte.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { serveStatic, type StaticServer } from '../../e2e/support/static-server.ts';
import { freshDB } from '../storage/helpers.ts';

const ORIGINAL = new TextEncoder().encode('a\n1\n');
const CHANGED = new TextEncoder().encode('a\n2\n');

let server: StaticServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(serve: () => Uint8Array) {
  server = await serveStatic(`${tmpdir()}/algobook-none`, {
    routes: { '/a.csv': () => ({ type: 'text/csv', body: serve() }) },
  });
  const db = await freshDB();
  const loader = new DatasetLoader(
    server.url,
    idbCache(() => Promise.resolve(db)),
  );
  const spec: DatasetSpec = { url: 'a.csv', format: 'csv', sha256: await sha256Hex(ORIGINAL) };
  return { loader, spec };
}

describe('DatasetLoader', () => {
  it('says where the bytes came from: the source first, then the cache, checked in the background', async () => {
    let bytes = ORIGINAL;
    const { loader, spec } = await setup(() => bytes);
    expect(await loader.load('a', spec)).toEqual(ORIGINAL);
    expect(loader.status.a).toMatchObject({ phase: 'ready', servedBy: { from: 'source' } });

    bytes = CHANGED;
    const cached = await loader.load('a', spec);
    expect(cached).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (cached as Blob).arrayBuffer())).toEqual(ORIGINAL);
    expect(loader.status.a).toMatchObject({ phase: 'ready', servedBy: { from: 'cache' } });
    // The background check of the source finds the new bytes' hash; a re-pin downloads them again.
    await expect.poll(() => loader.status.a?.check).toBe('changed');
    expect(loader.status.a?.changed?.sha256).toBe(await sha256Hex(CHANGED));
    expect((await loader.newBytes('a'))?.bytes).toEqual(CHANGED);
    loader.keep('a');
    expect(loader.status.a?.kept).toBe(true);
  });

  it('never hands over other bytes: a changed source without a cached copy fails', async () => {
    const { loader, spec } = await setup(() => CHANGED);
    await expect(loader.load('a', spec)).rejects.toThrow(/changed since it was pinned/);
    expect(loader.status.a).toMatchObject({ phase: 'changed' });
    expect((await loader.newBytes('a'))?.sha256).toBe(await sha256Hex(CHANGED));
  });

  it('prefetch serves one load, and cancel stops a download with "cancelled"', async () => {
    const { loader, spec } = await setup(() => ORIGINAL);
    loader.prefetch({ a: spec });
    loader.cancel('a');
    await expect(loader.load('a', spec)).rejects.toThrow(/was cancelled/);
    expect(loader.status.a).toMatchObject({ phase: 'failed', errorKind: 'cancelled' });
    // The next load downloads again.
    expect(await loader.load('a', spec)).toEqual(ORIGINAL);
  });
});
