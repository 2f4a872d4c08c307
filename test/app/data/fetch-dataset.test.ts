import '../storage/helpers.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { idbCache } from '../../../src/app/data/bytes-cache.ts';
import {
  checkSource,
  DatasetChanged,
  DatasetUnavailable,
  fetchDataset,
} from '../../../src/app/data/fetch-dataset.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import { AlgobookError, errorText } from '../../../src/core/errors/index.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import { serveStatic, type StaticServer } from '../../e2e/support/static-server.ts';
import { freshDB } from '../storage/helpers.ts';
import { tmpdir } from 'node:os';

const ORIGINAL = new TextEncoder().encode('city,pop\nParis,2100000\n');
const CHANGED = new TextEncoder().encode('city,pop\nParis,2200000\n');

let servers: StaticServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A server on 127.0.0.1 whose files a test can change; `/missing.csv` answers 404. */
async function host(files: Record<string, Uint8Array | (() => Uint8Array)>, headers = {}) {
  const routes = Object.fromEntries(
    Object.entries(files).map(([path, body]) => [
      path,
      () => {
        const bytes = typeof body === 'function' ? body() : body;
        return {
          type: 'text/csv',
          body: bytes,
          headers: { 'Content-Length': String(bytes.byteLength), ...headers },
        };
      },
    ]),
  );
  const server = await serveStatic(tmpdir() + '/algobook-none', { routes });
  servers.push(server);
  return server;
}

async function pinOf(bytes: Uint8Array, url: string, mirrors?: string[]): Promise<DatasetSpec> {
  return { url, format: 'csv', sha256: await sha256Hex(bytes), ...(mirrors ? { mirrors } : {}) };
}

async function cache() {
  const db = await freshDB();
  return idbCache(() => Promise.resolve(db));
}

