import type { DatasetSpec } from '../core/format/types.ts';
import type { ImportEntry, ImportPath } from '../core/imports/types.ts';
import { importAt } from '../core/imports/scope.ts';
import { datasetLoader, type LoaderOptions } from './load-dataset.ts';
import type { NotebookSource } from './notebook-source.ts';

/**
 * The command line's dataset loader across imports: a dataset of the open notebook (`scope`
 * `[]`) is read relative to its folder or URL, one of an imported notebook relative to that
 * notebook's own URL (a `file:` URL for a file), each checked against the pin its own notebook
 * wrote. `spec` is that pin, looked up by the caller in its own copy of the resolved imports.
 */
export function scopedDatasetLoader(
  source: NotebookSource,
  imports: Readonly<Record<string, ImportEntry>>,
  options: LoaderOptions = {},
): (name: string, spec: DatasetSpec, scope?: ImportPath) => Promise<Uint8Array> {
  const own = datasetLoader(
    source.base.kind === 'dir' ? source.base.dir : source.base.url,
    options,
  );
  const loaders = new Map<string, ReturnType<typeof datasetLoader>>();
  return (name, spec, scope = []) => {
    if (!scope.length) return own(name, spec);
    const entry = importAt(imports, scope);
    if (!entry) return Promise.reject(new Error(`no import ${scope.join(' › ')}`));
    let load = loaders.get(entry.url);
    if (!load) loaders.set(entry.url, (load = datasetLoader(new URL(entry.url), options)));
    return load(name, spec);
  };
}
