import { describe, expect, it } from 'vitest';
import { readImport, withImport, withRepin } from '../../../../src/app/imports/add/read-import.ts';
import { sha256Bytes } from '../../../../src/core/publish/hash.ts';
import type { FrontMatter } from '../../../../src/core/format/types.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const LIB =
  '---\nalgobook: 1\nid: indice-atmo\ntitle: The ATMO index\n---\n\n```js\nconst x = 1;\n```\n';

describe('readImport(bytes, source)', () => {
  it('reads a notebook and pins the hash of its bytes as they are', () => {
    const read = readImport(bytes(LIB), 'lib.algo.md');
    expect(read).toMatchObject({
      ok: true,
      title: 'The ATMO index',
      sha256: sha256Bytes(bytes(LIB)),
    });
  });

  it('refuses what is not a notebook, saying so', () => {
    const csv = readImport(bytes('a,b\n1,2\n'), 'https://x.test/data.csv');
    expect(csv.ok).toBe(false);
    if (!csv.ok)
      expect(csv.message).toContain('https://x.test/data.csv is not an algobook notebook');
    const binary = readImport(new Uint8Array([0xff, 0xfe, 0x00, 0x81]), 'x.bin');
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.message).toContain('not text');
  });
});

describe('withImport / withRepin', () => {
  const front: FrontMatter = {
    algobook: 1,
    id: 'me',
    title: 'Me',
    imports: { old: { url: 'o.algo.md', sha256: 'a'.repeat(64) } },
  };

  it('adds the pin after the others, with a title only when there is one', () => {
    const next = withImport(front, 'atmo', {
      url: 'https://x.test/v3.algo.md',
      sha256: 'b'.repeat(64),
      title: ' ',
    });
    expect(next.imports).toEqual({
      old: front.imports!.old,
      atmo: { url: 'https://x.test/v3.algo.md', sha256: 'b'.repeat(64) },
    });
    expect(front.imports).not.toHaveProperty('atmo');
  });

  it('moves a pin to another version, keeping its title, dropping its mirrors', () => {
    const pinned: FrontMatter = {
      ...front,
      imports: {
        atmo: {
          url: 'v3.algo.md',
          sha256: 'b'.repeat(64),
          title: 'ATMO',
          mirrors: ['https://m.test/v3.algo.md'],
        },
      },
    };
    expect(
      withRepin(pinned, 'atmo', { url: 'https://x.test/v4.algo.md', sha256: 'c'.repeat(64) })
        .imports,
    ).toEqual({
      atmo: { url: 'https://x.test/v4.algo.md', sha256: 'c'.repeat(64), title: 'ATMO' },
    });
    expect(withRepin(pinned, 'nope', { url: 'x', sha256: 'c' })).toBe(pinned);
  });
});
