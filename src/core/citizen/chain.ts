import type { Notebook } from '../format/types.ts';
import type { Analyse } from './cell-info.ts';
import { cellKind, dependencies, type Dependencies } from './dependencies.ts';
import {
  cellsComputing,
  dependenciesOf,
  importReads,
  MAX_IMPORT_DEPTH,
  type ImportedNotebook,
} from './imported.ts';
import { sectionOf } from './step-names.ts';
import type { Chain } from './types.ts';

/**
 * What the output of the cell at `cellIndex` (in `notebook.cells`) is computed from: the cells
 * it depends on, directly or not, in an order they can run in (page order where the
 * dependencies allow), ending with the cell itself; with the datasets and inputs they read.
 * Parameter cells are listed as parameters, not steps.
 *
 * Across imports (issue 14): before a cell that imports names, the chain goes into the imported
 * notebook, through the cells that compute those names (all of its cells for `use()`), then
 * back; those steps carry `from`. An imported notebook's inputs are not shown to the reader, so
 * its parameter cells are steps, and its datasets are its own (not listed with this one's).
 */
export function chainOf(
  notebook: Notebook,
  cellIndex: number,
  deps = dependencies(notebook),
  imports: Readonly<Record<string, ImportedNotebook>> = {},
  analyse?: Analyse,
): Chain {
  if (!deps.cells.some((c) => c.index === cellIndex))
    return { steps: [], datasets: [], parameters: [] };
  const chain: Chain = { steps: [], datasets: [], parameters: [] };
  const walk = {
    chain,
    depsOf: dependenciesOf(analyse),
    emitted: new Set<string>(),
    last: cellIndex,
  };
  follow(walk, notebook, deps, ancestorsInOrder(deps, cellIndex), imports, []);
  return chain;
}

interface Walk {
  chain: Chain;
  depsOf: (notebook: Notebook) => Dependencies;
  /** Steps already in the chain, by path and cell: two cells importing one name show it once. */
  emitted: Set<string>;
  /** The explained cell of the open notebook. */
  last: number;
}

function follow(
  walk: Walk,
  notebook: Notebook,
  deps: Dependencies,
  order: number[],
  imports: Readonly<Record<string, ImportedNotebook>>,
  path: string[],
  label?: string,
): void {
  const byIndex = new Map(deps.cells.map((c) => [c.index, c]));
  for (const index of order) {
    const key = `${path.join('\u0000')}\u0001${index}`;
    if (walk.emitted.has(key)) continue;
    walk.emitted.add(key);
    const cell = byIndex.get(index)!;
    for (const read of importReads(cell)) {
      const imported = Object.hasOwn(imports, read.from) ? imports[read.from] : undefined;
      if (!imported || path.length >= MAX_IMPORT_DEPTH) continue;
      const inner = walk.depsOf(imported.notebook);
      const cells = cellsComputing(inner, read.names);
      follow(
        walk,
        imported.notebook,
        inner,
        cells,
        imported.imports,
        [...path, read.from],
        imported.label,
      );
    }
    const own = path.length === 0;
    if (own)
      for (const name of cell.datasets)
        if (!walk.chain.datasets.includes(name)) walk.chain.datasets.push(name);
    const kind = cellKind(cell);
    if (own && kind === 'parameter' && index !== walk.last) {
      walk.chain.parameters.push(...cell.inputs);
      continue;
    }
    walk.chain.steps.push({
      cell: index,
      prose: proseBefore(notebook, index),
      source: cell.source,
      kind,
      defines: cell.declarations,
      title: cell.title,
      section: sectionOf(notebook, index),
      ...(own ? {} : { from: { path, label: label ?? path.join('.') } }),
    });
  }
}

/** `cellIndex` and every cell it reads from, transitively, sorted so each comes after what it reads. */
export function ancestorsInOrder(deps: Dependencies, cellIndex: number): number[] {
  return ancestorsOfAll(deps, [cellIndex]);
}

/** The cells `roots` and every cell they read from, transitively, each after what it reads. */
export function ancestorsOfAll(deps: Dependencies, roots: readonly number[]): number[] {
  const needed = new Set<number>();
  const visit = (index: number) => {
    if (needed.has(index)) return;
    needed.add(index);
    for (const from of deps.reads.get(index)?.keys() ?? []) visit(from);
  };
  roots.forEach(visit);
  // Kahn's algorithm taking the first ready cell in page order each time.
  const pending = [...needed].sort((a, b) => a - b);
  const done = new Set<number>();
  const out: number[] = [];
  while (pending.length) {
    let k = pending.findIndex((index) =>
      [...(deps.reads.get(index)?.keys() ?? [])].every(
        (from) => done.has(from) || !needed.has(from),
      ),
    );
    // A cycle (an error at run time): take the rest in page order.
    if (k < 0) k = 0;
    const [index] = pending.splice(k, 1);
    done.add(index);
    out.push(index);
  }
  return out;
}

/** The Markdown cell right before a cell, which introduces it; null if a code cell is there. */
export function proseBefore(notebook: Notebook, index: number): string | null {
  const previous = notebook.cells[index - 1];
  return previous?.kind === 'markdown' ? previous.source : null;
}
