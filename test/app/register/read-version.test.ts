import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { textHash } from '../../../src/core/publish/canonical-text.ts';
import type { ListedVersion } from '../../../src/core/register/entry.ts';
import { readVersion } from '../../../src/app/register/read-version.ts';

const TEXT = readFileSync(
  new URL('../../../examples/indice-atmo.algo.md', import.meta.url),
  'utf8',
);
const URL_ = 'https://city.example/indice-atmo/v1.algo.md';

const listed = (sha256 = textHash(TEXT)): ListedVersion => ({
  id: 'indice-atmo',
  title: 'Indice ATMO',
  version: 1,
  published: '2026-01-01T10:00:00Z',
  sha256,
  url: 'https://city.example/#/indice-atmo',
});

/** A fetch that answers every request with `body` (a text, or chunks streamed one by one). */
function answering(body: string | Uint8Array[], init: ResponseInit = {}): typeof fetch {
  return vi.fn(async () => {
    if (typeof body === 'string') return new Response(body, init);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of body) controller.enqueue(chunk);
        controller.close();
      },
    });
    return new Response(stream, init);
  });
}

describe('readVersion(url, listed)', () => {
  it("makes the row's entry from the version's own text: its card and completeness", async () => {
    const read = await readVersion(URL_, listed(), { fetch: answering(TEXT) });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.entry).toMatchObject({ id: 'indice-atmo', title: 'Indice ATMO', version: 1 });
    expect(read.entry.card.purpose).toMatch(/^Tell the public, every day/);
    expect(read.entry.card.legalBasis).toMatch(/^Arrêté du 10 juillet 2020/);
    expect(read.entry.completeness.total).toBeGreaterThan(0);
  });

  it('accepts the text with CR line breaks and a BOM, which are not part of the version', async () => {
    const windows = `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`;
    const read = await readVersion(URL_, listed(), { fetch: answering(windows) });
    expect(read.ok).toBe(true);
  });

  it('checks the SHA-256 before parsing: another text is refused, even a broken one', async () => {
    const other = TEXT.replace('step by step', 'step by step!');
    const read = await readVersion(URL_, listed(), { fetch: answering(other) });
    expect(read).toEqual({
      ok: false,
      problem: { kind: 'hash', expected: textHash(TEXT), actual: textHash(other) },
    });
    const broken = await readVersion(URL_, listed(), { fetch: answering('---\nnot: [yaml\n') });
    expect(broken.ok || broken.problem.kind).toBe('hash');
  });

  it('says when the listed text is not a notebook', async () => {
    const text = '---\nalgobook: 1\n---\n';
    const read = await readVersion(URL_, listed(textHash(text)), { fetch: answering(text) });
    expect(read.ok || read.problem.kind).toBe('format');
  });

  it('refuses a file over the limit by its Content-Length, without reading it', async () => {
    const read = await readVersion(URL_, listed(), {
      fetch: answering(TEXT, { headers: { 'content-length': '2000' } }),
      limit: 1000,
    });
    expect(read).toEqual({ ok: false, problem: { kind: 'too-large', limit: 1000 } });
  });

  it('refuses a file that grows over the limit while it streams in, whatever it announced', async () => {
    const chunk = new Uint8Array(600).fill(65);
    const read = await readVersion(URL_, listed(), {
      fetch: answering([chunk, chunk], { headers: { 'content-length': '10' } }),
      limit: 1000,
    });
    expect(read).toEqual({ ok: false, problem: { kind: 'too-large', limit: 1000 } });
  });

  it('says when the server answers an error, or cannot be reached', async () => {
    const status = await readVersion(URL_, listed(), {
      fetch: answering('gone', { status: 404 }),
    });
    expect(status).toEqual({ ok: false, problem: { kind: 'status', status: 404 } });
    const down = await readVersion(URL_, listed(), {
      fetch: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    });
    expect(down).toEqual({ ok: false, problem: { kind: 'unreachable' } });
  });
});
