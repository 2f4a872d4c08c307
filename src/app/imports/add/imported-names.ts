import { analyze } from '../../../core/analysis/index.ts';
import type { ImportEntry } from '../../../core/imports/types.ts';

/** The names each resolved import defines (its code cells' declarations), for completions. */
export function importedNames(
  entries: Readonly<Record<string, ImportEntry>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, entry] of Object.entries(entries)) {
    if (!('notebook' in entry)) continue;
    const names = new Set<string>();
    for (const cell of entry.notebook.cells)
      if (cell.kind === 'code') for (const d of analyze(cell.source).declarations) names.add(d);
    out[name] = [...names];
  }
  return out;
}
