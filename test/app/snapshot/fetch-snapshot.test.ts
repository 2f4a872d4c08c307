import { describe, expect, it } from 'vitest';
import {
  fetchSnapshot,
  isVersionUrl,
  readFetched,
} from '../../../src/app/snapshot/fetch-snapshot.ts';
import { SNAPSHOT_MAX_BYTES, snapshotText } from '../../../src/core/publish/snapshot.ts';

const SHA = 'a'.repeat(64);

/** A fetch that answers `response` and records the address asked for. */
function answering(response: () => Response): { get: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const get = ((url: string) => {
    asked.push(url);
    return Promise.resolve(response());
  }) as typeof fetch;
  return { get, asked };
}

describe('fetchSnapshot', () => {
  it('asks for vN.outputs.json beside the version and gives its text', async () => {
    const text = snapshotText({ format: 'algobook-outputs/1', notebook: SHA, cells: [] });
    const { get, asked } = answering(() => new Response(text));
    const fetched = await fetchSnapshot('https://city.example/n/v3.algo.md', get);
    expect(asked).toEqual(['https://city.example/n/v3.outputs.json']);
    expect(fetched).toEqual({ kind: 'text', text });
    expect(await readFetched(Promise.resolve(fetched), SHA)).toMatchObject({ ok: true });
    expect(await readFetched(Promise.resolve(fetched), 'b'.repeat(64))).toEqual({
      ok: false,
      problem: 'other-version',
    });
  });

  it('takes a 404 or an unreachable host as no snapshot', async () => {
    const missing = answering(() => new Response('not found', { status: 404 }));
    expect(await fetchSnapshot('https://x.example/v1.algo.md', missing.get)).toEqual({
      kind: 'none',
    });
    const down = (() => Promise.reject(new TypeError('failed'))) as typeof fetch;
    const none = await fetchSnapshot('https://x.example/v1.algo.md', down);
    expect(none).toEqual({ kind: 'none' });
    expect(await readFetched(Promise.resolve(none), SHA)).toBeNull();
  });

  it("takes a single-page host's index.html, answered for a missing file, as no snapshot", async () => {
    const page = '<!doctype html><html><body>app</body></html>';
    const typed = answering(
      () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    expect(await fetchSnapshot('https://x.example/v1.algo.md', typed.get)).toEqual({
      kind: 'none',
    });
    const untyped = answering(
      () => new Response(`\n${page}`, { headers: { 'content-type': 'application/octet-stream' } }),
    );
    expect(await fetchSnapshot('https://x.example/v1.algo.md', untyped.get)).toEqual({
      kind: 'none',
    });
  });

  it('refuses a file larger than the budget, announced or streamed', async () => {
    const big = new Uint8Array(SNAPSHOT_MAX_BYTES + 1);
    const announced = answering(
      () => new Response('{}', { headers: { 'content-length': String(big.length) } }),
    );
    expect(await fetchSnapshot('https://x.example/v1.algo.md', announced.get)).toEqual({
      kind: 'too-large',
    });
    const streamed = answering(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(big);
              controller.close();
            },
          }),
        ),
    );
    const fetched = await fetchSnapshot('https://x.example/v1.algo.md', streamed.get);
    expect(fetched).toEqual({ kind: 'too-large' });
    expect(await readFetched(Promise.resolve(fetched), SHA)).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });
});

describe('isVersionUrl', () => {
  it('knows a published version by its file name, vN.algo.md', () => {
    expect(isVersionUrl('https://city.example/notebooks/x/v12.algo.md')).toBe(true);
    expect(isVersionUrl('https://city.example/notebooks/x/draft.algo.md')).toBe(false);
    expect(isVersionUrl('https://city.example/v1.algo.md.html')).toBe(false);
    expect(isVersionUrl('not a url')).toBe(false);
  });
});
