import { describe, expect, it } from 'vitest';
import { chainOf } from '../../../src/core/citizen/chain.ts';
import { notebook } from './helpers.ts';

describe('chainOf', () => {
  const nb = notebook([
    'Read the data.',
    { js: "const rows = await dataset('rows');" },
    { js: "const limit = view(Inputs.number({ label: 'Limit', value: 3, min: 0, max: 9 }));" },
    // Defined after the cell that reads it: the chain still puts it first.
    { js: 'const total = kept.numRows();', options: 'indicator' },
    'Keep the small ones.',
    { js: 'const kept = rows.filter(aq.escape((d) => d.x < limit));' },
    { js: "const noise = await dataset('other');" },
  ]);

  it('lists the cells an output depends on, each after what it reads, ending with the cell', () => {
    const chain = chainOf(nb, 3);
    expect(chain.steps.map((s) => [s.cell, s.kind, s.prose])).toEqual([
      [1, 'cell', 'Read the data.'],
      [5, 'cell', 'Keep the small ones.'],
      [3, 'indicator', null],
    ]);
    expect(chain.steps[1].source).toContain('rows.filter');
  });

  it('lists the datasets and the parameters read along the chain, not others', () => {
    const chain = chainOf(nb, 3);
    expect(chain.datasets).toEqual(['rows']);
    expect(chain.parameters).toEqual([
      {
        cell: 2,
        position: 0,
        name: 'limit',
        type: 'number',
        label: 'Limit',
        value: 3,
        range: [0, 9],
      },
    ]);
  });

  it('is empty for prose and for a cell that does not exist; a lone cell is its own chain', () => {
    expect(chainOf(nb, 0)).toEqual({ steps: [], datasets: [], parameters: [] });
    expect(chainOf(nb, 99)).toEqual({ steps: [], datasets: [], parameters: [] });
    expect(chainOf(nb, 6).steps.map((s) => s.cell)).toEqual([6]);
    expect(chainOf(nb, 6).datasets).toEqual(['other']);
  });
});
