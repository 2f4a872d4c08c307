import { coreError, fromWire, listParam } from '../errors/index.ts';
import type { ImportPath, ModuleEntry } from '../imports/types.ts';
import {
  entryKey,
  ImportedModule,
  type MakeRuntime,
  type ModuleInstance,
} from './imported-module.ts';
import type { RuntimeHost } from './notebook-runtime.ts';

/**
 * How deep imports may nest. The resolver refuses cycles before the runtime sees them, and a
 * tree of plain data cannot be cyclic; this only bounds what a hostile tree can make it build.
 */
export const MAX_IMPORT_DEPTH = 16;

/**
 * The notebooks one notebook imports (issue 14), as modules of their own: built on the first
 * read (`import {…}` or `use()`), kept while their entry stays the same (same `sha256`, or the
 * same error), disposed when it changes or goes. `use()` instances belong to the cell run that
 * made them and are disposed when that cell runs again, is deleted, or the notebook goes.
 */
export class ImportedModules {
  #entries: Record<string, ModuleEntry> = {};
  #version = '{}';
  readonly #built = new Map<string, { key: string; module: ImportedModule }>();
  readonly #uses = new Map<string, Set<ModuleInstance>>();

  constructor(
    /** The import path of the notebook that imports these. */
    private readonly path: ImportPath,
    private readonly host: RuntimeHost,
    private readonly make: MakeRuntime,
  ) {}

  /** Replaces the entries; a module whose entry changed or went is disposed. */
  set(entries: Record<string, ModuleEntry>): void {
    this.#entries = { ...entries };
    const keys = Object.entries(this.#entries).map(([name, entry]) => [name, entryKey(entry)]);
    this.#version = JSON.stringify(keys);
    for (const [name, built] of this.#built) {
      if (built.key === entryKey(this.#entry(name))) continue;
      built.module.dispose();
      this.#built.delete(name);
    }
  }

  /** Changes when import `name` changes: an import cell of it runs again. */
  key(name: string): string {
    return entryKey(this.#entry(name));
  }

  /** Changes when any import changes: a cell calling `use()` runs again. */
  get version(): string {
    return this.#version;
  }

  /** The values of `names` in import `from`, for an import cell. */
  async values(from: string, names: readonly string[]): Promise<Record<string, unknown>> {
    return this.#module(from).values(names);
  }

  /**
   * `use(name, overrides)` for a run of cell `cellId`: the imported notebook's top-level names,
   * computed in a fresh instance with `overrides` replacing some of them, as a frozen object.
   * Without overrides, the values `import {…}` gives.
   */
  async use(cellId: string, name: unknown, overrides: unknown): Promise<Readonly<object>> {
    if (typeof name !== 'string') throw coreError('import-name-not-text', {}, 'TypeError');
    const module = this.#module(name);
    if (overrides === undefined) return frozen(await module.values(module.names));
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
      throw coreError('import-overrides-not-object', { import: name }, 'TypeError');
    const instance = module.instance(new Map(Object.entries(overrides)));
    let uses = this.#uses.get(cellId);
    if (!uses) this.#uses.set(cellId, (uses = new Set()));
    uses.add(instance);
    return frozen(await instance.values(module.names));
  }

  /** Disposes the instances the runs of cell `cellId` made with `use()`. */
  release(cellId: string): void {
    const uses = this.#uses.get(cellId);
    if (!uses) return;
    this.#uses.delete(cellId);
    for (const instance of uses) instance.dispose();
  }

  /** The runtimes kept alive for these imports, theirs included (for tests and benchmarks). */
  liveModules(): number {
    let count = 0;
    for (const { module } of this.#built.values()) count += module.liveModules();
    for (const uses of this.#uses.values())
      for (const instance of uses) count += 1 + instance.runtime.liveModules();
    return count;
  }

  dispose(): void {
    for (const cellId of [...this.#uses.keys()]) this.release(cellId);
    for (const { module } of this.#built.values()) module.dispose();
    this.#built.clear();
  }

  #entry(name: string): ModuleEntry | undefined {
    return Object.hasOwn(this.#entries, name) ? this.#entries[name] : undefined;
  }

  /** The module of import `name`, built on first use; throws the error a reader of it fails with. */
  #module(name: string): ImportedModule {
    const entry = this.#entry(name);
    if (!entry) {
      const known = Object.keys(this.#entries);
      throw known.length
        ? coreError('import-unknown', { name, known: listParam(known) }, 'ImportError')
        : coreError('import-none', { name }, 'ImportError');
    }
    if ('error' in entry) throw fromWire(entry.error);
    const path = [...this.path, name];
    if (path.length > MAX_IMPORT_DEPTH)
      throw coreError(
        'import-modules-too-deep',
        { max: MAX_IMPORT_DEPTH, path: path.join(' → ') },
        'ImportError',
      );
    let built = this.#built.get(name);
    if (!built) {
      const module = new ImportedModule(name, entry, path, this.host, this.make);
      built = { key: entryKey(entry), module };
      this.#built.set(name, built);
    }
    return built.module;
  }
}

/** A frozen object of `values`, its keys the notebook's names whatever they are (`__proto__`). */
function frozen(values: Record<string, unknown>): Readonly<object> {
  return Object.freeze(values);
}
