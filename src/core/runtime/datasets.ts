import type { ColumnTable } from 'arquero';
import { readDataset } from '../data/read-dataset.ts';
import { coreError, errorCode } from '../errors/index.ts';
import type { DatasetSpec } from '../format/types.ts';
import type { DatasetEvent, DatasetEventListener } from './events.ts';
import { progressStep } from './progress-steps.ts';
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
  /** The parses going on, by dataset name: what `cancel` aborts. */
  #parsing = new Map<string, Set<AbortController>>();

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

  /**
   * Stops every parse of dataset `name`: the cells reading it fail with `parse-cancelled` and
   * may run again (a failed parse is not cached). Returns whether a parse was going on.
   */
  cancel(name: string): boolean {
    const controllers = this.#parsing.get(name);
    if (!controllers?.size) return false;
    const reason = coreError('parse-cancelled', { dataset: name }, 'ParseCancelled');
    for (const controller of controllers) controller.abort(reason);
    return true;
  }

  async #read(name: string, spec: DatasetSpec, bytes: Uint8Array): Promise<ColumnTable> {
    const about = { dataset: name, sha256: spec.sha256, bytes: bytes.byteLength };
    const controller = new AbortController();
    const parses = this.#parsing.get(name) ?? new Set();
    this.#parsing.set(name, parses.add(controller));
    this.#tell({ kind: 'parse-start', ...about });
    // Told once per hundredth of the bytes at most, the page's gate admits no more.
    let step = 0;
    const onProgress = (done: number) => {
      const next = progressStep(done, about.bytes);
      if (next <= step) return;
      step = next;
      const bytesDone = Math.min(Math.floor(done), about.bytes);
      this.#tell({ kind: 'parse-progress', ...about, done: bytesDone });
    };
    const start = performance.now();
    try {
      const reading = readDataset(name, spec, bytes, {
        checked: this.checked,
        onProgress,
        signal: controller.signal,
      });
      // A parser that does not watch the signal (other formats) still fails its readers at once.
      const { table, dialect, notes } = await Promise.race([reading, aborted(controller.signal)]);
      const ms = performance.now() - start;
      const read = dialect ? { dialect, notes: boundedNotes(notes) } : {};
      this.#tell({ kind: 'parse-end', ...about, rows: table.numRows(), ms, ...read });
      return table;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#tell({ kind: 'parse-error', ...about, error: message, ...errorCode(error) });
      throw error;
    } finally {
      parses.delete(controller);
      if (!parses.size) this.#parsing.delete(name);
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

/** Rejects with the signal's reason once it is aborted. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function unknownDataset(name: string, known: string[]): Error {
  return known.length
    ? coreError('unknown-dataset', { name, known: known.join(', ') }, 'UnknownDataset')
    : coreError('no-datasets', { name }, 'UnknownDataset');
}
