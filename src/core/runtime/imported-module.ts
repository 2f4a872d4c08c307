import { analyze } from '../analysis/index.ts';
import { AlgobookError, coreError, listParam, type ErrorParams } from '../errors/index.ts';
import type { ImportedModuleSource, ImportPath, ModuleEntry } from '../imports/types.ts';
import type { CellEvent } from './events.ts';
import type { CellSource, RuntimeHost, RuntimeOptions } from './notebook-runtime.ts';
import type { ErrorOutput } from './outputs.ts';

/** What an imported module needs of a notebook runtime (`NotebookRuntime` is one). */
export interface ModuleRuntime {
  update(cells: readonly CellSource[], options?: RuntimeOptions): void;
  /** Top-level name `name`'s value once computed; rejects if its cell fails. */
  value(name: string): Promise<unknown>;
  /** Runs cell `cellId` again, and its dependants. */
  rerun(cellId: string): void;
  idle(): Promise<void>;
  dispose(): void;
  /** The runtimes kept alive for its own imports and `use()` calls. */
  liveModules(): number;
}

/** Where an imported notebook runs: its place in the tree of imports, and names replaced. */
export interface ModuleScope {
  path: ImportPath;
  /** Top-level names whose values are given instead of computed (`use(name, overrides)`). */
  overrides?: ReadonlyMap<string, unknown>;
}

/** Makes the runtime of one imported notebook (a `NotebookRuntime`, given to avoid a cycle). */
export type MakeRuntime = (
  host: RuntimeHost,
  options: RuntimeOptions,
  scope: ModuleScope,
) => ModuleRuntime;

/**
 * One imported notebook (issue 14), as the importer sees it: its top-level names and which cell
 * defines each, known from its text without running it, and running instances of it. The base
 * instance, made on the first read, gives the values of `import {…}`; each `use()` makes a fresh
 * instance with some names replaced. Instances run in the same worker with a silent host: their
 * datasets are asked for with their own import path, and nothing they display or report reaches
 * the importer's host.
 */
export class ImportedModule {
  /** Each top-level name and the cell that defines it (the first, if several do). */
  readonly #definers = new Map<string, CellSource>();
  #base: ModuleInstance | undefined;

  constructor(
    readonly name: string,
    readonly source: ImportedModuleSource,
    readonly path: ImportPath,
    private readonly host: RuntimeHost,
    private readonly make: MakeRuntime,
  ) {
    for (const cell of source.cells)
      for (const declared of analyze(cell.source).declarations)
        if (!this.#definers.has(declared)) this.#definers.set(declared, cell);
  }

  get label(): string {
    return this.source.label;
  }

  /** The notebook's top-level names, in page order. */
  get names(): string[] {
    return [...this.#definers.keys()];
  }

  /** The values of `names` as the notebook computes them; an unknown name is an error naming the others. */
  values(names: readonly string[]): Promise<Record<string, unknown>> {
    const unknown = names.find((name) => !this.#definers.has(name));
    if (unknown !== undefined) return Promise.reject(this.#unknown('import-unknown-name', unknown));
    if (this.#base) this.#base.retryFailed();
    else this.#base = this.instance();
    return this.#base.values(names);
  }

  /** A fresh instance with `overrides` replacing some top-level names; the caller disposes it. */
  instance(overrides?: ReadonlyMap<string, unknown>): ModuleInstance {
    for (const name of overrides?.keys() ?? [])
      if (!this.#definers.has(name)) throw this.#unknown('import-unknown-override', name);
    return new ModuleInstance(this, this.#definers, this.host, this.make, overrides);
  }

  /** The running instances this module keeps (its base), with theirs. */
  liveModules(): number {
    return this.#base ? 1 + this.#base.runtime.liveModules() : 0;
  }

  dispose(): void {
    this.#base?.dispose();
    this.#base = undefined;
  }

  #unknown(code: 'import-unknown-name' | 'import-unknown-override', name: string): AlgobookError {
    const params = { notebook: this.label, import: this.name, name };
    return this.#definers.size
      ? coreError(code, { ...params, known: listParam(this.names) }, 'ImportError')
      : coreError('import-no-names-defined', params, 'ImportError');
  }
}

/** One running copy of an imported notebook. */
export class ModuleInstance {
  readonly runtime: ModuleRuntime;
  /** The last error of each of its cells that failed, by cell id (what a failed name wraps). */
  readonly #errors = new Map<string, ErrorOutput>();

  constructor(
    private readonly module: ImportedModule,
    private readonly definers: ReadonlyMap<string, CellSource>,
    host: RuntimeHost,
    make: MakeRuntime,
    overrides?: ReadonlyMap<string, unknown>,
  ) {
    const silent: RuntimeHost = {
      loadDataset: (name, spec, scope) => host.loadDataset(name, spec, scope),
      onEvent: (event) => this.#track(event),
      checksHashes: host.checksHashes,
    };
    const { source } = module;
    this.runtime = make(
      silent,
      { datasets: source.datasets, imports: source.imports },
      { path: module.path, overrides },
    );
    this.runtime.update(source.cells);
  }

  /** The values of `names` (all known to the module), or the error of the first cell that failed. */
  async values(names: readonly string[]): Promise<Record<string, unknown>> {
    const values = await Promise.all(names.map((name) => this.#value(name)));
    return Object.fromEntries(names.map((name, i) => [name, values[i]]));
  }

  /**
   * Runs its failed cells again: an import cell run again retries what failed in the notebook it
   * imports (a dataset that could not be fetched), as the cells of the open notebook would.
   */
  retryFailed(): void {
    for (const cellId of [...this.#errors.keys()]) this.runtime.rerun(cellId);
  }

  dispose(): void {
    this.runtime.dispose();
  }

  async #value(name: string): Promise<unknown> {
    try {
      return await this.runtime.value(name);
    } catch (error) {
      // The cell's own error (with its code) is reported by the time its cells settle.
      await this.runtime.idle();
      throw this.#failed(name, error);
    }
  }

  #track(event: CellEvent): void {
    if (event.kind === 'running') this.#errors.delete(event.cellId);
    else if (event.kind === 'error') this.#errors.set(event.cellId, event.error);
  }

  /**
   * The error of the cell where computing `name` failed, named after the imported notebook and
   * that cell: the cell defining `name`, or, when that one failed because a name it reads failed,
   * the cell upstream whose own code failed.
   */
  #failed(name: string, dataflowError: unknown): AlgobookError {
    let cell = this.definers.get(name);
    let output = cell && this.#errors.get(cell.id);
    for (let hops = 0; output?.code === 'input-failed' && hops < this.definers.size; hops++) {
      const input = output.params?.input;
      const upstream = typeof input === 'string' ? this.definers.get(input) : undefined;
      const failed = upstream && this.#errors.get(upstream.id);
      if (!failed) break;
      cell = upstream;
      output = failed;
    }
    const reason =
      output?.message ??
      (dataflowError instanceof Error ? dataflowError.message : String(dataflowError));
    const params: ErrorParams = {
      // The cause's own parameters, for the page to word it too (errorText's `cause`).
      ...output?.params,
      notebook: this.module.label,
      cell: cell?.label ?? cell?.id ?? name,
      reason,
      ...(output?.code === undefined ? {} : { cause: output.code }),
    };
    return coreError('import-cell-failed', params, 'ImportError');
  }
}

/** The entry's identity for rebuilding: its pinned hash, or the error it fails with. */
export function entryKey(entry: ModuleEntry | undefined): string {
  if (!entry) return '';
  return 'error' in entry ? `error ${JSON.stringify(entry.error)}` : entry.sha256;
}
