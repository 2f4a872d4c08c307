import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../src/app/outputs/column-width.ts';

describe('columnWidths(columns, sample)', () => {
  it('fits the widest of name, type and sampled text, plus padding', () => {
    const columns = [
      { name: 'id', type: 'int32' },
      { name: 'commune', type: 'utf8' },
    ];
    expect(
      columnWidths(columns, [
        ['1', 'Paris'],
        ['22', 'Saint-Rémy-de-Provence'],
      ]),
    ).toEqual([7, 24]);
  });
  it('keeps widths between 4 and 40 characters', () => {
    expect(columnWidths([{ name: 'a', type: 'b' }], [['x'.repeat(500)]])).toEqual([42]);
    expect(columnWidths([{ name: 'a', type: 'b' }], [])).toEqual([6]);
  });
});
