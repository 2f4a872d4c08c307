import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/format/normalize.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import { notebook } from './arbitraries.ts';
import { canonical, messy, withDatasets } from './hand-written.ts';
import { withoutIds } from './helpers.ts';

// Properties run long under a loaded machine: a larger timeout than vitest's 5 s.
const runs = { numRuns: 300 };
const timeout = 30_000;

describe('round trip (property)', () => {
  it(
    'parse(serialize(nb)) equals nb, ids aside, for a notebook in normal form',
    () => {
      fc.assert(
        fc.property(notebook.map(normalize), (nb) => {
          expect(withoutIds(parse(serialize(nb)))).toEqual(withoutIds(nb));
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'parse(serialize(nb)) equals normalize(nb), ids aside, for any notebook',
    () => {
      fc.assert(
        fc.property(notebook, (nb) => {
          expect(withoutIds(parse(serialize(nb)))).toEqual(withoutIds(normalize(nb)));
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'serialize(parse(text)) gives back any text the serializer wrote',
    () => {
      fc.assert(
        fc.property(notebook, (nb) => {
          const text = serialize(nb);
          expect(serialize(parse(text))).toBe(text);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'serialize(nb) starts with the front matter and ends with exactly one newline',
    () => {
      fc.assert(
        fc.property(notebook, (nb) => {
          const text = serialize(nb);
          expect(text.startsWith('---\n')).toBe(true);
          expect(text).toMatch(/[^\n]\n$/);
        }),
        runs,
      );
    },
    timeout,
  );

  it(
    'normalize(nb) is idempotent',
    () => {
      fc.assert(
        fc.property(notebook, (nb) => {
          expect(withoutIds(normalize(normalize(nb)))).toEqual(withoutIds(normalize(nb)));
        }),
        runs,
      );
    },
    timeout,
  );
});

describe('round trip of hand-written files', () => {
  const files = { canonical, withDatasets, messy };
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');

  for (const [name, text] of Object.entries(files)) {
    it(`parse, serialize, parse gives the same notebook for ${name}, also with CRLF`, () => {
      for (const input of [text, crlf(text)]) {
        const nb = parse(input);
        const written = serialize(nb);
        expect(withoutIds(parse(written))).toEqual(withoutIds(nb));
        expect(serialize(parse(written))).toBe(written);
      }
      expect(withoutIds(parse(crlf(text)))).toEqual(withoutIds(parse(text)));
    });
  }

  it('serialize(parse(text)) gives back a file written in the serializer style', () => {
    expect(serialize(parse(canonical))).toBe(canonical);
  });

  it('parse(text) reads the front matter of a hand-written file', () => {
    const { front } = parse(withDatasets);
    expect(Object.keys(front)).toEqual([
      'title',
      'algobook',
      'id',
      'transparency',
      'authors',
      'license',
      'datasets',
      'revision',
      'basedOn',
      'derivedFrom',
    ]);
    expect(front.transparency).toEqual({
      purpose: 'Montrer la population par commune.\n',
      owner: { name: 'DGFiP', contact: 'mailto:x@example.org' },
    });
    expect(front.derivedFrom).toEqual({ id: 'base' });
    expect(Object.keys(front.datasets ?? {})).toEqual(['communes', 'pop 2024']);
    expect(front.datasets?.communes.url).toBe('data/communes.csv');
  });

  it('parse(text) cuts a messy file into the cells a reader sees', () => {
    const cells = withoutIds(parse(messy)).cells;
    expect(cells.map((c) => c.kind)).toEqual([
      'markdown',
      'code',
      'code',
      'code',
      'code',
      'markdown',
    ]);
    expect(cells[0].source).toMatch(
      /^Text before\. {3}\n\n```python[^]*indented code, not a cell$/,
    );
    expect(cells.slice(1, 5)).toEqual([
      { kind: 'code', source: 'const tilde = "~~~";', options: 'indicator   echo=false' },
      { kind: 'code', source: 'const indented = 1;\n  return2;', options: '' },
      { kind: 'code', source: 'const fence = `\n```\n`;', options: '' },
      { kind: 'code', source: '', options: '' },
    ]);
    expect(cells[5].source).toBe('After.');
  });
});
