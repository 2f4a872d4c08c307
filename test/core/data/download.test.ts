import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteBudget } from '../../../src/core/data/byte-budget.ts';
import {
  DEFAULT_MAX_BYTES,
  download,
  DownloadMismatch,
  type DownloadProgress,
} from '../../../src/core/data/download.ts';
import { sourcesOf } from '../../../src/core/data/sources.ts';
import { DownloadError } from '../../../src/core/data/download-error.ts';
import { startFakePortal, type FakePortal } from '../../support/fake-portal.ts';

let portal: FakePortal;
beforeAll(async () => {
  portal = await startFakePortal({ slow: { chunkBytes: 32 * 1024, intervalMs: 10 } });
});
afterAll(() => portal.close());

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('sourcesOf(spec, baseUrl)', { timeout: 30_000 }, () => {
  it('lists the url then the mirrors, relative ones resolved against the notebook URL', () => {
    const spec = {
      url: 'https://opendata.paris.fr/data.csv',
      mirrors: [
        'data/copy.csv',
        '../shared/copy.csv',
        'https://mirror.example/data.csv',
        'data/copy.csv',
      ],
    };
    expect(sourcesOf(spec, 'https://city.example/notebooks/pop.algo.md')).toEqual([
      { url: 'https://opendata.paris.fr/data.csv', mirror: 0 },
      { url: 'https://city.example/notebooks/data/copy.csv', mirror: 1 },
      { url: 'https://city.example/shared/copy.csv', mirror: 2 },
      { url: 'https://mirror.example/data.csv', mirror: 3 },
    ]);
    expect(sourcesOf({ url: 'data/x.csv' })).toEqual([{ url: 'data/x.csv', mirror: 0 }]);
  });

  it('skips mirrors that are not text, keeping the numbers people see in the list', () => {
    const mirrors = ['', 42, 'b.csv'] as unknown as string[];
    expect(sourcesOf({ url: 'a.csv', mirrors }, 'https://x.example/')).toEqual([
      { url: 'https://x.example/a.csv', mirror: 0 },
      { url: 'https://x.example/b.csv', mirror: 3 },
    ]);
  });
});

