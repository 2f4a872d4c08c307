import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { file, parseError } from './helpers.ts';

describe('parse(text) front matter', () => {
  it('parse(text) keeps unknown keys, nested values and the key order as written', () => {
    const front =
      'zeta: 1\nalgobook: 1\nid: t\ntitle: T\ntransparency:\n  purpose: p\n  owner: {name: DGFiP}\nrevision: 1.2.0\nbasedOn: other\n';
    const nb = parse(file('', front));
    expect(Object.keys(nb.front)).toEqual([
      'zeta',
      'algobook',
      'id',
      'title',
      'transparency',
      'revision',
      'basedOn',
    ]);
    expect(nb.front.transparency).toEqual({ purpose: 'p', owner: { name: 'DGFiP' } });
    expect(nb.front.revision).toBe('1.2.0');
  });

  it('parse(text) reads dates as text, as the YAML core schema does', () => {
    expect(
      parse(file('', 'algobook: 1\nid: t\ntitle: T\npublished: 2024-05-01\n')).front.published,
    ).toBe('2024-05-01');
  });

  it('parse(text) allows an empty summary or license, to fill in later', () => {
    expect(
      parse(file('', 'algobook: 1\nid: t\ntitle: T\nsummary:\nlicense:\n')).front.summary,
    ).toBe(null);
  });
});

describe('parse(text) on malformed front matter', () => {
  it('parse(text) names the file line of broken YAML', () => {
    expect(parseError(file('', 'algobook: 1\nid: x\ntitle: "y\n'))).toEqual({
      line: 4,
      message: 'Line 4: invalid YAML in the front matter: Missing closing "quote',
    });
    expect(parseError(file('', 'algobook: 1\nid: x\ntitle: y\nauthors:\n\t- a\n'))).toEqual({
      line: 6,
      message: 'Line 6: invalid YAML in the front matter: Tabs are not allowed as indentation',
    });
  });

  it('parse(text) names an alias to an anchor that does not exist', () => {
    expect(parseError(file('', 'algobook: 1\nid: x\ntitle: *nope\n'))).toEqual({
      line: 4,
      message:
        'Line 4: invalid YAML in the front matter: Unresolved alias (the anchor must be set before the alias): nope',
    });
  });

  it('parse(text) refuses a format version it does not read, at its line', () => {
    expect(parseError('---\nid: x\ntitle: y\nalgobook: 2\n---\n')).toEqual({
      line: 4,
      message: 'Line 4: unsupported format version `algobook: 2`; this algobook reads version 1',
    });
    expect(parseError('---\nalgobook: "1"\nid: x\ntitle: y\n---\n')).toEqual({
      line: 2,
      message: 'Line 2: unsupported format version `algobook: "1"`; this algobook reads version 1',
    });
  });

  it('parse(text) requires algobook, id and title, naming the opening line', () => {
    expect(parseError('---\nid: x\ntitle: y\n---\n')).toEqual({
      line: 1,
      message: 'Line 1: the front matter needs `algobook: 1` (the format version)',
    });
    expect(parseError('---\nalgobook: 1\ntitle: y\n---\n')).toEqual({
      line: 1,
      message: 'Line 1: the front matter needs `id` (text)',
    });
    expect(parseError('---\nalgobook: 1\nid: x\n---\n')).toEqual({
      line: 1,
      message: 'Line 1: the front matter needs `title` (text)',
    });
  });

  it('parse(text) refuses an id or title that is empty or not text, at its line', () => {
    expect(parseError('---\nalgobook: 1\nid: x\ntitle: 2024\n---\n')).toEqual({
      line: 4,
      message: 'Line 4: `title` must be text, not 2024',
    });
    expect(parseError('---\nalgobook: 1\nid: [x]\ntitle: t\n---\n')).toEqual({
      line: 3,
      message: 'Line 3: `id` must be text, not a list',
    });
    expect(parseError('---\nalgobook: 1\nid:\ntitle: t\n---\n')).toEqual({
      line: 3,
      message: 'Line 3: `id` must not be empty',
    });
    expect(parseError('---\nalgobook: 1\nid: x\ntitle: "  "\n---\n')).toEqual({
      line: 4,
      message: 'Line 4: `title` must not be empty',
    });
  });

  it('parse(text) refuses a summary or license that is not text', () => {
    expect(parseError(file('', 'algobook: 1\nid: x\ntitle: t\nlicense: {spdx: MIT}\n'))).toEqual({
      line: 5,
      message: 'Line 5: `license` must be text, not a mapping',
    });
  });

  it('parse(text) refuses empty front matter and front matter that is not a mapping', () => {
    expect(parseError('---\n---\n')).toEqual({
      line: 1,
      message: 'Line 1: the front matter is empty; it needs `algobook: 1`, `id` and `title`',
    });
    expect(parseError('---\n\n- algobook: 1\n---\n')).toEqual({
      line: 3,
      message: 'Line 3: the front matter must be a YAML mapping (`key: value` lines)',
    });
  });

  it('parse(text) refuses a key written twice, at the second one, in any mapping', () => {
    expect(parseError('---\nalgobook: 1\nid: x\nid: y\ntitle: t\n---\n')).toEqual({
      line: 4,
      message: 'Line 4: duplicate front matter key "id" (first defined on line 3)',
    });
    expect(
      parseError(file('', 'algobook: 1\nid: x\ntitle: t\ntransparency:\n  a: 1\n  a: 2\n')),
    ).toEqual({
      line: 7,
      message: 'Line 7: duplicate key "a" (first defined on line 6)',
    });
  });
});

describe('parse(text) with YAML anchors', () => {
  it('parse(text) resolves aliases before checking', () => {
    const nb = parse(file('', 'algobook: 1\nname: &n Taxe\nid: t\ntitle: *n\n'));
    expect(nb.front.title).toBe('Taxe');
  });
});
