import { tableFromIPC } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import type { TableOutput } from '../../../src/core/runtime/outputs.ts';
import { notebook } from './notebook.ts';

/** Decodes Arrow IPC bytes back to row objects, as the page does. */
const rows = (ipc: Uint8Array) =>
  tableFromIPC(ipc, { useDate: true })
    .toArray()
    .map((row) => ({ ...row }));

async function shownTable(source: string) {
  const nb = notebook();
  nb.update({ t: source });
  await nb.runtime.idle();
  const [output] = nb.outputs().t;
  if (output?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(output)}`);
  return { nb, table: output satisfies TableOutput };
}

describe('table outputs', () => {
  it('describe columns with readable Arrow types and carry the first 100 rows', async () => {
    const { table } = await shownTable(`aq.table({
      n: Array.from({length: 250}, (_, i) => i),
      x: Array.from({length: 250}, (_, i) => i / 2),
      s: Array.from({length: 250}, (_, i) => "s" + (i % 3)),
      b: Array.from({length: 250}, (_, i) => i % 2 === 0),
      d: Array.from({length: 250}, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))),
    })`);
    expect(table.numRows).toBe(250);
    expect(table.columns).toEqual([
      { name: 'n', type: 'int32' },
      { name: 'x', type: 'float64' },
      { name: 's', type: 'utf8' },
      { name: 'b', type: 'bool' },
      { name: 'd', type: 'date' },
    ]);
    const first = rows(table.ipc);
    expect(first.length).toBe(100);
    expect(first[99]).toEqual({
      n: 99,
      x: 49.5,
      s: 's0',
      b: false,
      d: new Date(Date.UTC(2024, 0, 100)),
    });
  });

  it('getRows returns any window as Arrow IPC, typed like the first one', async () => {
    // Integers first, a float at the very end: every window must be float64.
    const { nb, table } = await shownTable(
      'aq.table({v: [...Array.from({length: 999}, (_, i) => i), 0.5]})',
    );
    expect(table.columns).toEqual([{ name: 'v', type: 'float64' }]);
    const window = tableFromIPC(nb.runtime.getRows(table.id, 990, 20));
    expect(window.toColumns().v).toEqual(
      new Float64Array([990, 991, 992, 993, 994, 995, 996, 997, 998, 0.5]),
    );
    expect(rows(nb.runtime.getRows(table.id, 5000, 10))).toEqual([]);
  });

  it('getRowObjects returns the same window as row objects', async () => {
    const { nb, table } = await shownTable(
      'aq.table({a: [1, 2, 3], b: ["x", "y", "z"]}).orderby(aq.desc("a"))',
    );
    expect(nb.runtime.getRowObjects(table.id, 1, 5)).toEqual([
      { a: 2, b: 'y' },
      { a: 1, b: 'x' },
    ]);
    expect(rows(nb.runtime.getRows(table.id, 0, 1))).toEqual([{ a: 3, b: 'z' }]);
  });

  it('are released when their cell runs again or is deleted', async () => {
    const { nb, table } = await shownTable('aq.table({a: [1]})');
    nb.runtime.rerun('t');
    await nb.runtime.idle();
    expect(() => nb.runtime.getRows(table.id, 0, 1)).toThrow(
      /Unknown table .*released when its cell ran again or was deleted/,
    );
    const [again] = nb.outputs().t;
    if (again?.kind !== 'table') throw new Error('expected a table');
    expect(rows(nb.runtime.getRows(again.id, 0, 1))).toEqual([{ a: 1 }]);
    nb.update({});
    await nb.runtime.idle();
    expect(() => nb.runtime.getRows(again.id, 0, 1)).toThrow(/Unknown table/);
  });

  it('handle empty tables and all-null columns', async () => {
    const { nb, table } = await shownTable('aq.table({a: [], b: []})');
    expect(table).toMatchObject({ numRows: 0, columns: [{ name: 'a' }, { name: 'b' }] });
    expect(rows(table.ipc)).toEqual([]);
    expect(nb.runtime.getRowObjects(table.id, 0, 10)).toEqual([]);
    const nulls = await shownTable('aq.table({a: [null, null]})');
    expect(rows(nulls.table.ipc)).toEqual([{ a: null }, { a: null }]);
  });
});
