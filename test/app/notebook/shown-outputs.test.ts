import { describe, expect, it } from 'vitest';
import type { SnapshotOutput } from '../../../src/core/publish/snapshot.ts';
import type { InputOutput, Output } from '../../../src/core/runtime/outputs.ts';
import { liveOutputs, snapshotOutputs } from '../../../src/app/notebook/shown-outputs.ts';

const input = (id: string): InputOutput => ({
  kind: 'input',
  id,
  input: { type: 'checkbox', label: 'On', value: false },
  value: false,
});

describe('shownOutputs', () => {
  it("keys a snapshot's input as the live run will: the control is the same one", () => {
    // The command line numbered its cells its own way ("1:0"); the page's cell is c4.
    const published: SnapshotOutput[] = [
      { kind: 'value', repr: '1', value: 1 } as SnapshotOutput,
      input('1:0'),
      input('1:1'),
    ];
    const live: Output[] = [
      { kind: 'value', repr: '1', value: 1 } as Output,
      input('c4:0'),
      input('c4:1'),
    ];
    const fromSnapshot = snapshotOutputs(published, 'c4');
    expect(fromSnapshot.map((s) => s.key)).toEqual(['0', 'input:c4:0', 'input:c4:1']);
    expect(fromSnapshot[1].output).toMatchObject({ kind: 'input', id: 'c4:0' });
    expect(liveOutputs(live).map((s) => s.key)).toEqual(fromSnapshot.map((s) => s.key));
  });

  it('gives a snapshot table its rows, and a live one none (the runner has them)', () => {
    const [shown] = snapshotOutputs(
      [{ kind: 'table', columns: [{ name: 'a', type: 'int32' }], numRows: 1, rows: [[1]] }],
      'c1',
    );
    expect(shown.output).toMatchObject({ kind: 'table', numRows: 1 });
    expect(shown.rows).toBeDefined();
    const table: Output = {
      kind: 'table',
      id: 't',
      columns: [],
      numRows: 0,
      ipc: new Uint8Array(),
    };
    expect(liveOutputs([table])).toEqual([{ key: '0', output: table }]);
  });

  it('gives an unchanged output the same entry each time the list is made again', () => {
    const a = input('c1:0');
    const table: Output = {
      kind: 'table',
      id: 't',
      columns: [],
      numRows: 0,
      ipc: new Uint8Array(),
    };
    const first = liveOutputs([a, table]);
    const again = liveOutputs([a, table]);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    // A new output is a new entry.
    expect(liveOutputs([input('c1:0'), table])[0]).not.toBe(first[0]);
    const published: SnapshotOutput[] = [input('1:0')];
    expect(snapshotOutputs(published, 'c2')[0]).toBe(snapshotOutputs(published, 'c2')[0]);
  });

  it('keeps keys unique when the live list repeats an input', () => {
    const keys = liveOutputs([input('c1:0'), input('c1:0')]).map((s) => s.key);
    expect(new Set(keys).size).toBe(2);
  });
});
