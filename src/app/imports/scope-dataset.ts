import type { DatasetSpec } from '../../core/format/types.ts';
import type { ImportPath, ModuleEntry } from '../../core/imports/types.ts';

/** The datasets and imports of one notebook as the page handed them to its runner. */
export interface ScopeRoot {
  datasets: Record<string, DatasetSpec>;
  imports: Record<string, ModuleEntry>;
}

/**
 * The datasets pinned by the notebook at import path `scope` (`[]`: the open notebook itself),
 * looked up in the page's own copy of the imports: the runner names the path, nothing more.
 * `undefined` when the path names no resolved import (a name that is not one, or an import that
 * failed): that notebook pins nothing the runner may ask for.
 */
export function datasetsAt(
  root: ScopeRoot,
  scope: ImportPath,
): Record<string, DatasetSpec> | undefined {
  let datasets = root.datasets;
  let imports = root.imports;
  for (const name of scope) {
    // Own keys only: `__proto__` or `constructor` name no import.
    const entry = Object.hasOwn(imports, name) ? imports[name] : undefined;
    if (!entry || 'error' in entry) return undefined;
    datasets = entry.datasets;
    imports = entry.imports;
  }
  return datasets;
}
