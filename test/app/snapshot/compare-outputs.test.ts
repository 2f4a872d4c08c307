import { describe, expect, it } from 'vitest';
import { compareOutputs, splitDifference } from '../../../src/app/snapshot/compare-outputs.ts';
import type { SnapshotOutput } from '../../../src/core/publish/snapshot.ts';

const table = (rows: unknown[][], numRows = rows.length): SnapshotOutput => ({
  kind: 'table',
  columns: [
    { name: 'city', type: 'utf8' },
    { name: 'n', type: 'int32' },
  ],
  numRows,
  rows,
});

describe('compareOutputs', () => {
  it('finds nothing between the same outputs, whatever their keys’ order or their input ids', () => {
    const input = (id: string): SnapshotOutput => ({
      kind: 'input',
      id,
      input: { type: 'range', min: 1, max: 10, value: 2 },
      value: 2,
    });
    expect(
      compareOutputs(
        [{ kind: 'value', value: { a: 1, b: [2, 3] } }, input('x:0')],
        [{ kind: 'value', value: { b: [2, 3], a: 1 } }, input('y:0')],
      ),
    ).toBeNull();
  });

  it('gives both texts of a value, prose, input or error that differs', () => {
    expect(
      compareOutputs(
        [{ kind: 'markdown', markdown: 'Sum: 12' }],
        [{ kind: 'markdown', markdown: 'Sum: 13' }],
      ),
    ).toEqual({ kind: 'text', published: 'Sum: 12', now: 'Sum: 13' });
    expect(
      compareOutputs([{ kind: 'value', value: 'a' }], [{ kind: 'value', value: 'b' }]),
    ).toEqual({ kind: 'text', published: '"a"', now: '"b"' });
    expect(
      compareOutputs(
        [{ kind: 'error', name: 'TypeError', message: 'x' }],
        [{ kind: 'error', name: 'TypeError', message: 'y' }],
      ),
    ).toEqual({ kind: 'text', published: 'TypeError: x', now: 'TypeError: y' });
  });

  it('gives the row counts of two tables and their first differing row', () => {
    expect(
      compareOutputs(
        [
          table(
            [
              ['Paris', 1],
              ['Lyon', 2],
            ],
            10,
          ),
        ],
        [
          table(
            [
              ['Paris', 1],
              ['Lyon', 3],
            ],
            11,
          ),
        ],
      ),
    ).toEqual({
      kind: 'table',
      published: 10,
      now: 11,
      row: 1,
      publishedRow: 'Lyon | 2',
      nowRow: 'Lyon | 3',
    });
    expect(compareOutputs([table([['Paris', 1]], 5)], [table([['Paris', 1]], 6)])).toEqual({
      kind: 'table',
      published: 5,
      now: 6,
    });
  });

  it('only says that charts, or outputs of other kinds or numbers, differ', () => {
    const chart = (mark: string): SnapshotOutput => ({ kind: 'chart', spec: { mark } });
    expect(compareOutputs([chart('bar')], [chart('line')])).toEqual({ kind: 'other' });
    expect(compareOutputs([chart('bar')], [{ kind: 'markdown', markdown: 'x' }])).toEqual({
      kind: 'other',
    });
    expect(compareOutputs([chart('bar')], [])).toEqual({ kind: 'other' });
  });
});

describe('splitDifference', () => {
  it('cuts two texts into their common start and end around what differs', () => {
    expect(splitDifference('Sum: 5252999', 'Sum: 5252056')).toEqual({
      start: 'Sum: 5252',
      published: '999',
      now: '056',
      end: '',
    });
    expect(splitDifference('a <b> c', 'a <i> c')).toEqual({
      start: 'a <',
      published: 'b',
      now: 'i',
      end: '> c',
    });
    expect(splitDifference('same', 'same')).toEqual({
      start: 'same',
      published: '',
      now: '',
      end: '',
    });
    // The end never overlaps the start: "aa" against "aaa".
    expect(splitDifference('aa', 'aaa')).toEqual({ start: 'aa', published: '', now: 'a', end: '' });
  });
});
