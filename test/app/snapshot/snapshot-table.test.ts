import { describe, expect, it } from 'vitest';
import { snapshotTable } from '../../../src/app/snapshot/snapshot-table.ts';

describe('snapshotTable', () => {
  it('gives the table view its first rows, dates and numbers kept as text turned back', () => {
    const { output, rows } = snapshotTable({
      kind: 'table',
      columns: [
        { name: 'day', type: 'date' },
        { name: 'n', type: 'float64' },
        { name: 'big', type: 'int64' },
        { name: 'name', type: 'utf8' },
      ],
      numRows: 1000,
      rows: [
        ['2024-01-31T00:00:00.000Z', 'NaN', '12', '2024-01-31T00:00:00.000Z'],
        [null, 'Infinity', 5, 'x'],
      ],
    });
    expect(output).toMatchObject({ kind: 'table', numRows: 1000, ipc: new Uint8Array(0) });
    expect(rows.length).toBe(2);
    expect(rows.offset).toBe(0);
    expect(rows.columns[0].at(0)).toEqual(new Date('2024-01-31T00:00:00.000Z'));
    expect(rows.columns[0].at(1)).toBeNull();
    expect(rows.columns[1].at(0)).toBeNaN();
    expect(rows.columns[1].at(1)).toBe(Infinity);
    expect(rows.columns[2].at(0)).toBe(12);
    // Text stays text.
    expect(rows.columns[3].at(0)).toBe('2024-01-31T00:00:00.000Z');
  });
});
