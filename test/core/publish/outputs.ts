import type { Notebook } from '../../../src/core/format/types.ts';
import type { ExportOutput } from '../../../src/core/publish/types.ts';

export const BAR_SPEC = {
  data: {
    values: [
      { a: 'x', b: 1 },
      { a: 'y', b: 3 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
};

/** Outputs for the small notebook's three code cells, of every kind. */
export function smallOutputs(nb: Notebook): Map<string, ExportOutput[]> {
  const [, param, total, product] = nb.cells;
  return new Map<string, ExportOutput[]>([
    [
      param.id,
      [
        {
          kind: 'input',
          id: 'c:0',
          input: { type: 'range', label: 'Seuil', min: 0, max: 100, value: 50 },
          value: 50,
        },
      ],
    ],
    [
      total.id,
      [
        {
          kind: 'table',
          numRows: 2,
          columns: [
            { name: 'name', type: 'utf8' },
            { name: 'day', type: 'date' },
          ],
          rows: [
            { name: '<script>alert(1)</script>', day: new Date(Date.UTC(2024, 0, 2)) },
            { name: 'b & c', day: null },
          ],
        },
        { kind: 'chart', spec: BAR_SPEC },
        { kind: 'markdown', markdown: '**bold** <img src=x onerror=alert(1)>' },
      ],
    ],
    [
      product.id,
      [
        { kind: 'value', value: 2100 },
        { kind: 'error', name: 'TypeError', message: 'x is <not> a function' },
      ],
    ],
  ]);
}