describe('fetchDataset', () => {
  it('downloads from the source, keeps the bytes, then serves them from the cache offline', async () => {
    const server = await host({ '/a.csv': ORIGINAL });
    const spec = await pinOf(ORIGINAL, 'a.csv');
    const c = await cache();
    const first = await fetchDataset('a', spec, server.url, { cache: c });
    expect(first.servedBy).toEqual({ from: 'source', url: `${server.url}a.csv` });
    expect(first.bytes).toEqual(ORIGINAL);
    await server.close();
    const second = await fetchDataset('a', spec, server.url, { cache: c });
    expect(second.servedBy).toEqual({ from: 'cache' });
    // From the cache, a Blob the worker reads: the page does not read large bytes itself.
    expect(second.bytes).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (second.bytes as Blob).arrayBuffer())).toEqual(ORIGINAL);
  });

  it('reports progress with the total from Content-Length', async () => {
    const server = await host({ '/a.csv': ORIGINAL });
    const seen: { loaded: number; total?: number }[] = [];
    await fetchDataset('a', await pinOf(ORIGINAL, 'a.csv'), server.url, {
      onProgress: (p) => seen.push({ loaded: p.loaded, total: p.total }),
    });
    expect(seen[0]).toEqual({ loaded: 0, total: ORIGINAL.byteLength });
    expect(seen.at(-1)).toEqual({ loaded: ORIGINAL.byteLength, total: ORIGINAL.byteLength });
  });

  it('tries the mirrors in order when the source fails, and says which one served', async () => {
    const server = await host({ '/copy.csv': ORIGINAL });
    const spec = await pinOf(ORIGINAL, 'missing.csv', ['also-missing.csv', 'copy.csv']);
    const loaded = await fetchDataset('a', spec, server.url);
    expect(loaded.servedBy).toEqual({ from: 'mirror', url: `${server.url}copy.csv`, mirror: 2 });
    expect(loaded.failures.map((f) => [f.mirror, f.error.kind])).toEqual([
      [0, 'not-found'],
      [1, 'not-found'],
    ]);
    expect(loaded.failures[0].error.message).toMatch(/does not exist \(404\)/);
  });

  it('never returns other bytes: a changed source with nothing else throws DatasetChanged', async () => {
    const server = await host({ '/a.csv': CHANGED });
    const spec = await pinOf(ORIGINAL, 'a.csv');
    const error = await fetchDataset('a', spec, server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetChanged);
    const changed = (error as DatasetChanged).changed;
    expect(changed.sha256).toBe(await sha256Hex(CHANGED));
    // Only their hash and size are kept, not the bytes.
    expect(changed).toEqual({
      sha256: await sha256Hex(CHANGED),
      size: CHANGED.byteLength,
      url: `${server.url}a.csv`,
      retrieved: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
    expect((error as Error).message).toMatch(/changed since it was pinned/);
  });

  it('a mirror with the pinned bytes serves when the source changed, and the change is told', async () => {
    const server = await host({ '/a.csv': CHANGED, '/mirror.csv': ORIGINAL });
    const spec = await pinOf(ORIGINAL, 'a.csv', ['mirror.csv']);
    const loaded = await fetchDataset('a', spec, server.url);
    expect(loaded.bytes).toEqual(ORIGINAL);
    expect(loaded.servedBy).toMatchObject({ from: 'mirror', mirror: 1 });
    expect(loaded.changed?.sha256).toBe(await sha256Hex(CHANGED));
  });

  it('stops a source serving more than the pinned size there, and says so', async () => {
    const big = new Uint8Array(200_000).fill(65);
    const server = await host({ '/a.csv': big });
    const spec = { ...(await pinOf(ORIGINAL, 'a.csv')), bytes: ORIGINAL.byteLength };
    const error = await fetchDataset('a', spec, server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetChanged);
    const changed = (error as DatasetChanged).changed;
    expect(changed).toMatchObject({ stopped: true, url: `${server.url}a.csv` });
    expect(changed.sha256).toBeUndefined();
    expect(changed.size).toBeGreaterThan(ORIGINAL.byteLength);
    expect((error as Error).message).toMatch(/serves more than the pinned 23\sbytes/);
  });

  it('refuses a file larger than the limit before reading it, saying how large', async () => {
    const server = await host({ '/a.csv': ORIGINAL });
    const spec = await pinOf(ORIGINAL, 'a.csv');
    const error = await fetchDataset('a', spec, server.url, { maxBytes: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetUnavailable);
    expect((error as DatasetUnavailable).sourceError?.kind).toBe('too-large');
    expect((error as Error).message).toMatch(
      /too large for the browser \(23\sbytes; the limit is 10\sbytes\)/,
    );
  });

  it('an unreachable server is told apart from a missing file', async () => {
    const server = await host({});
    const url = server.url;
    await server.close();
    servers = [];
    const error = await fetchDataset('a', await pinOf(ORIGINAL, 'a.csv'), url).catch((e) => e);
    expect((error as DatasetUnavailable).sourceError?.kind).toBe('unreachable');
    expect((error as Error).message).toMatch(/Could not reach/);
  });

  it('a missing file is a coded error naming its cause, worded in either language', async () => {
    const server = await host({});
    const error = await fetchDataset('a', await pinOf(ORIGINAL, 'a.csv'), server.url).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AlgobookError);
    const { code, params } = error as AlgobookError;
    expect({ code, cause: params.cause, dataset: params.dataset }).toEqual({
      code: 'dataset-unavailable',
      cause: 'download-not-found',
      dataset: 'a',
    });
    expect(errorText('fr', code, params, '')).toBe(
      `Le jeu de données «\u00a0a\u00a0» n’a pas pu être chargé. ${server.url}a.csv n’existe pas (404)\u00a0: le fichier a peut-être été déplacé.`,
    );
    expect(errorText('en', code, params, '')).toBe(
      `Dataset "a" could not be loaded. ${server.url}a.csv does not exist (404): the file may have moved.`,
    );
  });

  it('an aborted signal cancels the download', async () => {
    const server = await host({ '/a.csv': ORIGINAL });
    const controller = new AbortController();
    controller.abort();
    const error = await fetchDataset('a', await pinOf(ORIGINAL, 'a.csv'), server.url, {
      signal: controller.signal,
    }).catch((e) => e);
    expect((error as DatasetUnavailable).sourceError?.kind).toBe('cancelled');
    expect((error as Error).message).toMatch(/was cancelled/);
  });
});

describe('checkSource', () => {
  it('says whether the source still serves the pinned bytes', async () => {
    let bytes = ORIGINAL;
    const server = await host({ '/a.csv': () => bytes });
    const spec = await pinOf(ORIGINAL, 'a.csv');
    expect(await checkSource(spec, server.url)).toEqual({
      kind: 'same',
      url: `${server.url}a.csv`,
    });
    bytes = CHANGED;
    const check = await checkSource(spec, server.url);
    expect(check.kind).toBe('changed');
    if (check.kind === 'changed') expect(check.changed.sha256).toBe(await sha256Hex(CHANGED));
    await server.close();
    servers = [];
    expect((await checkSource(spec, server.url)).kind).toBe('unreachable');
  });
});
