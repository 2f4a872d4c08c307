import { describe, expect, it } from 'vitest';
import { serialize } from '../../../src/core/format/serialize.ts';
import type { Cell, FrontMatter, Notebook } from '../../../src/core/format/types.ts';
import { SHA } from './helpers.ts';

const front: FrontMatter = { algobook: 1, id: 'x', title: 'X' };
const code = (source: string, options = ''): Cell => ({ kind: 'code', id: 'c', source, options });
const markdown = (source: string): Cell => ({ kind: 'markdown', id: 'm', source });
const body = (...cells: Cell[]) => serialize({ front, cells }).split('---\n')[2];

describe('serialize(nb)', () => {
  it('serialize(nb) writes front matter, then cells separated by one blank line, ending with one newline', () => {
    const nb: Notebook = {
      front,
      cells: [markdown('# X'), code('const a = 1;', 'echo=false'), code('')],
    };
    expect(serialize(nb)).toBe(
      '---\nalgobook: 1\nid: x\ntitle: X\n---\n\n# X\n\n```js echo=false\nconst a = 1;\n```\n\n```js\n```\n',
    );
  });

  it('serialize(nb) writes only the front matter when there are no cells', () => {
    expect(serialize({ front, cells: [] })).toBe('---\nalgobook: 1\nid: x\ntitle: X\n---\n');
  });

  it('serialize(nb) uses a longer fence when a line of the code starts with backticks', () => {
    expect(body(code('md`\n```\ncode\n  `````\n`'))).toBe(
      '\n``````js\nmd`\n```\ncode\n  `````\n`\n``````\n',
    );
  });

  it('serialize(nb) uses a tilde fence when the options hold a backtick', () => {
    expect(body(code('~~~\nx', 'title=`a`'))).toBe('\n~~~~js title=`a`\n~~~\nx\n~~~~\n');
  });

  it('serialize(nb) writes the code verbatim, blank lines included', () => {
    expect(body(code('\n  x\n\n'))).toBe('\n```js\n\n  x\n\n\n```\n');
  });

  it('serialize(nb) writes a normal form: trimmed, merged markdown, no empty cells, LF', () => {
    const text = body(
      markdown('\n\na\r\n'),
      markdown('  \n'),
      markdown('b'),
      code('1\r\n2', ' o\np '),
    );
    expect(text).toBe('\na\n\nb\n\n```js o p\n1\n2\n```\n');
  });

  it('serialize(nb) keeps the key order and does not fold long strings', () => {
    const summary = 'word '.repeat(40).trim();
    const text = serialize({
      front: { title: 'X', algobook: 1, id: 'x', summary, zeta: { b: 1, a: 2 } },
      cells: [],
    });
    expect(text).toBe(
      `---\ntitle: X\nalgobook: 1\nid: x\nsummary: ${summary}\nzeta:\n  b: 1\n  a: 2\n---\n`,
    );
  });

  it('serialize(nb) writes datasets as nested mappings, shared objects without YAML anchors', () => {
    const mirrors = ['https://a.example/p.csv'];
    const spec = { url: 'p.csv', format: 'csv' as const, sha256: SHA, mirrors };
    const text = serialize({
      front: { ...front, datasets: { p: spec, q: { ...spec, url: 'q.csv' } } },
      cells: [],
    });
    expect(text).toBe(
      `---\nalgobook: 1\nid: x\ntitle: X\ndatasets:\n  p:\n    url: p.csv\n    format: csv\n    sha256: ${SHA}\n    mirrors:\n      - https://a.example/p.csv\n  q:\n    url: q.csv\n    format: csv\n    sha256: ${SHA}\n    mirrors:\n      - https://a.example/p.csv\n---\n`,
    );
  });
});
