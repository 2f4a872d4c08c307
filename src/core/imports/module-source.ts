import type { DatasetSpec } from '../format/types.ts';
import type { ImportEntry, ImportedModuleSource, ModuleEntry, ResolvedImport } from './types.ts';

/** How an import is named to a person: the importer's title for it, else its own, else its name. */
export function importLabel(entry: ImportEntry): string {
  return entry.spec.title ?? ('notebook' in entry ? entry.notebook.front.title : entry.name);
}

/**
 * What the runtime gets for a resolved import (and all that crosses to the worker): its code
 * cells in page order with ids unique within the module (`i1`, `i2`… by position, so the same
 * pin gives the same ids), its datasets with `url` and `mirrors` made absolute against the
 * import's own URL, and its own imports the same way. A failed import becomes the error its
 * readers fail with.
 */
export function importSource(entry: ImportEntry): ModuleEntry {
  const label = importLabel(entry);
  if ('error' in entry) return { sha256: entry.spec.sha256, label, error: entry.error };
  return moduleOf(entry, label);
}

function moduleOf(entry: ResolvedImport, label: string): ImportedModuleSource {
  const cells = entry.notebook.cells
    .filter((cell) => cell.kind === 'code')
    .map((cell, i) => ({ id: `i${i + 1}`, source: cell.source, label: String(i + 1) }));
  // Built with `fromEntries`, so that a name such as `__proto__` is a key like any other.
  const datasets = Object.fromEntries(
    Object.entries(entry.notebook.front.datasets ?? {}).map(([name, spec]) => [
      name,
      absoluteSpec(spec, entry.url),
    ]),
  );
  const imports = Object.fromEntries(
    Object.entries(entry.imports).map(([name, nested]) => [
      name,
      moduleOf(nested, importLabel(nested)),
    ]),
  );
  return { sha256: entry.spec.sha256, label, cells, datasets, imports };
}

/** A dataset's `url` and `mirrors` against `base`; a URL that cannot be resolved stays as written. */
function absoluteSpec(spec: DatasetSpec, base: string): DatasetSpec {
  const resolve = (url: string) => {
    try {
      return new URL(url, base).href;
    } catch {
      return url;
    }
  };
  const mirrors = Array.isArray(spec.mirrors)
    ? { mirrors: spec.mirrors.map((m) => (typeof m === 'string' ? resolve(m) : m)) }
    : {};
  return { ...spec, url: resolve(spec.url), ...mirrors };
}
