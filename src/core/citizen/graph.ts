import type { Notebook } from '../format/types.ts';
import { cellKind, type Dependencies } from './dependencies.ts';
import { dummyId, isDummy, layered } from './layout.ts';
import type { Analyse, CellInfo } from './cell-info.ts';
import {
  cellsComputing,
  dependenciesOf,
  importReads,
  MAX_IMPORT_DEPTH,
  type ImportedNotebook,
} from './imported.ts';
import type { CellGraph, GraphEdge, GraphGroup, GraphNode } from './types.ts';
import { headingAbove } from './headings.ts';

export const datasetNodeId = (name: string) => `dataset:${name}`;
export const cellNodeId = (index: number) => `cell:${index}`;
/** The group of an imported notebook, by its path of import names (`import:atmo/pm`). */
export const groupId = (path: readonly string[]) => `import:${path.join('/')}`;

/** The cells of one notebook the graph shows: all of the open one's, what is read of an import's. */
interface Part {
  notebook: Notebook;
  deps: Dependencies;
  cells: Set<number>;
  imports: Readonly<Record<string, ImportedNotebook>>;
  path: string[];
  label: string;
  /** The cell of the open notebook that first reads this part (itself for the open notebook). */
  opens?: number;
}

const prefixed = (part: Part, id: string) =>
  part.path.length ? `${groupId(part.path)}:${id}` : id;

/**
 * The dependency graph of a notebook: its datasets (those its cells read), its parameters
 * (cells showing `Inputs.*`), its other code cells and its indicators (`js indicator`) as
 * nodes; an edge wherever a cell reads a dataset or a name another cell defines. Laid out in
 * columns left to right. An imported notebook (issue 14) is a group of its own nodes: the cells
 * that compute the names imported from it (all of them for `use()`), with what they read.
 */
export function cellGraph(
  notebook: Notebook,
  imports: Readonly<Record<string, ImportedNotebook>> = {},
  analyse?: Analyse,
): CellGraph {
  const depsOf = dependenciesOf(analyse);
  const deps = depsOf(notebook);
  const main: Part = {
    notebook,
    deps,
    cells: new Set(deps.cells.map((c) => c.index)),
    imports,
    path: [],
    label: '',
  };
  const parts = new Map<string, Part>([['', main]]);
  const crossing: GraphEdge[] = [];
  // A worklist: a cell newly shown of an import may itself read another import.
  const pending: [Part, number][] = [...main.cells].map((index) => [main, index]);
  while (pending.length) {
    const [part, index] = pending.shift()!;
    const cell = part.deps.cells.find((c) => c.index === index)!;
    for (const read of importReads(cell)) {
      const imported = Object.hasOwn(part.imports, read.from) ? part.imports[read.from] : undefined;
      if (!imported || part.path.length >= MAX_IMPORT_DEPTH) continue;
      const path = [...part.path, read.from];
      const key = groupId(path);
      let inner = parts.get(key);
      if (!inner) {
        const innerDeps = depsOf(imported.notebook);
        const opens = part.path.length ? part.opens : index;
        inner = { ...imported, deps: innerDeps, cells: new Set(), path, opens };
        parts.set(key, inner);
      }
      const wanted = cellsComputing(inner.deps, read.names);
      for (const i of wanted)
        if (!inner.cells.has(i)) {
          inner.cells.add(i);
          pending.push([inner, i]);
        }
      for (const source of cellsReadFrom(inner.deps, wanted, read.names))
        crossing.push({
          from: prefixed(inner, cellNodeId(source.index)),
          to: prefixed(part, cellNodeId(index)),
          names: read.names
            ? source.declarations.filter((d) => read.names!.includes(d))
            : [read.from],
        });
    }
  }

  const edges: GraphEdge[] = [];
  const ids: string[] = [];
  const nodes: Omit<GraphNode, 'layer' | 'order'>[] = [];
  const groups: GraphGroup[] = [];
  for (const part of parts.values()) {
    const cells = part.deps.cells.filter((c) => part.cells.has(c.index));
    const group = part.path.length ? groupId(part.path) : undefined;
    const datasetNames: string[] = [];
    for (const cell of cells)
      for (const name of cell.datasets) if (!datasetNames.includes(name)) datasetNames.push(name);
    for (const cell of cells) {
      for (const name of cell.datasets)
        edges.push({
          from: prefixed(part, datasetNodeId(name)),
          to: prefixed(part, cellNodeId(cell.index)),
          names: [name],
        });
      for (const [from, names] of part.deps.reads.get(cell.index) ?? [])
        edges.push({
          from: prefixed(part, cellNodeId(from)),
          to: prefixed(part, cellNodeId(cell.index)),
          names,
        });
    }
    const partNodes = [
      ...datasetNames.map((name) => ({
        id: prefixed(part, datasetNodeId(name)),
        kind: 'dataset' as const,
        label: name,
        names: '',
        ...(group ? { group, opens: part.opens } : { dataset: name }),
      })),
      ...cells.map((cell) => ({
        id: prefixed(part, cellNodeId(cell.index)),
        kind: cellKind(cell),
        label: cellLabel(part.notebook, cell),
        names: shortList(cell.inputs.length ? inputNames(cell) : cell.declarations),
        ...(group ? { group, opens: part.opens } : { cell: cell.index }),
      })),
    ];
    nodes.push(...partNodes);
    if (group)
      groups.push({
        id: group,
        path: part.path,
        label: part.label,
        nodes: partNodes.map((n) => n.id),
      });
  }
  // An imported notebook's nodes come first in each column, so its box stays together at the top.
  ids.push(
    ...nodes.filter((n) => n.group).map((n) => n.id),
    ...nodes.filter((n) => !n.group).map((n) => n.id),
  );
  edges.push(...crossing);

  // Each notebook's nodes right of the notebooks it imports: a group's box holds only its own.
  const after = new Map<string, string[]>();
  for (const part of parts.values()) {
    const inner = groups.filter(
      (g) =>
        g.path.length === part.path.length + 1 && part.path.every((name, k) => g.path[k] === name),
    );
    if (!inner.length) continue;
    const own = nodes.filter(
      (n) => (n.group ?? '') === (part.path.length ? groupId(part.path) : ''),
    );
    const left = inner.flatMap((g) => g.nodes);
    for (const node of own) after.set(node.id, left);
  }
  const columns = layered(ids, edges, after);
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
  return {
    nodes: nodes.map((node) => ({ ...node, ...place.get(node.id)! })),
    edges,
    layers,
    groups,
  };
}

/** The cells of `wanted` whose results leave the import: those defining `names`, else those no other reads. */
function cellsReadFrom(deps: Dependencies, wanted: number[], names: string[] | null): CellInfo[] {
  const cells = deps.cells.filter((c) => wanted.includes(c.index));
  if (names) return cells.filter((c) => c.declarations.some((d) => names.includes(d)));
  const read = new Set<number>();
  for (const cell of cells)
    for (const from of deps.reads.get(cell.index)?.keys() ?? []) read.add(from);
  return cells.filter((c) => !read.has(c.index));
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
