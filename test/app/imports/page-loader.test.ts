import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  pageImportCache,
  pageImportLoader,
} from '../../../src/app/imports/page-loader.ts';
import type { BytesCache } from '../../../src/app/data/bytes-cache.ts';
import { DatasetLoadError } from '../../../src/app/data/load-error.ts';

const answer = (body: BodyInit, init?: ResponseInit) => () =>
  Promise.resolve(new Response(body, init));

describe('pageImportLoader()', () => {
  it('gives the bytes the URL serves', async () => {
    const load = pageImportLoader(answer('---\nalgobook: 1\n---\n'));
    expect(new TextDecoder().decode(await load('https://a.example/n.algo.md'))).toBe(
      '---\nalgobook: 1\n---\n',
    );
  });

  it(`refuses a file larger than ${MAX_IMPORT_BYTES} bytes, as a download that is too large`, async () => {
    const load = pageImportLoader(answer(new Uint8Array(MAX_IMPORT_BYTES + 1)));
    const error = await load('https://a.example/big.algo.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ kind: 'too-large' });
  });

  it('words a missing file as not found', async () => {
    const load = pageImportLoader(answer('no', { status: 404 }));
    await expect(load('https://a.example/gone.algo.md')).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

describe('pageImportCache(bytes)', () => {
  it('keeps the file by hash in the datasets’ cache, as bytes a URL serves', async () => {
    const stored = new Map<string, { blob: Blob; url?: string; origin?: string }>();
    const bytes: BytesCache = {
      get: (sha256) => Promise.resolve(stored.get(sha256)?.blob),
      put: (sha256, data, url, origin) => {
        stored.set(sha256, { blob: new Blob([data.slice()]), url, origin });
        return Promise.resolve(undefined);
      },
    };
    const cache = pageImportCache(bytes);
    expect(await cache.get('a'.repeat(64))).toBeUndefined();
    await cache.put('a'.repeat(64), new Uint8Array([1, 2, 3]), 'https://a.example/n.algo.md');
    expect(await cache.get('a'.repeat(64))).toEqual(new Uint8Array([1, 2, 3]));
    expect(stored.get('a'.repeat(64))).toMatchObject({
      url: 'https://a.example/n.algo.md',
      origin: 'web',
    });
  });
});
