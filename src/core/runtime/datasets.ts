import type { ColumnTable } from 'arquero';
import { readDataset } from '../data/read-dataset.ts';
import { coreError, errorCode } from '../errors/index.ts';
import type { DatasetSpec } from '../format/types.ts';
import type { DatasetEvent, DatasetEventListener } from './events.ts';
import { boundedNotes } from './column-notes.ts';
import { dialectKey } from './dialect-key.ts';

/** Reads the bytes of a pinned dataset (the CLI from files or URLs, the page by fetching). */
export type LoadDataset = (name: string, spec: DatasetSpec) => Promise<Uint8Array>;

/**
 * The `dataset` builtin's backend: the notebook's pinned datasets, loaded through the host,
 * checked against their hash, parsed, and cached per (name, sha256) for the runtime's life.
 */
export class Datasets {
  #specs: Record<string, DatasetSpec> = {};
  #version = '{}';
  #cache = new Map<string, Promise<ColumnTable>>();

  constructor(
    private readonly load: LoadDataset,
    /** The host hands over only bytes it checked against their pinned hash. */
    private readonly checked = false,
    /** Told when a parse starts and ends, for the page's progress bar. */
    private readonly onEvent: DatasetEventListener = () => {},
  ) {}

  /** Replaces the pinned datasets; returns whether they changed. */
  set(specs: Record<string, DatasetSpec>): boolean {
    const version = JSON.stringify(specs);
    if (version === this.#version) return false;
    this.#specs = { ...specs };
    this.#version = version;
    return true;
  }

  /** Changes whenever the pinned datasets change, so cells using `dataset` can re-run. */
  get version(): string {
    return this.#version;
  }

  /** The pinned spec of dataset `name`, if the notebook pins it. */
  spec(name: string): DatasetSpec | undefined {
    return Object.hasOwn(this.#specs, name) ? this.#specs[name] : undefined;
  }

  /** The dataset `name` as an Arquero table. */
  table(name: string): Promise<ColumnTable> {
    const spec = Object.hasOwn(this.#specs, name) ? this.#specs[name] : undefined;
    if (!spec) return Promise.reject(unknownDataset(name, Object.keys(this.#specs)));
    // The same bytes read with other forced column types (or as another format, in another
    // pinned dialect, or another sheet) is another table.
    const columns = JSON.stringify(spec.columns ?? {});
    const key = [
      name,
      spec.sha256,
      spec.format,
      columns,
      dialectKey(spec.csv),
      spec.sheet ?? '',
    ].join('\u0000');
    let table = this.#cache.get(key);
    if (!table) {
      // `new Promise` turns a host that throws synchronously into a rejection too.
      table = new Promise<Uint8Array>((resolve) => resolve(this.load(name, spec))).then((bytes) =>
        this.#read(name, spec, bytes),
      );
      this.#cache.set(key, table);
      // A failure (network, changed file) is not cached: running the cell again retries.
      table.catch(() => this.#cache.delete(key));
    }
    return table;
  }

  async #read(name: string, spec: DatasetSpec, bytes: Uint8Array): Promise<ColumnTable> {
    const about = { dataset: name, sha256: spec.sha256, bytes: bytes.byteLength };
    this.#tell({ kind: 'parse-start', ...about });
    const start = performance.now();
    try {
      const { table, dialect, notes } = await readDataset(name, spec, bytes, {
        checked: this.checked,
      });
      const ms = performance.now() - start;
      const read = dialect ? { dialect, notes: boundedNotes(notes) } : {};
      this.#tell({ kind: 'parse-end', ...about, rows: table.numRows(), ms, ...read });
      return table;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#tell({ kind: 'parse-error', ...about, error: message, ...errorCode(error) });
      throw error;
    }
  }

  // Progress is only shown: a failing listener must not fail the dataset.
  #tell(event: DatasetEvent) {
    try {
      this.onEvent(event);
    } catch (error) {
      console.error('algobook runtime: dataset event listener failed', error);
    }
  }
}

function unknownDataset(name: string, known: string[]): Error {
  return known.length
    ? coreError('unknown-dataset', { name, known: known.join(', ') }, 'UnknownDataset')
    : coreError('no-datasets', { name }, 'UnknownDataset');
}
