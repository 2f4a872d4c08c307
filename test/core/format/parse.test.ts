import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { file, parseError, withoutIds } from './helpers.ts';

describe('parse(text)', () => {
  it('parse(text) reads front matter, markdown cells and js code cells with their options', () => {
    const nb = parse(
      file(
        '\n# Title\n\nProse.\n\n```js echo=false\nconst x = 1;\n```\n\n```js\nx + 1\n```\nAfter.\n',
      ),
    );
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

  it('parse(text) keeps the options verbatim, trimmed', () => {
    const nb = parse(file('```js   echo=false  indicator \t\n1\n```\n\n~~~js a `b`  c\n2\n~~~\n'));
    expect(nb.cells.map((c) => c.kind === 'code' && c.options)).toEqual([
      'echo=false  indicator',
      'a `b`  c',
    ]);
  });

  it('parse(text) leaves blocks of other languages, and the fences inside them, in the prose', () => {
    const body =
      'a\n\n```python\nprint(1)\n```js\n```\n\n~~~\n```js\n~~~\n\n```\nplain\n```\n\n```JS\nx\n```\n\n```js-x\ny\n```\nb\n';
    expect(withoutIds(parse(file(body))).cells).toEqual([
      { kind: 'markdown', source: body.trim() },
    ]);
  });

  it('parse(text) reads tilde fences, longer fences and indented fences', () => {
    const nb = parse(
      file('~~~js\na\n~~~\n\n````js\n```\nb\n`````\n\n  ```js\n  c\n   d\n e\n  ```\n'),
    );
    expect(nb.cells.map((c) => c.source)).toEqual(['a', '```\nb', 'c\n d\ne']);
  });

  it('parse(text) keeps blank lines inside code cells and reads empty ones', () => {
    const nb = parse(file('```js\n\nx\n\n```\n\n```js\n```\n'));
    expect(nb.cells.map((c) => c.source)).toEqual(['\nx\n', '']);
  });

  it('parse(text) drops blank-only markdown between cells', () => {
    const nb = parse(file('\n\n```js\n1\n```\n  \n\t\n```js\n2\n```\n\n'));
    expect(nb.cells.map((c) => c.kind)).toEqual(['code', 'code']);
  });

  it('parse(text) reads CRLF and CR line endings as LF', () => {
    const lf = file('Text\n\n```js\n1\n2\n```\n');
    expect(withoutIds(parse(lf.replace(/\n/g, '\r\n')))).toEqual(withoutIds(parse(lf)));
    expect(withoutIds(parse(lf.replace(/\n/g, '\r')))).toEqual(withoutIds(parse(lf)));
    expect(parse(lf.replace(/\n/g, '\r\n')).cells[1].source).toBe('1\n2');
  });

  it('parse(text) ignores a byte order mark', () => {
    expect(parse(`\uFEFF${file('x\n')}`).front.id).toBe('test');
  });

  it('parse(text) accepts `...` as the closing line of the front matter', () => {
    expect(parse('---\nalgobook: 1\nid: a\ntitle: A\n...\nText\n').cells[0].source).toBe('Text');
  });

  it('parse(text) reads a file with no body', () => {
    expect(parse(file('')).cells).toEqual([]);
  });

  it('parse(text) gives every cell a new id, also across parses', () => {
    const text = file('a\n\n```js\n1\n```\n');
    const ids = [...parse(text).cells, ...parse(text).cells].map((c) => c.id);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('parse(text) on a malformed body', () => {
  it('parse(text) names the line where an unclosed js fence opens', () => {
    expect(parseError(file('text\n\n```js\nconst a = 1\n'))).toEqual({
      line: 8,
      message: 'Line 8: unclosed code fence opened here (```js); close it with a line ```',
    });
  });

  it('parse(text) does not let a shorter or different fence close a js cell', () => {
    expect(parseError(file('~~~~js echo=false\n```\n~~~\n'))).toEqual({
      line: 6,
      message:
        'Line 6: unclosed code fence opened here (~~~~js echo=false); close it with a line ~~~~',
    });
  });

  it('parse(text) requires front matter on line 1', () => {
    const message =
      'Line 1: a notebook starts with front matter: a line `---`, then `algobook: 1`, `id`, `title`, and a closing `---`';
    expect(parseError('# Just markdown\n')).toEqual({ line: 1, message });
    expect(parseError('')).toEqual({ line: 1, message });
    expect(parseError('\n---\nalgobook: 1\n---\n')).toEqual({ line: 1, message });
  });

  it('parse(text) names front matter that is never closed', () => {
    expect(parseError('---\nalgobook: 1\nid: x\n')).toEqual({
      line: 1,
      message: 'Line 1: the front matter opened here is never closed by a line `---`',
    });
  });
});
