import type { Notebook } from '../format/types.ts';
import type { ImportEntry } from '../imports/types.ts';
import { ancestorsOfAll } from './chain.ts';
import type { Analyse, CellInfo } from './cell-info.ts';
import { dependencies, type Dependencies } from './dependencies.ts';

/**
 * An imported notebook as the citizen views follow it (issue 14): what a reader calls it and its
 * cells, with its own imports. Only resolved imports are followed; a failed one is not.
 */
export interface ImportedNotebook {
  /** The title the importer gave it, else its own title, else the import's name. */
  label: string;
  notebook: Notebook;
  imports: Record<string, ImportedNotebook>;
}

/** Deeper than this, imports are not followed (the resolver refuses cycles; this is a bound). */
export const MAX_IMPORT_DEPTH = 8;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** The resolved imports of `NotebookSession.imports`, as the citizen views follow them. */
export function importedNotebooks(
  entries: Readonly<Record<string, ImportEntry>>,
  depth = 0,
): Record<string, ImportedNotebook> {
  const out: Record<string, ImportedNotebook> = {};
  if (depth >= MAX_IMPORT_DEPTH) return out;
  for (const [name, entry] of Object.entries(entries)) {
    if (!('notebook' in entry)) continue;
    out[name] = {
      label: text(entry.spec.title) ?? text(entry.notebook.front.title) ?? name,
      notebook: entry.notebook,
      imports: importedNotebooks(entry.imports, depth + 1),
    };
  }
  return out;
}

/** What one cell reads of an import: some names (`import {…}`), or all of it (`use()`). */
export interface ImportRead {
  from: string;
  /** The imported names, or null for the whole notebook. */
  names: string[] | null;
}

/** The imports a cell reads: its `import {…} from` names, then each `use("…")`. */
export function importReads(cell: CellInfo): ImportRead[] {
  const reads: ImportRead[] = [];
  if (cell.import)
    reads.push({ from: cell.import.from, names: cell.import.names.map((n) => n.imported) });
  for (const from of cell.uses) if (from !== cell.import?.from) reads.push({ from, names: null });
  return reads;
}

/**
 * The cells of an imported notebook that compute `names` (every code cell when null), with
 * every cell they read from, each after what it reads.
 */
export function cellsComputing(deps: Dependencies, names: readonly string[] | null): number[] {
  const roots = deps.cells
    .filter((cell) => names === null || cell.declarations.some((d) => names.includes(d)))
    .map((cell) => cell.index);
  return ancestorsOfAll(deps, roots);
}

/** Dependencies of each imported notebook, computed once per notebook. */
export function dependenciesOf(analyse?: Analyse): (notebook: Notebook) => Dependencies {
  const known = new Map<Notebook, Dependencies>();
  return (notebook) => {
    let deps = known.get(notebook);
    if (!deps) known.set(notebook, (deps = dependencies(notebook, analyse)));
    return deps;
  };
}
