import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import {
  readSnapshot,
  snapshotOf,
  snapshotPath,
  snapshotText,
  SNAPSHOT_MAX_BYTES,
  SNAPSHOT_ROWS,
} from '../../../src/core/publish/snapshot.ts';
import type { ExportOutput } from '../../../src/core/publish/types.ts';
import { SHA_A, SHA_B } from './fixtures.ts';

const notebook = parse(
  [
    '---',
    'algobook: 1',
    'id: snapshot',
    'title: Snapshot',
    '---',
    '',
    'Some prose.',
    '',
    '```js',
    'rate = view(Inputs.range([0, 100], {value: 20}))',
    '```',
    '',
    '```js',
    'rows = aq.table({d: [new Date(0)], n: [1n]})',
    '```',
    '',
    '```js',
    '"RESULT-" + rate * 3',
    '```',
    '',
  ].join('\n'),
);
const [input, table, result] = notebook.cells.filter((c) => c.kind === 'code');

function outputs(entries: [string, ExportOutput[]][]) {
  return new Map(entries);
}

describe('snapshotOf', () => {
  it('numbers code cells as results do and keeps only cells that ran', () => {
    const snapshot = snapshotOf(
      notebook,
      outputs([
        [result.id, [{ kind: 'value', value: 'RESULT-60' }]],
        [input.id, []],
      ]),
      SHA_A,
    );
    expect(snapshot).toEqual({
      format: 'algobook-outputs/1',
      notebook: SHA_A,
      cells: [
        { cell: 1, outputs: [] },
        { cell: 3, outputs: [{ kind: 'value', value: 'RESULT-60' }] },
      ],
    });
  });

  it('keeps a table as its first rows in column order, dates and big integers as text', () => {
    const rows = Array.from({ length: SNAPSHOT_ROWS + 5 }, (_, i) => ({
      n: BigInt(i),
      d: new Date(Date.UTC(2024, 0, 1 + i)),
    }));
    const columns = [
      { name: 'd', type: 'date' },
      { name: 'n', type: 'int64' },
    ];
    const snapshot = snapshotOf(
      notebook,
      outputs([[table.id, [{ kind: 'table', numRows: 1000, columns, rows }]]]),
      SHA_A,
    );
    const kept = snapshot.cells[0].outputs[0];
    expect(kept.kind === 'table' && kept.rows.length).toBe(SNAPSHOT_ROWS);
    expect(kept.kind === 'table' && kept.rows[1]).toEqual(['2024-01-02T00:00:00.000Z', '1']);
  });
});

describe('snapshotText and readSnapshot', () => {
  const snapshot = snapshotOf(
    notebook,
    outputs([[result.id, [{ kind: 'value', value: 'RESULT-60' }]]]),
    SHA_A,
  );

  it('reads back what it wrote for the same version', () => {
    expect(readSnapshot(snapshotText(snapshot), SHA_A)).toEqual({ ok: true, snapshot });
  });

  it('refuses a snapshot of another version', () => {
    expect(readSnapshot(snapshotText(snapshot), SHA_B)).toEqual({
      ok: false,
      problem: 'other-version',
    });
  });

  it('refuses text that is not JSON, too large, or not a snapshot', () => {
    expect(readSnapshot('{', SHA_A)).toEqual({ ok: false, problem: 'not-json' });
    expect(readSnapshot(' '.repeat(SNAPSHOT_MAX_BYTES + 1), SHA_A)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const bad = (change: (json: Record<string, unknown>) => void) => {
      const json = JSON.parse(snapshotText(snapshot)) as Record<string, unknown>;
      change(json);
      return readSnapshot(JSON.stringify(json), SHA_A);
    };
    const invalid = { ok: false, problem: 'invalid' };
    expect(bad((j) => (j.format = 'algobook-outputs/2'))).toEqual(invalid);
    expect(bad((j) => (j.notebook = 'ABC'))).toEqual(invalid);
    expect(bad((j) => (j.extra = 1))).toEqual(invalid);
    expect(bad((j) => (j.cells = [{ cell: 0, outputs: [] }]))).toEqual(invalid);
    expect(bad((j) => (j.cells = [{ cell: 1, outputs: [{ kind: 'html', html: '<b>' }] }]))).toEqual(
      invalid,
    );
    expect(
      bad(
        (j) =>
          (j.cells = [
            { cell: 1, outputs: [] },
            { cell: 1, outputs: [] },
          ]),
      ),
    ).toEqual(invalid);
    const table = { kind: 'table', columns: [{ name: 'a', type: 'int32' }], numRows: 1 };
    expect(bad((j) => (j.cells = [{ cell: 1, outputs: [{ ...table, rows: [[1, 2]] }] }]))).toEqual(
      invalid,
    );
    expect(
      bad((j) => (j.cells = [{ cell: 1, outputs: [{ ...table, rows: [[1], [2]] }] }])),
    ).toEqual(invalid);
  });

  it('leaves out the cells after the size budget, marked omitted', () => {
    const big = 'x'.repeat(SNAPSHOT_MAX_BYTES / 2);
    const large = snapshotOf(
      notebook,
      outputs([
        [input.id, [{ kind: 'value', value: big }]],
        [table.id, [{ kind: 'value', value: big }]],
        [result.id, [{ kind: 'value', value: 'RESULT-60' }]],
      ]),
      SHA_A,
    );
    const text = snapshotText(large);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    const read = readSnapshot(text, SHA_A);
    expect(read.ok && read.snapshot.cells.map((c) => [c.cell, c.omitted ?? false])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('names the file after the version', () => {
    expect(snapshotPath('atmo/v3.algo.md')).toBe('atmo/v3.outputs.json');
  });
});