describe('download(sources, options)', { timeout: 30_000 }, () => {
  it('returns the bytes and the URL that served them, reporting progress up to the total', async () => {
    const progress: DownloadProgress[] = [];
    const url = `${portal.url}/slow/files/big.csv`;
    const result = await download([url], { onProgress: (p) => progress.push(p) });
    const expected = portal.file('/files/big.csv');
    expect(result.url).toBe(url);
    expect(result.bytes).toEqual(expected);
    expect(result.failures).toEqual([]);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress[0]).toEqual({ url, loaded: 0, total: expected.byteLength });
    expect(progress.at(-1)).toEqual({
      url,
      loaded: expected.byteLength,
      total: expected.byteLength,
    });
    const loaded = progress.map((p) => p.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
  });

  it('tries the mirrors in order when the source fails, and says which served', async () => {
    const source = `${portal.url}/files/gone.csv`;
    const mirror = `${portal.url}/files/paris-arrondissements.csv`;
    const result = await download([source, mirror]);
    expect(result.url).toBe(mirror);
    expect(result.bytes).toEqual(portal.file('/files/paris-arrondissements.csv'));
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0].url).toBe(source);
    expect(result.failures[0].error).toMatchObject({ reason: 'http', status: 404 });
  });

  it('with the pinned sha256, skips a source serving changed bytes for a mirror serving the pinned ones', async () => {
    portal.setFile('/files/pinned.csv', 'a\n1\n');
    portal.setFile('/files/mirror.csv', 'a\n1\n');
    const sha256 = portal.sha256('/files/pinned.csv');
    portal.setFile('/files/pinned.csv', 'a\n2\n');
    const changed = portal.sha256('/files/pinned.csv');
    const sources = [`${portal.url}/files/pinned.csv`, `${portal.url}/files/mirror.csv`];
    const result = await download(sources, { sha256 });
    expect(result).toMatchObject({ url: sources[1], index: 1, sha256 });
    expect(result.failures).toEqual([
      { url: sources[0], index: 0, error: { reason: 'mismatch', sha256: changed, size: 4 } },
    ]);

    // No source has the pinned bytes: the hash and size of what each served, never the bytes.
    portal.setFile('/files/mirror.csv', 'a\n3\n');
    const none = await download(sources, { sha256 }).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(DownloadMismatch);
    const failures = (none as DownloadMismatch).failures;
    expect(failures.map((f) => f.error)).toEqual([
      { reason: 'mismatch', sha256: changed, size: 4 },
      { reason: 'mismatch', sha256: portal.sha256('/files/mirror.csv'), size: 4 },
    ]);
    expect((none as DownloadMismatch).changed.url).toBe(sources[0]);
  });

  it('fails with an http error naming the status', async () => {
    const url = `${portal.url}/status/503`;
    const error = await download([url]).catch((e) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toMatchObject({ reason: 'http', status: 503, url });
    expect(error.message).toBe(`${url} answered 503 Service Unavailable.`);
  });

  it('lists every failure when no source answers', async () => {
    const port = await closedPort();
    const sources = [`http://127.0.0.1:${port}/a.csv`, `${portal.url}/files/gone.csv`];
    const error = await download(sources).catch((e) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.failures.map((f: DownloadError) => f.reason)).toEqual(['unreachable', 'http']);
    expect(error.message).toMatch(
      new RegExp(
        `^No source served the dataset: could not reach http://127.0.0.1:${port}/a.csv \\(ECONNREFUSED\\): the host does not answer .* ${portal.url}/files/gone.csv answered 404 Not Found.$`,
      ),
    );
  });

  it('refuses a file announced larger than the limit, before reading it, suggesting a portal query', async () => {
    const url = `${portal.url}/huge/files/big.csv`;
    const error = await download([url]).catch((e) => e);
    expect(error).toMatchObject({
      reason: 'too-large',
      bytes: 3 * 1024 ** 3,
      limit: DEFAULT_MAX_BYTES,
    });
    expect(error.message).toBe(
      `${url} is too large (3072 MB; the limit is 512 MB); use a portal query to reduce it (select fewer columns, filter rows, or group them).`,
    );
  });

  it('stops reading past the limit when the host does not announce the size', async () => {
    // A chunked answer: the same bytes, without Content-Length.
    const chunked = async (url: string, init?: RequestInit) => {
      const response = await fetch(url, init);
      return new Response(response.body, { status: response.status });
    };
    const url = `${portal.url}/slow/files/big.csv`;
    const progress: DownloadProgress[] = [];
    const error = await download([url], {
      fetch: chunked,
      maxBytes: 100_000,
      onProgress: (p) => progress.push(p),
    }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'too-large', limit: 100_000 });
    expect(error.bytes).toBeGreaterThan(100_000);
    expect(progress[0].total).toBeNull();
    const whole = await download([url], { fetch: chunked });
    expect(whole.bytes).toEqual(portal.file('/files/big.csv'));
  });

  it('cancels on the signal, during the download, without trying the mirrors', async () => {
    portal.setSlow({ chunkBytes: 1024, intervalMs: 20 });
    try {
      const controller = new AbortController();
      const mirror = `${portal.url}/files/big.csv`;
      const before = portal.requests.length;
      const result = download([`${portal.url}/slow/files/big.csv`, mirror], {
        signal: controller.signal,
        onProgress: ({ loaded }) => {
          if (loaded > 4000) controller.abort();
        },
      });
      await expect(result).rejects.toMatchObject({ name: 'DownloadError', reason: 'cancelled' });
      expect(portal.requests.slice(before)).not.toContain('/files/big.csv');
      const already = new AbortController();
      already.abort();
      await expect(download([mirror], { signal: already.signal })).rejects.toMatchObject({
        reason: 'cancelled',
      });
    } finally {
      portal.setSlow({ chunkBytes: 32 * 1024, intervalMs: 10 });
    }
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const result = await download(['memory:x'], {
      fetch: async (url) => {
        seen.push(url);
        return new Response('a\n1\n');
      },
    });
    expect(seen).toEqual(['memory:x']);
    expect(new TextDecoder().decode(result.bytes)).toBe('a\n1\n');
  });

  it('tells a host that answers without CORS from one that does not answer, by an opaque probe', async () => {
    // In Node, fetch ignores CORS; this fetch refuses cross-origin reads as a browser does, so the
    // probe (mode no-cors) goes to the real server.
    const browserLike = async (url: string, init?: RequestInit) => {
      const response = await fetch(url, init);
      if (init?.mode !== 'no-cors' && !response.headers.get('access-control-allow-origin')) {
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const nocors = `${portal.url}/nocors/files/big.csv`;
    const error = await download([nocors], { fetch: browserLike }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'cors', url: nocors });
    expect(error.message).toMatch(/refuses requests from other sites .* load it as a local file/);
    const port = await closedPort();
    const down = await download([`http://127.0.0.1:${port}/x.csv`], { fetch: browserLike }).catch(
      (e) => e,
    );
    expect(down.reason).toBe('unreachable');
  });
});

