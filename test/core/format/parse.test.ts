import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { SHA, file, withoutIds } from './helpers.ts';

describe('parse(text)', () => {
  it('reads front matter, prose cells and js code cells with their options', () => {
    const nb = parse(file('\n# Title\n\nProse.\n\n```js echo=false\nconst x = 1;\n```\n\n```js\nx + 1\n```\nAfter.\n'));
    expect(withoutIds(nb)).toEqual({
      front: { algobook: 1, id: 'test', title: 'Test' },
      cells: [
        { kind: 'markdown', source: '# Title\n\nProse.' },
        { kind: 'code', source: 'const x = 1;', options: 'echo=false' },
        { kind: 'code', source: 'x + 1', options: '' },
        { kind: 'markdown', source: 'After.' },
      ],
    });
  });

  it('keeps unknown front matter keys and their order', () => {
    const nb = parse(file('', 'algobook: 1\nzeta: 1\nid: t\ntitle: T\ntransparency:\n  purpose: p\n'));
    expect(Object.keys(nb.front)).toEqual(['algobook', 'zeta', 'id', 'title', 'transparency']);
    expect(nb.front.transparency).toEqual({ purpose: 'p' });
  });

  it('leaves fenced blocks of other languages, and fences inside them, in the prose', () => {
    const nb = parse(file('```python\nprint(1)\n```js\n```\n\n~~~\n```js\n~~~\n'));
    expect(nb.cells).toHaveLength(1);
    expect(nb.cells[0]).toMatchObject({ kind: 'markdown' });
  });

  it('reads tilde fences, long fences and indented fences', () => {
    const nb = parse(file('~~~js\na\n~~~\n\n````js\n```\nb\n````\n\n  ```js\n  c\n   d\n  ```\n'));
    expect(nb.cells.map((c) => c.source)).toEqual(['a', '```\nb', 'c\n d']);
  });

  it('reads CRLF line endings', () => {
    const nb = parse(file('Text\n\n```js\n1\n```\n').replace(/\n/g, '\r\n'));
    expect(nb.cells.map((c) => c.source)).toEqual(['Text', '1']);
  });

  it('assigns a different id to every cell, also across parses', () => {
    const text = file('a\n\n```js\n1\n```\n');
    const ids = [...parse(text).cells, ...parse(text).cells].map((c) => c.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('reads datasets with unknown keys kept', () => {
    const nb = parse(
      file('', `algobook: 1\nid: t\ntitle: T\ndatasets:\n  pop:\n    url: data/p.csv\n    format: csv\n    sha256: ${SHA}\n    mirrors: [a.csv]\n`),
    );
    expect(nb.front.datasets?.pop).toEqual({ url: 'data/p.csv', format: 'csv', sha256: SHA, mirrors: ['a.csv'] });
  });
});

describe('parse(text) on malformed input', () => {
  const error = (text: string) => {
    try {
      parse(text);
    } catch (e) {
      return { line: (e as { line: number }).line, message: (e as Error).message };
    }
    throw new Error('no error');
  };

  it('requires front matter', () => {
    expect(error('# Just markdown\n')).toEqual({ line: 1, message: expect.stringMatching(/^Line 1: a notebook starts with front matter/) });
  });

  it('names an unclosed front matter', () => {
    expect(error('---\nalgobook: 1\n')).toMatchObject({ line: 1, message: expect.stringContaining('never closed') });
  });

  it('names the line of broken YAML', () => {
    expect(error('---\nalgobook: 1\nid: x\ntitle: [y\n---\n')).toMatchObject({ line: 4, message: expect.stringContaining('invalid YAML') });
  });

  it('names an unclosed code fence where it opens', () => {
    expect(error(file('text\n\n```js\nconst a = 1\n'))).toMatchObject({ line: 8, message: expect.stringContaining("unclosed code fence opened here (```js)") });
  });

  it('refuses another format version', () => {
    expect(error('---\nid: x\ntitle: y\nalgobook: 2\n---\n')).toMatchObject({
      line: 4,
      message: 'Line 4: unsupported format version `algobook: 2`; this algobook reads version 1',
    });
  });

  it('requires algobook, id and title', () => {
    expect(error('---\nid: x\ntitle: y\n---\n')).toMatchObject({ line: 1, message: expect.stringContaining('`algobook: 1`') });
    expect(error('---\nalgobook: 1\ntitle: y\n---\n')).toMatchObject({ message: expect.stringContaining('`id`') });
    expect(error('---\nalgobook: 1\nid: x\ntitle: 3\n---\n')).toMatchObject({ line: 4, message: expect.stringContaining('`title`') });
  });

  it('refuses duplicate dataset names at the second one', () => {
    const ds = `{url: a.csv, format: csv, sha256: ${SHA}}`;
    expect(error(`---\nalgobook: 1\nid: x\ntitle: y\ndatasets:\n  a: ${ds}\n  b: ${ds}\n  a: ${ds}\n---\n`)).toEqual({
      line: 8,
      message: 'Line 8: duplicate dataset name "a" (first defined on line 6)',
    });
  });

  it('refuses datasets that are not a mapping, a bad format, a bad sha256, a missing url', () => {
    const head = '---\nalgobook: 1\nid: x\ntitle: y\n';
    expect(error(`${head}datasets: [a, b]\n---\n`)).toMatchObject({ line: 5, message: expect.stringContaining('must map dataset names') });
    expect(error(`${head}datasets:\n  a:\n    url: a.x\n    format: xls\n    sha256: ${SHA}\n---\n`)).toMatchObject({
      line: 8,
      message: expect.stringContaining('format "xls"; expected one of csv, tsv, json, arrow'),
    });
    expect(error(`${head}datasets:\n  a:\n    url: a.csv\n    format: csv\n    sha256: ABC\n---\n`)).toMatchObject({
      line: 9,
      message: expect.stringContaining('64 lower-case hexadecimal'),
    });
    expect(error(`${head}datasets:\n  a:\n    format: csv\n    sha256: ${SHA}\n---\n`)).toMatchObject({ line: 6, message: expect.stringContaining('needs a `url`') });
  });

  it('refuses duplicate front matter keys', () => {
    expect(error('---\nalgobook: 1\nid: x\nid: y\ntitle: t\n---\n')).toMatchObject({ line: 4, message: expect.stringContaining('duplicate front matter key "id"') });
  });
});
