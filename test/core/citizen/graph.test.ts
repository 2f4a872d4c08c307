import { describe, expect, it } from 'vitest';
import { cellGraph } from '../../../src/core/citizen/graph.ts';
import { crossings, layered } from '../../../src/core/citizen/layout.ts';
import { notebook } from './helpers.ts';

const edgesOf = (g: ReturnType<typeof cellGraph>) =>
  g.edges.map((e) => `${e.from}>${e.to}:${e.names.join(',')}`).sort();

describe('cellGraph', () => {
  const nb = notebook([
    '# A notebook',
    { js: "const rows = await dataset('rows');\nconst other = await dataset(`other`);" },
    { js: "const limit = view(Inputs.range([0, 10], { label: 'Limit', value: 3 }));" },
    'Keep the small ones.',
    { js: 'const kept = rows.filter((d) => d.x < limit);' },
    '## Count',
    { js: 'kept.numRows()', options: 'indicator' },
    { js: 'const unused = 1;' },
  ]);
  const g = cellGraph(nb);

  it('has a node per dataset read and per code cell, of the right kind', () => {
    expect(g.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['dataset:rows', 'dataset'],
      ['dataset:other', 'dataset'],
      ['cell:1', 'cell'],
      ['cell:2', 'parameter'],
      ['cell:4', 'cell'],
      ['cell:6', 'indicator'],
      ['cell:7', 'cell'],
    ]);
  });

  it("labels each node in the author's words, the names it defines second", () => {
    expect(g.nodes.map((n) => [n.id, n.label, n.names])).toEqual([
      ['dataset:rows', 'rows', ''],
      ['dataset:other', 'other', ''],
      // A step by the heading of its section...
      ['cell:1', 'A notebook', 'rows, other'],
      // ...a parameter by its input's label...
      ['cell:2', 'Limit', 'limit'],
      ['cell:4', 'A notebook', 'kept'],
      // ...an indicator without a title by the heading above it.
      ['cell:6', 'Count', ''],
      ['cell:7', 'Count', 'unused'],
    ]);
  });

  it('has an edge for each dataset read and each name read from another cell', () => {
    expect(edgesOf(g)).toEqual([
      'cell:1>cell:4:rows',
      'cell:2>cell:4:limit',
      'cell:4>cell:6:kept',
      'dataset:other>cell:1:other',
      'dataset:rows>cell:1:rows',
    ]);
  });

  it('puts each node in the column of its longest path from a source, every edge going right', () => {
    const layer = Object.fromEntries(g.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({
      'dataset:rows': 0,
      'dataset:other': 0,
      'cell:1': 1,
      'cell:2': 0,
      'cell:4': 2,
      'cell:6': 3,
      'cell:7': 0,
    });
    for (const e of g.edges) expect(layer[e.to]).toBeGreaterThan(layer[e.from]);
    expect(g.layers.flat().sort()).toEqual(g.nodes.map((n) => n.id).sort());
  });

  it('uses an indicator title given in the options, and survives cycles and bad code', () => {
    const g2 = cellGraph(
      notebook([
        { js: 'const a = b + 1;' },
        { js: 'const b = a + 1;' },
        { js: 'a +', options: 'indicator title="Broken"' },
      ]),
    );
    // Before any heading, a step is in the notebook's own section: its title.
    expect(g2.nodes.map((n) => [n.id, n.kind, n.label, n.names])).toEqual([
      ['cell:0', 'cell', 'Test', 'a'],
      ['cell:1', 'cell', 'Test', 'b'],
      ['cell:2', 'indicator', 'Broken', ''],
    ]);
    expect(edgesOf(g2)).toEqual(['cell:0>cell:1:a', 'cell:1>cell:0:b']);
  });
});

describe('long edges', () => {
  it('go through a lane of their own in each column they cross', () => {
    const g = cellGraph(
      notebook([
        { js: 'const a = 1;' },
        { js: 'const b = a + 1;' },
        { js: 'const c = b + 1;' },
        { js: 'a + c', options: 'indicator' },
      ]),
    );
    const edge = g.edges.find((e) => e.from === 'cell:0' && e.to === 'cell:3')!;
    expect(edge.via?.map((p) => p.layer)).toEqual([1, 2]);
    // No node sits in the lanes the edge takes.
    for (const p of edge.via!)
      expect(g.nodes.some((n) => n.layer === p.layer && n.order === p.order)).toBe(false);
    const short = g.edges.find((e) => e.from === 'cell:0' && e.to === 'cell:1')!;
    expect(short.via).toEqual([]);
  });
});

describe('layered', () => {
  it('orders columns to remove crossings that page order would draw', () => {
    // a→y and b→x cross in page order; swapping one column removes the crossing.
    const edges = [
      { from: 'a', to: 'y' },
      { from: 'b', to: 'x' },
    ];
    const succs = new Map([
      ['a', ['y']],
      ['b', ['x']],
    ]);
    expect(
      crossings(
        [
          ['a', 'b'],
          ['x', 'y'],
        ],
        succs,
      ),
    ).toBe(1);
    const layers = layered(['a', 'b', 'x', 'y'], edges);
    expect(layers.map((l) => l.length)).toEqual([2, 2]);
    expect(crossings(layers, succs)).toBe(0);
  });

  it('keeps page order when nothing crosses', () => {
    expect(layered(['a', 'b', 'c'], [{ from: 'a', to: 'c' }])).toEqual([['a', 'b'], ['c']]);
  });
});
