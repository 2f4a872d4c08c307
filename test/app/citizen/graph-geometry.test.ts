import { describe, expect, it } from 'vitest';
import type { CellGraph, GraphNode } from '../../../src/core/citizen/index.ts';
import { draw, keyResultScroll, NODE_WIDTH } from '../../../src/app/citizen/graph-geometry.ts';

/** A chain of `n` cells, one per column, the ones at `keys` key results. */
function chain(n: number, keys: number[]): CellGraph {
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: `cell:${i}`,
    kind: keys.includes(i) ? 'indicator' : 'cell',
    label: `Step ${i}`,
    names: `v${i}`,
    cell: i,
    layer: i,
    order: 0,
  }));
  const edges = nodes.slice(1).map((node, i) => ({ from: nodes[i].id, to: node.id, names: [] }));
  return { nodes, edges, layers: nodes.map((node) => [node.id]), groups: [] };
}

describe('keyResultScroll(drawing, viewWidth)', () => {
  it('is 0 when the whole graph fits or it has no key result', () => {
    expect(keyResultScroll(draw(chain(2, [1])), 2000)).toBe(0);
    expect(keyResultScroll(draw(chain(8, [])), 390)).toBe(0);
  });

  it('brings the last column in view when the key result is there', () => {
    const drawing = draw(chain(8, [7]));
    const scroll = keyResultScroll(drawing, 390);
    const key = drawing.nodes[7];
    expect(key.x).toBeGreaterThanOrEqual(scroll);
    expect(key.x + NODE_WIDTH).toBeLessThanOrEqual(scroll + 390);
  });

  it('shows every key result when they fit, else the first one in page order', () => {
    const drawing = draw(chain(8, [5, 6]));
    const wide = keyResultScroll(drawing, 600);
    for (const k of [5, 6]) {
      expect(drawing.nodes[k].x).toBeGreaterThanOrEqual(wide);
      expect(drawing.nodes[k].x + NODE_WIDTH).toBeLessThanOrEqual(wide + 600);
    }
    const narrow = keyResultScroll(drawing, 300);
    expect(drawing.nodes[5].x).toBeGreaterThanOrEqual(narrow);
    expect(drawing.nodes[5].x + NODE_WIDTH).toBeLessThanOrEqual(narrow + 300);
  });
});

describe('draw(graph) with an imported notebook', () => {
  it('boxes the group around its nodes only, its title room above the top row', () => {
    const graph = chain(3, [2]);
    graph.nodes[0].group = 'import:atmo';
    graph.nodes[1].group = 'import:atmo';
    graph.groups = [
      { id: 'import:atmo', path: ['atmo'], label: 'ATMO', nodes: ['cell:0', 'cell:1'] },
    ];
    const drawing = draw(graph);
    const [box] = drawing.groups;
    const [a, b, c] = drawing.nodes;
    expect(box.label).toBe('ATMO');
    expect(box.x).toBeLessThan(a.x);
    expect(box.x + box.width).toBeGreaterThan(b.x + NODE_WIDTH);
    expect(box.x + box.width).toBeLessThan(c.x);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(a.y);
    expect(draw(chain(3, [2])).groups).toEqual([]);
  });
});