/** A body of `chunks` chunks of `size` bytes, made only when read; `pulled()` counts them. */
function lazyBody(chunks: number, size = 65536) {
  let made = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (made === chunks) return controller.close();
        made++;
        controller.enqueue(new Uint8Array(size).fill(48 + (made % 10)));
      },
    },
    { highWaterMark: 0 },
  );
  return { fetch: async () => new Response(body), pulled: () => made };
}

describe('download caps', () => {
  it('stops a source at the pinned size: a bomb costs no more than the pinned bytes', async () => {
    // 3000 chunks of 64 kB: a 200 MB answer, as a gzip bomb decodes.
    const bomb = lazyBody(3000);
    const error = await download(['http://bomb.example/a.csv'], {
      fetch: bomb.fetch,
      sha256: 'ab'.repeat(32),
      bytes: 1000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadMismatch);
    expect((error as DownloadMismatch).changed.mismatch).toEqual({
      reason: 'mismatch',
      size: 65536,
      stopped: true,
    });
    expect(bomb.pulled()).toBeLessThanOrEqual(2);
  });

  it('tries the mirrors after a source that passed the pinned size', async () => {
    const pinned = new TextEncoder().encode('a\n1\n');
    const sha256 = Buffer.from(await crypto.subtle.digest('SHA-256', pinned)).toString('hex');
    const bomb = lazyBody(3000);
    const result = await download(['http://bomb.example/a.csv', 'http://mirror.example/a.csv'], {
      fetch: async (url) => (url.includes('bomb') ? bomb.fetch() : new Response(pinned)),
      sha256,
      bytes: pinned.byteLength,
    });
    expect(result).toMatchObject({ index: 1, sha256 });
    expect(result.failures[0].error).toEqual({ reason: 'mismatch', size: 65536, stopped: true });
  });

  it('holds the downloads going on together within a shared budget, and gives it back', async () => {
    const budget = new ByteBudget(300_000);
    const first = lazyBody(3);
    const whole = await download(['http://a.example/x'], { fetch: first.fetch, budget });
    expect(whole.bytes.byteLength).toBe(3 * 65536);
    expect(budget.inUse).toBe(0);

    const bomb = lazyBody(3000);
    const error = await download(['http://b.example/x'], { fetch: bomb.fetch, budget }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ reason: 'too-large', budget: true, limit: 300_000 });
    expect((error as Error).message).toMatch(/downloaded together exceed/);
    expect(bomb.pulled()).toBeLessThanOrEqual(6);
    expect(budget.inUse).toBe(0);
  });
});
