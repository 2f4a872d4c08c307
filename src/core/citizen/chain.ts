import type { Notebook } from '../format/types.ts';
import { cellKind, dependencies, type Dependencies } from './dependencies.ts';
import { sectionOf } from './step-names.ts';
import type { Chain, ChainStep } from './types.ts';

/**
 * What the output of the cell at `cellIndex` (in `notebook.cells`) is computed from: the cells
 * it depends on, directly or not, in an order they can run in (page order where the
 * dependencies allow), ending with the cell itself; with the datasets and inputs they read.
 * Parameter cells are listed as parameters, not steps.
 */
export function chainOf(
  notebook: Notebook,
  cellIndex: number,
  deps = dependencies(notebook),
): Chain {
  const byIndex = new Map(deps.cells.map((c) => [c.index, c]));
  if (!byIndex.has(cellIndex)) return { steps: [], datasets: [], parameters: [] };
  const order = ancestorsInOrder(deps, cellIndex);
  const steps: ChainStep[] = [];
  const datasets: string[] = [];
  const parameters: Chain['parameters'] = [];
  for (const index of order) {
    const cell = byIndex.get(index)!;
    for (const name of cell.datasets) if (!datasets.includes(name)) datasets.push(name);
    const kind = cellKind(cell);
    if (kind === 'parameter' && index !== cellIndex) {
      parameters.push(...cell.inputs);
      continue;
    }
    steps.push({
      cell: index,
      prose: proseBefore(notebook, index),
      source: cell.source,
      kind,
      defines: cell.declarations,
      title: cell.title,
      section: sectionOf(notebook, index),
    });
  }
  return { steps, datasets, parameters };
}

/** `cellIndex` and every cell it reads from, transitively, sorted so each comes after what it reads. */
export function ancestorsInOrder(deps: Dependencies, cellIndex: number): number[] {
  const needed = new Set<number>();
  const visit = (index: number) => {
    if (needed.has(index)) return;
    needed.add(index);
    for (const from of deps.reads.get(index)?.keys() ?? []) visit(from);
  };
  visit(cellIndex);
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
