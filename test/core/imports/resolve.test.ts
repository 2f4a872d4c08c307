import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { resolveImports } from '../../../src/core/imports/resolve.ts';
import { sha256Text as hashOf } from '../../../src/core/publish/hash.ts';
import {
  FIXTURES,
  fixture,
  french,
  memoryCache,
  notebookText,
  outcome,
  servedBy,
} from './helpers.ts';

const BASE = 'https://a.example.org/notebooks/report.algo.md';
const LIB_URL = 'https://a.example.org/notebooks/lib.algo.md';
const lib = notebookText('Lib');
const LIB = hashOf(lib);
const importing = (url: string, sha = LIB) =>
  parse(notebookText('Report', { lib: [url, sha] })).front;

describe('resolveImports(front, baseUrl, load, options)', () => {
  it('resolveImports(...) resolves a relative url against the importer and checks the bytes', async () => {
    const load = servedBy({ [LIB_URL]: lib });
    const entries = await resolveImports(importing('lib.algo.md'), BASE, load);
    expect(outcome(entries.lib)).toEqual({ url: LIB_URL, title: 'Lib', imports: {} });
    expect(entries.lib).toMatchObject({ name: 'lib', text: lib });
    expect(load.asked).toEqual([LIB_URL]);
  });

  it('resolveImports(...) refuses bytes that do not hash to the pin, naming the import, the URL and both hashes', async () => {
    const tampered = lib.replace('x = 1', 'x = 2');
    const load = servedBy({ [LIB_URL]: tampered });
    const entries = await resolveImports(importing('lib.algo.md'), BASE, load);
    expect(outcome(entries.lib)).toEqual({
      error: 'import-changed',
      message: `Import "lib" does not match its pin: ${LIB_URL} serves bytes with sha256 ${hashOf(tampered)}, the notebook pins sha256 ${LIB}. The imported notebook changed since it was pinned: pin the new version or restore the original file.`,
    });
    expect(french(entries.lib)).toContain(
      `${LIB_URL} sert des octets de sha256 ${hashOf(tampered)}, le carnet épingle le sha256 ${LIB}`,
    );
    expect(entries.lib).toMatchObject({ error: { name: 'ImportChanged' } });
  });

  it('resolveImports(...) uses a mirror when the source fails, and when a mirror serves other bytes', async () => {
    const text = `---\nalgobook: 1\nid: r\ntitle: R\nimports:\n  lib:\n    url: https://down.example.org/lib.algo.md\n    sha256: ${LIB}\n    mirrors: [https://changed.example.org/lib.algo.md, mirror/lib.algo.md]\n---\n`;
    const mirror = 'https://a.example.org/notebooks/mirror/lib.algo.md';
    const load = servedBy({ 'https://changed.example.org/lib.algo.md': 'other', [mirror]: lib });
    const entries = await resolveImports(parse(text).front, BASE, load);
    expect(outcome(entries.lib)).toEqual({ url: mirror, title: 'Lib', imports: {} });
    expect(load.asked).toEqual([
      'https://down.example.org/lib.algo.md',
      'https://changed.example.org/lib.algo.md',
      mirror,
    ]);
  });

  it('resolveImports(...) names the source’s failure when no URL serves the file', async () => {
    const entries = await resolveImports(importing('lib.algo.md'), BASE, servedBy({}));
    expect(outcome(entries.lib)).toEqual({
      error: 'import-unavailable',
      message: `Import "lib" could not be loaded from ${LIB_URL}. nothing at ${LIB_URL}`,
    });
  });

  it('resolveImports(...) takes a cached file by its pin without loading, and caches what it checked', async () => {
    const cache = memoryCache({ [LIB]: new TextEncoder().encode(lib) });
    const load = servedBy({});
    const entries = await resolveImports(importing('lib.algo.md'), BASE, load, { cache });
    expect(outcome(entries.lib)).toMatchObject({ title: 'Lib' });
    expect(load.asked).toEqual([]);
    expect(cache.puts).toEqual([]);

    const empty = memoryCache();
    await resolveImports(importing('lib.algo.md'), BASE, servedBy({ [LIB_URL]: lib }), {
      cache: empty,
    });
    expect(empty.puts).toEqual([{ sha256: LIB, url: LIB_URL }]);
  });

  it('resolveImports(...) loads again when the cache holds other bytes under the pin', async () => {
    const cache = memoryCache({ [LIB]: new TextEncoder().encode('forged') });
    const load = servedBy({ [LIB_URL]: lib });
    const entries = await resolveImports(importing('lib.algo.md'), BASE, load, { cache });
    expect(outcome(entries.lib)).toMatchObject({ title: 'Lib' });
    expect(load.asked).toEqual([LIB_URL]);
  });

  it('resolveImports(...) resolves a nested import against the imported notebook’s own URL', async () => {
    const base = notebookText('Base');
    const mid = notebookText('Mid', { base: ['../shared/base.algo.md', hashOf(base)] });
    const front = parse(notebookText('Top', { mid: ['lib/mid.algo.md', hashOf(mid)] })).front;
    const load = servedBy({
      'https://a.example.org/notebooks/lib/mid.algo.md': mid,
      'https://a.example.org/notebooks/shared/base.algo.md': base,
    });
    expect(outcome((await resolveImports(front, BASE, load)).mid)).toEqual({
      url: 'https://a.example.org/notebooks/lib/mid.algo.md',
      title: 'Mid',
      imports: {
        base: {
          url: 'https://a.example.org/notebooks/shared/base.algo.md',
          title: 'Base',
          imports: {},
        },
      },
    });
  });

  it('resolveImports(...) fails an import whose own import fails, with that error', async () => {
    const mid = notebookText('Mid', { base: ['base.algo.md', LIB] });
    const front = parse(notebookText('Top', { mid: ['mid.algo.md', hashOf(mid)] })).front;
    const load = servedBy({ 'https://a.example.org/notebooks/mid.algo.md': mid });
    const entries = await resolveImports(front, BASE, load);
    expect(outcome(entries.mid)).toMatchObject({ error: 'import-unavailable' });
    expect(entries.mid).toMatchObject({ error: { params: { import: 'base' } } });
  });

  it('resolveImports(...) loads a notebook imported twice once', async () => {
    const front = parse(
      notebookText('Report', { a: ['lib.algo.md', LIB], b: ['lib.algo.md', LIB] }),
    ).front;
    const load = servedBy({ [LIB_URL]: lib });
    const entries = await resolveImports(front, BASE, load);
    expect([outcome(entries.a), outcome(entries.b)]).toEqual([
      { url: LIB_URL, title: 'Lib', imports: {} },
      { url: LIB_URL, title: 'Lib', imports: {} },
    ]);
    expect(load.asked).toEqual([LIB_URL]);
  });

  it('resolveImports(...) names the import and the URL of a file that is not a notebook', async () => {
    const text = 'just some text';
    const load = servedBy({ [LIB_URL]: text });
    const entries = await resolveImports(importing('lib.algo.md', hashOf(text)), BASE, load);
    expect(outcome(entries.lib)).toEqual({
      error: 'import-malformed',
      message: `Import "lib" at ${LIB_URL} is not an algobook notebook. Line 1: a notebook starts with front matter: a line \`---\`, then \`algobook: 1\`, \`id\`, \`title\`, and a closing \`---\``,
    });
    expect(french(entries.lib)).toMatch(
      /^L’import «\u00a0lib\u00a0» à l’adresse \S+ n’est pas un carnet algobook\. Ligne 1\u00a0: un carnet commence/,
    );
  });

  it('resolveImports(...) names the import of a file that is not UTF-8 text', async () => {
    const bytes = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]);
    const load = servedBy({ [LIB_URL]: bytes });
    const { sha256Bytes } = await import('../../../src/core/publish/hash.ts');
    const entries = await resolveImports(importing('lib.algo.md', sha256Bytes(bytes)), BASE, load);
    expect(outcome(entries.lib)).toEqual({
      error: 'import-malformed',
      message: `Import "lib" at ${LIB_URL} is not an algobook notebook. The file is not UTF-8 text.`,
    });
  });

  it('resolveImports(...) refuses a relative import of a notebook that has no location', async () => {
    const load = servedBy({});
    const entries = await resolveImports(importing('lib.algo.md'), undefined, load);
    expect(outcome(entries.lib)).toMatchObject({ error: 'import-local-missing' });
    expect(load.asked).toEqual([]);
  });

  it('resolveImports(...) stops a chain deeper than it resolves', async () => {
    let text = notebookText('N0');
    const served: Record<string, string> = {};
    for (let i = 1; i <= 20; i++) {
      served[`https://a.example.org/notebooks/n${i - 1}.algo.md`] = text;
      text = notebookText(`N${i}`, { next: [`n${i - 1}.algo.md`, hashOf(text)] });
    }
    const entries = await resolveImports(parse(text).front, BASE, servedBy(served));
    expect(entries.next).toMatchObject({
      error: { code: 'import-too-deep', params: { max: 16 } },
    });
  });

  it('resolveImports(...) rejects with the abort when its signal is aborted', async () => {
    const controller = new AbortController();
    const load = (_url: string, signal?: AbortSignal) => {
      controller.abort(new Error('stopped'));
      return Promise.reject(signal?.reason as Error);
    };
    await expect(
      resolveImports(importing('lib.algo.md'), BASE, load, { signal: controller.signal }),
    ).rejects.toThrow('stopped');
  });

  it('resolveImports(...) resolves the fixtures’ importer against its file', async () => {
    const importer = parse(fixture('importer.algo.md'));
    const libUrl = new URL('lib.algo.md', FIXTURES).href;
    const load = servedBy({ [libUrl]: fixture('lib.algo.md') });
    const base = new URL('importer.algo.md', FIXTURES).href;
    const entries = await resolveImports(importer.front, base, load);
    expect(outcome(entries.pm)).toEqual({ url: libUrl, title: 'PM index', imports: {} });
  });
});
