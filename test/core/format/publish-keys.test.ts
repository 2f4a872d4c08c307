import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { file, parseError } from './helpers.ts';

const SHA = 'ab'.repeat(32);
const front = (more: string) => `algobook: 1\nid: t\ntitle: T\n${more}`;

describe('parse(text) on the keys publishing writes', () => {
  it('reads a published version’s keys', () => {
    const nb = parse(
      file(
        '',
        front(
          `version: 2\npublished: 2026-11-26T01:05:09Z\nmessage: Fix\nparent: ${SHA}\nforkOf:\n  id: o\n  version: 1\n  sha256: ${SHA}\n  url: https://x.example/o/v1.algo.md\nresults:\n  - cell: 1\n    sha256: ${SHA}\n    value: "42"\n  - {cell: 2, sha256: ${SHA}}\n`,
        ),
      ),
    );
    expect(nb.front.version).toBe(2);
    expect(nb.front.published).toBe('2026-11-26T01:05:09Z');
    expect(nb.front.results).toEqual([
      { cell: 1, sha256: SHA, value: '42' },
      { cell: 2, sha256: SHA },
    ]);
    expect(nb.front.forkOf).toEqual({
      id: 'o',
      version: 1,
      sha256: SHA,
      url: 'https://x.example/o/v1.algo.md',
    });
  });

  it.each([
    ['version: 0\n', 5, '`version` must be a whole number from 1, not 0'],
    ['version: "2"\n', 5, '`version` must be a whole number from 1, not "2"'],
    [
      'published: yesterday\n',
      5,
      '`published` must be an ISO date or date-time such as 2026-11-26T09:30:00Z, not "yesterday"',
    ],
    [
      'published: 2026-13-45T99:00:00Z\n',
      5,
      '`published` must be an ISO date or date-time such as 2026-11-26T09:30:00Z, not "2026-13-45T99:00:00Z"',
    ],
    ['message: [a]\n', 5, '`message` must be text, not a list'],
    [
      'parent: abc\n',
      5,
      '`parent` must be the sha256 of the previous version: 64 lower-case hexadecimal digits, not "abc"',
    ],
    ['results: 3\n', 5, '`results` must be a list of `{cell, sha256}` entries'],
    ['results:\n  - 3\n', 5, '`results` entry 1 must be a mapping with `cell` and `sha256`'],
    [
      `results:\n  - {cell: 0, sha256: ${SHA}}\n`,
      5,
      "`results` entry 1 needs `cell`: the code cell's number from 1, not 0",
    ],
    [
      `results:\n  - {cell: 1, sha256: ${SHA}}\n  - {cell: 1, sha256: ${SHA}}\n`,
      5,
      '`results` entry 2: cell 1 is listed twice',
    ],
    [
      'results:\n  - {cell: 1, sha256: XYZ}\n',
      5,
      '`results` entry 1 needs `sha256`: 64 lower-case hexadecimal digits, not "XYZ"',
    ],
    [
      `results:\n  - {cell: 1, sha256: ${SHA}, value: 3}\n`,
      5,
      '`results` entry 1 has `value` 3; expected text',
    ],
    ['forkOf: other\n', 5, '`forkOf` must be a mapping with `id`, `version` and `sha256`'],
    [`forkOf:\n  version: 1\n  sha256: ${SHA}\n`, 5, "`forkOf` needs the origin's `id` (text)"],
    [
      `forkOf:\n  id: o\n  version: one\n  sha256: ${SHA}\n`,
      7,
      '`forkOf.version` must be a whole number from 1, not "one"',
    ],
    [
      'forkOf:\n  id: o\n  version: 1\n  sha256: 12\n',
      8,
      '`forkOf.sha256` must be 64 lower-case hexadecimal digits, not 12',
    ],
    [
      `forkOf:\n  id: o\n  version: 1\n  sha256: ${SHA}\n  url: 3\n`,
      9,
      '`forkOf.url` must be text, not 3',
    ],
  ])('refuses %j at line %i', (more, line, reason) => {
    expect(parseError(file('', front(more)))).toEqual({ line, message: `Line ${line}: ${reason}` });
  });
});
