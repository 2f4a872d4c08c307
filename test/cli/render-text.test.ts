import { describe, expect, it } from 'vitest';
import { chartSummary, errorLine, renderTable } from '../../src/cli/render-text.ts';

describe('renderTable(table)', () => {
  it('aligns columns, numbers to the right, and counts the rows left out', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      name: `row ${i}`,
      n: i * 1000,
      when: new Date(Date.UTC(2024, 0, 1 + i)),
      none: null,
    }));
    const text = renderTable({
      kind: 'table',
      numRows: 1200,
      columns: [
        { name: 'name', type: 'utf8' },
        { name: 'n', type: 'int32' },
        { name: 'when', type: 'date' },
        { name: 'none', type: 'null' },
      ],
      rows,
    });
    expect(text.split('\n')).toEqual([
      'name       n  when        none',
      '─────  ─────  ──────────  ────',
      'row 0      0  2024-01-01  null',
      'row 1  1,000  2024-01-02  null',
      'row 2  2,000  2024-01-03  null',
      'row 3  3,000  2024-01-04  null',
      'row 4  4,000  2024-01-05  null',
      'row 5  5,000  2024-01-06  null',
      'row 6  6,000  2024-01-07  null',
      'row 7  7,000  2024-01-08  null',
      'row 8  8,000  2024-01-09  null',
      'row 9  9,000  2024-01-10  null',
      '… 1,190 more rows (1,200 in all)',
    ]);
  });

  it('says when a table has no rows', () => {
    expect(
      renderTable({ kind: 'table', numRows: 0, columns: [{ name: 'a', type: 'utf8' }], rows: [] }),
    ).toBe('a\n─\n(no rows)');
  });
});

describe('chartSummary(spec)', () => {
  it('gives the mark, the encoded fields and the number of data rows', () => {
    const spec = {
      title: 'Rain',
      mark: { type: 'bar' },
      data: { values: [{ m: 1, v: 2 }] },
      encoding: {
        x: { field: 'm', type: 'ordinal' },
        y: { aggregate: 'sum', field: 'v', type: 'quantitative' },
      },
    };
    expect(chartSummary(spec)).toBe(
      'chart "Rain": bar · x: m (ordinal), y: sum(v) (quantitative) · 1 row',
    );
  });

  it('lists every mark of a layered chart once, with inherited encodings', () => {
    const spec = {
      data: { values: [{}, {}] },
      encoding: { x: { field: 'a', type: 'quantitative' } },
      layer: [
        { mark: 'line', encoding: { y: { field: 'b', type: 'quantitative' } } },
        { mark: 'point' },
      ],
    };
    expect(chartSummary(spec)).toBe(
      'chart: line + point · x: a (quantitative), y: b (quantitative) · 2 rows',
    );
  });
});

describe('errorLine(error, cell)', () => {
  const cell = { index: 2, line: 10, source: 'const a = 1;\nconst b = a.x.y;' };

  it('names the cell from 1 and the line of the error in the file', () => {
    const error = {
      kind: 'error' as const,
      name: 'TypeError',
      message: 'boom',
      line: 2,
      column: 13,
    };
    expect(errorLine(error, cell)).toBe('Error in cell 3 (line 12): TypeError: boom');
  });

  it("gives the cell's lines when the error has no line, and leaves out a plain Error's name", () => {
    expect(errorLine({ kind: 'error', name: 'Error', message: 'boom' }, cell)).toBe(
      'Error in cell 3 (lines 11–12): boom',
    );
  });
});
