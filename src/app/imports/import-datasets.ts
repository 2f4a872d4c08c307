import type { DatasetSpec } from '../../core/format/types.ts';
import { importAt } from '../../core/imports/scope.ts';
import type { ImportEntry, ImportPath } from '../../core/imports/types.ts';
import type { BytesCache } from '../data/bytes-cache.ts';
import { DatasetLoader } from '../data/dataset-loader.svelte.ts';
import type { LoadOptions } from '../data/fetch-dataset.ts';

/**
 * The datasets of imported notebooks, loaded as the open notebook's are (cache by hash, then
 * source and mirrors, checked against the pin), but each notebook with a loader of its own: its
 * relative URLs resolve against its own URL, and its names never mix with the open notebook's
 * in the data panel.
 */
export class ImportDatasets {
  // Not reactive: nothing renders from them.
  readonly #loaders = new Map<string, DatasetLoader>();
  /**
   * Loads going on, by notebook, name and pin: the imported notebook and each `use()` of it ask
   * for the same dataset at once, and a loader's second load of a name would cancel its first.
   */
  readonly #loading = new Map<string, Promise<Uint8Array | Blob>>();

  constructor(
    private readonly cache: BytesCache,
    private readonly options: Pick<LoadOptions, 'fetch'> = {},
  ) {}

  /**
   * The checked bytes of dataset `name` of the notebook at import path `scope` (not empty),
   * whose entries the page resolved (`imports`); `spec` is the page's own pin there.
   */
  load(
    imports: Record<string, ImportEntry>,
    scope: ImportPath,
    name: string,
    spec: DatasetSpec,
  ): Promise<Uint8Array | Blob> {
    // The imported notebook's URL: the base of its relative dataset URLs.
    const base = importAt(imports, scope)?.url ?? '';
    const key = JSON.stringify([scope, base]);
    let loader = this.#loaders.get(key);
    if (!loader) {
      loader = new DatasetLoader(base, this.cache, this.options);
      this.#loaders.set(key, loader);
    }
    const once = JSON.stringify([key, name, spec.sha256]);
    let loading = this.#loading.get(once);
    if (!loading) {
      loading = loader.load(name, spec);
      this.#loading.set(once, loading);
      const done = () => void this.#loading.delete(once);
      loading.then(done, done);
    }
    // Each request gets bytes of its own: they are moved to the worker, which detaches them.
    return loading.then((bytes) => (bytes instanceof Blob ? bytes : bytes.slice()));
  }

  dispose() {
    for (const loader of this.#loaders.values()) loader.dispose();
    this.#loaders.clear();
  }
}
