import '../storage/helpers.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { idbCache } from '../../../src/app/data/bytes-cache.ts';
import { DatasetLoader } from '../../../src/app/data/dataset-loader.svelte.ts';
import { idbDecisions } from '../../../src/app/data/pin-decisions.ts';
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

async function setup(serve: () => Uint8Array | string) {
  server = await serveStatic(`${tmpdir()}/algobook-none`, {
    routes: { '/a.csv': () => ({ type: 'text/csv', body: serve() }) },
  });
  const db = await freshDB();
  const open = () => Promise.resolve(db);
  const url = server.url;
  const loader = new DatasetLoader(url, idbCache(open), { decisions: idbDecisions(open) });
  /** Another visit: a new loader over the same browser storage. */
  const again = () => new DatasetLoader(url, idbCache(open), { decisions: idbDecisions(open) });
  const spec: DatasetSpec = { url: 'a.csv', format: 'csv', sha256: await sha256Hex(ORIGINAL) };
  return { loader, spec, again };
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
    loader.keep('a', spec);
    expect(loader.status.a?.kept).toBe(true);
  });

  it('keep(name, spec) is remembered for the pin on the next visit, and unkeep undoes it', async () => {
    let bytes = ORIGINAL;
    const { loader, spec, again } = await setup(() => bytes);
    await loader.load('a', spec);
    bytes = CHANGED;
    const visit = async () => {
      const next = again();
      await next.load('a', spec);
      await expect.poll(() => next.status.a?.check).toBe('changed');
      return next;
    };
    const second = await visit();
    expect(second.status.a?.kept).toBeFalsy();
    second.keep('a', spec);
    const third = await visit();
    expect(third.status.a?.kept).toBe(true);
    third.unkeep('a', spec);
    expect(third.status.a?.kept).toBe(false);
    await expect.poll(async () => (await visit()).status.a?.kept ?? false).toBe(false);
  });

  it('a source answering a web page is "not found" in the background check, not changed', async () => {
    let bytes: Uint8Array | string = ORIGINAL;
    const { loader, spec } = await setup(() => bytes);
    await loader.load('a', spec);
    // Served as text/csv: its first bytes tell it is a page.
    bytes = '<!doctype html><html></html>';
    await loader.load('a', spec);
    await expect.poll(() => loader.status.a?.check).toBe('not-found');
    expect(loader.status.a?.changed).toBeUndefined();
  });

  it('a file from the computer, with no address, says it has nothing to be checked against', async () => {
    const db = await freshDB();
    const open = () => Promise.resolve(db);
    const cache = idbCache(open);
    const spec: DatasetSpec = {
      url: 'data/a.csv',
      format: 'csv',
      sha256: await sha256Hex(ORIGINAL),
    };
    await cache.put(spec.sha256, ORIGINAL, spec.url, 'file');
    // A new draft: opened from no address, so `data/a.csv` resolves against nothing.
    const loader = new DatasetLoader('', cache, { decisions: idbDecisions(open) });
    const bytes = await loader.load('a', spec);
    expect(new Uint8Array(await (bytes as Blob).arrayBuffer())).toEqual(ORIGINAL);
    await expect.poll(() => loader.status.a?.check).toBe('no-source');
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
