import type { Notebook } from '../format/types.ts';
import { cellKind, dependencies } from './dependencies.ts';
import { dummyId, isDummy, layered } from './layout.ts';
import type { CellInfo } from './cell-info.ts';
import type { CellGraph, GraphEdge, GraphNode } from './types.ts';

export const datasetNodeId = (name: string) => `dataset:${name}`;
export const cellNodeId = (index: number) => `cell:${index}`;

/**
 * The dependency graph of a notebook: its datasets (those its cells read), its parameters
 * (cells showing `Inputs.*`), its other code cells and its indicators (`js indicator`) as
 * nodes; an edge wherever a cell reads a dataset or a name another cell defines. Laid out in
 * columns left to right.
 */
export function cellGraph(notebook: Notebook): CellGraph {
  const { cells, reads } = dependencies(notebook);
  const datasetNames: string[] = [];
  for (const cell of cells)
    for (const name of cell.datasets) if (!datasetNames.includes(name)) datasetNames.push(name);

  const edges: GraphEdge[] = [];
  for (const cell of cells) {
    for (const name of cell.datasets)
      edges.push({ from: datasetNodeId(name), to: cellNodeId(cell.index), names: [name] });
    for (const [from, names] of reads.get(cell.index) ?? [])
      edges.push({ from: cellNodeId(from), to: cellNodeId(cell.index), names });
  }
  const ids = [...datasetNames.map(datasetNodeId), ...cells.map((c) => cellNodeId(c.index))];
  const columns = layered(ids, edges);
  const place = new Map<string, { layer: number; order: number }>();
  columns.forEach((column, layer) =>
    column.forEach((id, order) => place.set(id, { layer, order })),
  );
  // A long edge passes through the rows its placeholders were given.
  for (const edge of edges) {
    const a = place.get(edge.from)!.layer;
    const b = place.get(edge.to)!.layer;
    edge.via = [];
    for (let column = a + 1; column < b; column++)
      edge.via.push(place.get(dummyId(edge.from, edge.to, column))!);
  }
  const layers = columns.map((column) => column.filter((id) => !isDummy(id)));

  const nodes: GraphNode[] = [
    ...datasetNames.map((name) => ({
      id: datasetNodeId(name),
      kind: 'dataset' as const,
      label: name,
      names: '',
      dataset: name,
      ...place.get(datasetNodeId(name))!,
    })),
    ...cells.map((cell) => ({
      id: cellNodeId(cell.index),
      kind: cellKind(cell),
      label: cellLabel(notebook, cell),
      names: shortList(cell.inputs.length ? inputNames(cell) : cell.declarations),
      cell: cell.index,
      ...place.get(cellNodeId(cell.index))!,
    })),
  ];
  return { nodes, edges, layers };
}

/**
 * What a person calls a cell, in the author's words: an indicator's title, a parameter's input
 * labels, else the heading of the section it is in (or the notebook's title before the first
 * heading); the names it defines only when the author wrote none of these.
 */
export function cellLabel(notebook: Notebook, cell: CellInfo): string {
  if (cell.indicator && cell.title) return cell.title;
  const labels = cell.inputs.map((i) => i.label).filter((l): l is string => !!l);
  if (!cell.indicator && labels.length) return shortList(labels);
  return (
    headingAbove(notebook, cell.index) ??
    (notebook.front.title || shortList(cell.inputs.length ? inputNames(cell) : cell.declarations))
  );
}

const inputNames = (cell: CellInfo) =>
  cell.inputs.map((i) => i.name).filter((n): n is string => !!n);

/** Up to three items, then an ellipsis. */
function shortList(items: string[]): string {
  return items.length > 3 ? `${items.slice(0, 3).join(', ')}, …` : items.join(', ');
}

/** The closest Markdown heading above a cell, if any. */
export function headingAbove(notebook: Notebook, index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const cell = notebook.cells[i];
    if (cell.kind !== 'markdown') continue;
    const headings = [...cell.source.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)];
    if (headings.length) return headings[headings.length - 1][1];
  }
  return null;
}
