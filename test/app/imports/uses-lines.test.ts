import { describe, expect, it } from 'vitest';
import { usesLines } from '../../../src/app/imports/uses-lines.ts';
import { parseLocation } from '../../../src/core/route/parse-location.ts';
import { sha256Text } from '../../../src/core/publish/hash.ts';
import type { ImportEntry, ResolvedImport } from '../../../src/core/imports/types.ts';

const TEXT = '---\nalgobook: 1\nid: atmo\ntitle: Indice ATMO\nversion: 3\n---\n\n```js\n1\n```\n';

function resolved(overrides: Partial<ResolvedImport> = {}, text = TEXT): ResolvedImport {
  return {
    name: 'atmo',
    spec: { url: 'lib/atmo.algo.md', sha256: sha256Text(text) },
    url: 'https://lib.example/lib/atmo.algo.md',
    text,
    notebook: { front: { algobook: 1, id: 'atmo', title: 'Indice ATMO', version: 3 }, cells: [] },
    imports: {},
    ...overrides,
  };
}

const one = (entry: ImportEntry) => usesLines({ [entry.name]: entry })[0];

describe('usesLines(imports)', () => {
  it('names each import by its spec’s title, its version and the first 4 bytes of its hash', () => {
    const entry = resolved({ spec: { ...resolved().spec, title: 'The ATMO index' } });
    const line = one(entry);
    expect(line).toMatchObject({ name: 'atmo', title: 'The ATMO index', version: 3 });
    expect(line.short).toBe(entry.spec.sha256.slice(0, 8));
  });

  it('falls back on the imported notebook’s own title, then on the import’s name', () => {
    expect(one(resolved()).title).toBe('Indice ATMO');
    const untitled = resolved({
      notebook: { front: { algobook: 1, id: 'x', title: ' ' }, cells: [] },
    });
    expect(one(untitled).title).toBe('atmo');
    expect(one(untitled).version).toBeUndefined();
  });

  it('links to that version read-only, with the hash the reader then checks', () => {
    const entry = resolved();
    const href = one(entry).href ?? '';
    const url = new URL(href, 'https://app.example/');
    expect(parseLocation(url.search, url.hash)).toEqual({
      ok: true,
      route: { name: 'url', src: entry.url, sha256: entry.spec.sha256 },
    });
  });

  it('links without a hash when the text check would differ from the bytes (CRLF)', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const href = one(resolved({}, crlf)).href ?? '';
    expect(href).toBe(`?src=${encodeURIComponent('https://lib.example/lib/atmo.algo.md')}`);
  });

  it('makes no link for an address that is not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])
      expect(one(resolved({ url })).href).toBeUndefined();
  });

  it('keeps a title with markup as the text it is', () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(one(resolved({ spec: { ...resolved().spec, title } })).title).toBe(title);
  });

  it('gives a failed import its error and no link', () => {
    const error = { name: 'ImportHashMismatch', message: 'changed', code: 'x' };
    const line = one({
      name: 'atmo',
      spec: { url: 'https://x/a.algo.md', sha256: 'f'.repeat(64) },
      error,
    });
    expect(line).toEqual({ name: 'atmo', title: 'atmo', short: 'ffffffff', error });
  });
});
