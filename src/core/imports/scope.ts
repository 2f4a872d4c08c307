import type { DatasetSpec, FrontMatter } from '../format/types.ts';
import type { ImportEntry, ImportPath, ResolvedImport } from './types.ts';

/** How deep an import path from a runner may go: as deep as the resolver resolves. */
const MAX_PATH = 16;

/**
 * The resolved import at `path` under `imports` (the open notebook's), or undefined: a path the
 * runner sent is a stranger's data, so each step is looked up as an own key of what was resolved,
 * and anything else (not a list of names, too long, a failed import) finds nothing.
 */
export function importAt(
  imports: Readonly<Record<string, ImportEntry>>,
  path: unknown,
): ResolvedImport | undefined {
  if (!Array.isArray(path) || path.length === 0 || path.length > MAX_PATH) return undefined;
  let found: ResolvedImport | undefined;
  let level: Readonly<Record<string, ImportEntry>> = imports;
  for (const name of path) {
    if (typeof name !== 'string' || !Object.hasOwn(level, name)) return undefined;
    const entry = level[name];
    if (!('notebook' in entry)) return undefined;
    found = entry;
    level = entry.imports;
  }
  return found;
}

/**
 * The dataset `name` of the notebook at `path` (`[]`: the open one, whose front matter is
 * `front`), as that notebook pins it, and the URL its relative URLs resolve against (undefined
 * for the open notebook: its own location). Undefined when there is no such notebook or dataset.
 */
export function datasetAt(
  front: Pick<FrontMatter, 'datasets'>,
  imports: Readonly<Record<string, ImportEntry>>,
  path: unknown,
  name: unknown,
): { spec: DatasetSpec; base?: string } | undefined {
  if (typeof name !== 'string') return undefined;
  const root = Array.isArray(path) && path.length === 0;
  const entry = root ? undefined : importAt(imports, path);
  if (!root && !entry) return undefined;
  const pins = (entry ? entry.notebook.front.datasets : front.datasets) ?? {};
  if (!Object.hasOwn(pins, name)) return undefined;
  return { spec: pins[name], ...(entry && { base: entry.url }) };
}

/** An import path as messages show it: `atmo › pm`, or nothing for the open notebook. */
export function pathText(path: ImportPath): string {
  return path.join(' › ');
}
