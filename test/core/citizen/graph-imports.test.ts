import { describe, expect, it } from 'vitest';
import { cellGraph } from '../../../src/core/citizen/graph.ts';
import { analyseWithImports as analyse, atmo, importer } from './imports-helpers.ts';
import { notebook } from './helpers.ts';

const edge = (g: ReturnType<typeof cellGraph>, from: string, to: string) =>
  g.edges.find((e) => e.from === from && e.to === to)?.names;

describe('cellGraph(notebook, imports)', () => {
  const graph = cellGraph(importer, { atmo }, analyse);

  it('draws the imported notebook as a group of its own nodes, labelled by its title', () => {
    expect(graph.groups).toEqual([
      {
        id: 'import:atmo',
        path: ['atmo'],
        label: 'The ATMO air-quality index',
        nodes: [
          'import:atmo:dataset:stations',
          'import:atmo:cell:1',
          'import:atmo:cell:2',
          'import:atmo:cell:4',
          'import:atmo:cell:5',
          'import:atmo:cell:6',
        ],
      },
    ]);
    const node = graph.nodes.find((n) => n.id === 'import:atmo:cell:4')!;
    expect(node).toMatchObject({ group: 'import:atmo', label: 'Sub-index', names: 'subIndex' });
    // Not a cell of this notebook: opening it must not open this notebook's cell 4, but the
    // import cell, whose chain goes through it.
    expect(node.cell).toBeUndefined();
    expect(node.opens).toBe(1);
  });

  it('links the cells computing the imported names to the import cell, and the import to use()', () => {
    expect(edge(graph, 'import:atmo:cell:4', 'cell:1')).toEqual(['subIndex']);
    expect(edge(graph, 'import:atmo:cell:5', 'cell:1')).toEqual(['LABELS']);
    expect(edge(graph, 'import:atmo:cell:2', 'import:atmo:cell:4')).toEqual(['bounds']);
    // use() reads all of it: its results nobody else reads flow into the cell.
    expect(edge(graph, 'import:atmo:cell:6', 'cell:4')).toEqual(['atmo']);
    expect(edge(graph, 'cell:1', 'cell:2')).toEqual(['subIndex']);
  });

  it('places the imported nodes before the cells that read them', () => {
    const at = new Map(graph.nodes.map((n) => [n.id, n.layer]));
    expect(at.get('import:atmo:cell:4')!).toBeLessThan(at.get('cell:1')!);
    expect(at.get('cell:1')!).toBeLessThan(at.get('cell:3')!);
  });

  it("places this notebook's nodes right of the group, so the group's box holds only its own", () => {
    // A cell that reads nothing would share the first column with the library's inputs.
    const alone = {
      ...importer,
      cells: [...importer.cells, ...notebook([{ js: 'const alone = 1;' }]).cells],
    };
    const drawn = cellGraph(alone, { atmo }, analyse);
    const inGroup = drawn.nodes.filter((n) => n.group).map((n) => n.layer);
    const own = drawn.nodes.filter((n) => !n.group).map((n) => n.layer);
    expect(Math.min(...own)).toBeGreaterThan(Math.max(...inGroup));
  });

  it('has no group without imports', () => {
    const plain = cellGraph(importer, {}, analyse);
    expect(plain.groups).toEqual([]);
    expect(plain.nodes.every((n) => !n.group)).toBe(true);
  });

  it('shows only what is imported when nothing calls use()', () => {
    const only = cellGraph({ ...importer, cells: importer.cells.slice(0, 4) }, { atmo }, analyse);
    expect(only.groups[0].nodes).toEqual([
      'import:atmo:cell:1',
      'import:atmo:cell:2',
      'import:atmo:cell:4',
      'import:atmo:cell:5',
    ]);
  });
});
