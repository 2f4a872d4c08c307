import type { Notebook } from '../format/types.ts';
import { cellInfos, type Analyse, type CellInfo } from './cell-info.ts';

/** The code cells of a notebook and who reads what from whom. */
export interface Dependencies {
  cells: CellInfo[];
  /** By cell index: the cells it reads names from, with those names. */
  reads: Map<number, Map<number, string[]>>;
}

export function dependencies(notebook: Notebook, analyse?: Analyse): Dependencies {
  const cells = cellInfos(notebook, analyse);
  // A name defined twice is an error on both cells at run time; the first one is drawn.
  const definedBy = new Map<string, number>();
  for (const cell of cells)
    for (const name of cell.declarations) if (!definedBy.has(name)) definedBy.set(name, cell.index);
  const reads = new Map<number, Map<number, string[]>>();
  for (const cell of cells) {
    const from = new Map<number, string[]>();
    for (const name of cell.references) {
      const source = definedBy.get(name);
      if (source === undefined || source === cell.index) continue;
      from.set(source, [...(from.get(source) ?? []), name]);
    }
    reads.set(cell.index, from);
  }
  return { cells, reads };
}

/** The kind of node a code cell is: an indicator wins over a parameter. */
export function cellKind(cell: CellInfo): 'indicator' | 'parameter' | 'cell' {
  return cell.indicator ? 'indicator' : cell.inputs.length ? 'parameter' : 'cell';
}
