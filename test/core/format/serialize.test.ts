import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import type { Cell, Notebook } from '../../../src/core/format/types.ts';
import { SHA, file, withoutIds } from './helpers.ts';

describe('serialize(notebook)', () => {
  it('writes front matter, then cells separated by one blank line, ending with one newline', () => {
    const nb: Notebook = {
      front: { algobook: 1, id: 'x', title: 'X' },
      cells: [
        { kind: 'markdown', id: 'a', source: '# X' },
        { kind: 'code', id: 'b', source: 'const a = 1;', options: 'echo=false' },
        { kind: 'code', id: 'c', source: '', options: '' },
      ],
    };
    expect(serialize(nb)).toBe('---\nalgobook: 1\nid: x\ntitle: X\n---\n\n# X\n\n```js echo=false\nconst a = 1;\n```\n\n```js\n```\n');
  });

  it('uses a longer fence when the code holds backtick fences', () => {
    const nb: Notebook = { front: { algobook: 1, id: 'x', title: 'X' }, cells: [{ kind: 'code', id: 'b', source: 'md`\n```\ncode\n```\n`', options: '' }] };
    const text = serialize(nb);
    expect(text).toContain('````js\n');
    expect(withoutIds(parse(text))).toEqual(withoutIds(nb));
  });

  it('does not fold long strings', () => {
    const summary = 'word '.repeat(40).trim();
    expect(serialize({ front: { algobook: 1, id: 'x', title: 'X', summary }, cells: [] })).toContain(`summary: ${summary}\n`);
  });

  it('gives back the text of hand-written files after one round', () => {
    const text = file(`Intro.\n\n\`\`\`js\nconst a = await dataset("p");\n\`\`\`\n\n\`\`\`python\nx = 1\n\`\`\`\n`, `algobook: 1\nid: t\ntitle: T\ndatasets:\n  p:\n    url: p.csv\n    format: csv\n    sha256: ${SHA}\n`);
    const once = serialize(parse(text));
    expect(serialize(parse(once))).toBe(once);
    expect(withoutIds(parse(once))).toEqual(withoutIds(parse(text)));
  });
});

// Generators of notebooks in normal form: sources without blank lines at either end, no empty or
// adjacent prose cells. Prose may hold fenced blocks of other languages, inline backticks,
// unicode, lines that look like front matter or fences.
const word = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom('`code`', '---', '# Title', '- item', '> quote', 'é', '数据', '$x$', '~~~', '```'),
);
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ').replace(/\r|\n/g, ' '));
const textLines = fc.array(line, { minLength: 1, maxLength: 5 });
const nonBlank = (lines: string[]) => lines.some((l) => l.trim());
// Prose: lines, with closed fenced blocks of other languages (no line of theirs may close them).
const proseBlock = fc.oneof(
  textLines.map((ls) => ls.map((l) => (/^ {0,3}(`{3,}|~{3,})/.test(l) ? `x ${l}` : l)).join('\n')),
  fc.tuple(fc.constantFrom('python', 'sql', ''), textLines).map(
    ([lang, ls]) => `\`\`\`\`${lang}\n${ls.map((l) => l.replace(/`/g, "'")).join('\n')}\n\`\`\`\``,
  ),
);
const prose = fc
  .array(proseBlock, { minLength: 1, maxLength: 3 })
  .map((blocks) => blocks.join('\n\n'))
  .filter((s) => nonBlank(s.split('\n')) && s.trim() === s.replace(/^\s*\n|\n\s*$/g, '').trim())
  .map((s) => s.replace(/^(\s*\n)+|(\n\s*)+$/g, ''))
  .filter((s) => s.length > 0 && !!s.split('\n')[0].trim() && !!s.split('\n').at(-1)!.trim());
const code = fc.array(fc.oneof(line, fc.constant('```'), fc.constant('  ~~~'), fc.constant('')), { maxLength: 6 }).map((ls) => ls.join('\n'));
const options = fc.constantFrom('', 'echo=false', 'indicator', 'echo=false indicator');

const cellsArb = fc.array(fc.oneof(prose.map((source) => ({ kind: 'markdown' as const, source })), fc.record({ kind: fc.constant('code' as const), source: code, options })), { maxLength: 6 }).map((cells) => {
  // No two prose cells in a row: they would read back as one.
  const out: Cell[] = [];
  for (const [i, cell] of cells.entries()) {
    if (cell.kind === 'markdown' && out.at(-1)?.kind === 'markdown') continue;
    out.push({ ...cell, id: `g${i}` });
  }
  return out;
});
const frontArb = fc.record({
  title: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
  summary: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['algobook', 'id', 'title', 'datasets', 'summary', '__proto__'].includes(k)), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  datasets: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'),
    fc.record({ url: fc.webUrl(), format: fc.constantFrom('csv', 'tsv', 'json', 'arrow' as const), sha256: fc.constant(SHA), license: fc.constantFrom('etalab-2.0', 'ODbL-1.0') }),
    { maxKeys: 3 },
  ),
});

const notebookArb: fc.Arbitrary<Notebook> = fc.tuple(frontArb, cellsArb).map(([f, cells]) => {
  // JSON round trip: what YAML can represent (no -0, no undefined).
  const extra = JSON.parse(JSON.stringify(f.extra)) as Record<string, unknown>;
  const front = { algobook: 1 as const, id: 'generated', title: f.title, ...(f.summary !== undefined && { summary: f.summary }), ...extra, datasets: f.datasets };
  return { front, cells };
});

describe('round trip (property)', () => {
  it('parse(serialize(nb)) equals nb, ids aside', () => {
    fc.assert(
      fc.property(notebookArb, (nb) => {
        expect(withoutIds(parse(serialize(nb)))).toEqual(withoutIds(nb));
      }),
      { numRuns: 300 },
    );
  });

  it('serialize(parse(text)) gives back any text the serializer wrote', () => {
    fc.assert(
      fc.property(notebookArb, (nb) => {
        const text = serialize(nb);
        expect(serialize(parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
