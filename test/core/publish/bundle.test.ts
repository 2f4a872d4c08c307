import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/index.ts';
import {
  checkBundleFiles,
  MAX_BUNDLE_ENTRIES,
  packBundle,
  unpackBundle,
} from '../../../src/core/publish/bundle.ts';
import { PublishError } from '../../../src/core/publish/errors.ts';
import { decodeShareBundle, encodeShareBundle } from '../../../src/core/publish/share-bundle.ts';
import { encodeShare } from '../../../src/core/publish/share.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';

const CSV = new TextEncoder().encode('commune,pop\nA,10\nB,20\n');
const text = async (bytes = CSV) => `---
algobook: 1
id: pop
title: Population
datasets:
  pop:
    url: data/pop.csv
    format: csv
    sha256: ${await sha256Hex(bytes)}
---
`;
const enc = (s: string) => new TextEncoder().encode(s);

/** The error a call throws, as `{ code, params }`. */
async function refusal(fn: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof PublishError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe('bundles', () => {
  it('packBundle then unpackBundle gives the text and the files; checkBundleFiles keys them by hash', async () => {
    const t = await text();
    const bundle = unpackBundle(packBundle('pop.algo.md', t, new Map([['data/pop.csv', CSV]])));
    expect(bundle.name).toBe('pop.algo.md');
    expect(bundle.text).toBe(t);
    expect([...bundle.files.keys()]).toEqual(['data/pop.csv']);
    const byHash = await checkBundleFiles(parse(t), bundle.files);
    expect([...byHash.keys()]).toEqual([await sha256Hex(CSV)]);
  });

  it.each([
    ['../pop.csv'],
    ['data/../../pop.csv'],
    ['/etc/passwd'],
    ['data\\..\\pop.csv'],
    ['C:/pop.csv'],
  ])('unpackBundle refuses an entry named %s, which could leave the folder', async (name) => {
    const zip = zipSync({ 'pop.algo.md': enc(await text()), [name]: CSV });
    expect((await refusal(() => unpackBundle(zip))).code).toBe('bundle-bad-path');
  });

  it('unpackBundle refuses a zip that declares more bytes than the limit, before inflating', async () => {
    // 16 MB of zeros compress to some kilobytes: a bomb for a small limit.
    const zip = zipSync(
      { 'pop.algo.md': enc('x'), 'data/pop.csv': new Uint8Array(16 << 20) },
      { level: 1 },
    );
    expect(zip.byteLength).toBeLessThan(1 << 20);
    expect((await refusal(() => unpackBundle(zip, 4 << 20))).code).toBe('bundle-too-large');
  });

  it('unpackBundle refuses more entries than MAX_BUNDLE_ENTRIES', async () => {
    const entries: Record<string, Uint8Array> = { 'pop.algo.md': enc('x') };
    for (let i = 0; i <= MAX_BUNDLE_ENTRIES; i++) entries[`data/${i}.csv`] = enc('a');
    expect((await refusal(() => unpackBundle(zipSync(entries)))).code).toBe('bundle-too-many');
  });

  it('unpackBundle refuses a zip without exactly one notebook, and bytes that are no zip', async () => {
    expect((await refusal(() => unpackBundle(zipSync({ 'data/pop.csv': CSV })))).code).toBe(
      'bundle-no-notebook',
    );
    const two = zipSync({ 'a.algo.md': enc('x'), 'b.algo.md': enc('y') });
    expect((await refusal(() => unpackBundle(two))).code).toBe('bundle-no-notebook');
    expect((await refusal(() => unpackBundle(enc('PK\u0003\u0004 not a zip')))).code).toBe(
      'bundle-corrupt',
    );
  });

  it('checkBundleFiles refuses a file no dataset reads, and a file with other bytes than the pin (short hashes)', async () => {
    const notebook = parse(await text());
    const extra = await refusal(() =>
      checkBundleFiles(notebook, new Map([['data/other.csv', CSV]])),
    );
    expect(extra.code).toBe('bundle-unexpected');
    const other = enc('commune,pop\nA,11\n');
    const wrong = await refusal(() =>
      checkBundleFiles(notebook, new Map([['data/pop.csv', other]])),
    );
    expect(wrong.code).toBe('bundle-hash-mismatch');
    expect(wrong.message).toContain((await sha256Hex(other)).slice(0, 12));
    expect(wrong.message).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe('share payloads with files', () => {
  it('encodeShareBundle carries the files; decodeShareBundle reads them, and old payloads too', async () => {
    const t = await text();
    const payload = await encodeShareBundle(t, new Map([['data/pop.csv', CSV]]));
    const decoded = await decodeShareBundle(payload);
    expect(decoded.text).toBe(t);
    expect(decoded.files.get('data/pop.csv')).toEqual(CSV);
    // A link made before files travelled: the text alone.
    expect(await decodeShareBundle(await encodeShare(t))).toEqual({ text: t, files: new Map() });
  });
});
