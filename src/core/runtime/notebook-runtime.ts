import type { Module, Runtime, Variable } from '@observablehq/runtime';
import { analyze, type CellAnalysis } from '../analysis/index.ts';
import type { CellResult, DatasetSpec } from '../format/types.ts';
import type { ImportPath, ModuleEntry } from '../imports/types.ts';
import { CellController, cellVariableName } from './cell-controller.ts';
import { planCells, type AnalysedCell, type CellPlan, type NamePlan } from './cell-plan.ts';
import { createDataflow } from './dataflow.ts';
import { Datasets } from './datasets.ts';
import { describeTable, type DatasetInfo } from './dataset-info.ts';
import { OutputLog } from './digests.ts';
import type { CellEvent, DatasetEvent } from './events.ts';
import type { ModuleScope } from './imported-module.ts';
import { ImportedModules } from './imported-modules.ts';
import { TableRegistry } from './table-registry.ts';

/** What the runtime needs from where it runs (the browser worker, or the command line). */
export interface RuntimeHost {
  /**
   * Bytes of a pinned dataset (the CLI reads files/URLs; the browser app fetches and transfers
   * them). `scope` is the import path of the notebook that pins it: `[]` for the open notebook,
   * `["atmo"]` for a dataset of its import `atmo` (whose `spec` the host resolves and checks).
   */
  loadDataset(name: string, spec: DatasetSpec, scope: ImportPath): Promise<Uint8Array>;
  /** Cell lifecycle and outputs, see events.ts. */
  onEvent(event: CellEvent): void;
  /** When a dataset's bytes start and end being parsed into a table (progress), see events.ts. */
  onDatasetEvent?(event: DatasetEvent): void;
  /**
   * True when `loadDataset` returns only bytes it checked against `spec.sha256` (the browser
   * page does). The runtime then does not hash them again; otherwise it checks them itself.
   */
  checksHashes?: boolean;
}

/** A code cell as the runtime takes it. */
export interface CellSource {
  id: string;
  source: string;
  /** How messages name this cell to a person (its number on the page); the id when absent. */
  label?: string;
}

/** What a notebook runs with besides its cells. */
export interface RuntimeOptions {
  /** The notebook's pinned datasets; unchanged when left out. */
  datasets?: Record<string, DatasetSpec>;
  /** The notebooks it imports, by import name (issue 14); unchanged when left out. */
  imports?: Record<string, ModuleEntry>;
}

export interface UpdateOptions extends RuntimeOptions {
  /** Cells stopped by the person: they fail as `Interrupted` without running their code. */
  disabled?: ReadonlySet<string>;
}

/**
 * Runs a notebook's code cells reactively, with Observable Framework's semantics: cells run in
 * dependency order, a change re-runs the changed cell and its dependants only, and a superseded
 * run never shows anything. Built on @observablehq/runtime: one hidden variable per cell
 * (its inputs are the names it reads) and one variable per declared name, reading the cell's
 * result. See `CellController` for one cell, `planCells` for the static checks, and
 * `ImportedModules` for the notebooks it imports (each a `NotebookRuntime` of its own).
 */
export class NotebookRuntime {
  readonly #host: RuntimeHost;
  readonly #dataflow: Runtime;
  readonly #module: Module;
  readonly #cells = new Map<string, CellController>();
  readonly #analyses = new Map<string, { source: string; analysis: CellAnalysis }>();
  /**
   * The last run number of each deleted cell: a cell put back (undo of a delete) keeps its id,
   * and its runs go on from there, since the gates on both sides of the port refuse a `running`
   * whose number is not newer than one they saw for that id.
   */
  readonly #pastRuns = new Map<string, number>();
  readonly #names = new Map<string, { variable: Variable; key: string }>();
  readonly #tables = new TableRegistry();
  readonly #datasets: Datasets;
  readonly #busy = new Set<string>();
  readonly #outputLog = new OutputLog();
  readonly #imports: ImportedModules;
  /** Top-level names given instead of computed: this is an imported notebook under `use()`. */
  readonly #overrides: ReadonlyMap<string, unknown>;
  #scheduled = 0;
  #idleWaiters: (() => void)[] = [];
  #disposed = false;

  /**
   * `scope` is for imported notebooks only (`ImportedModules` makes them): where the notebook
   * sits in the tree of imports (its datasets are asked for with that path), and names replaced.
   */
  constructor(host: RuntimeHost, options: RuntimeOptions = {}, scope: ModuleScope = { path: [] }) {
    this.#host = host;
    this.#overrides = scope.overrides ?? new Map();
    this.#imports = new ImportedModules(
      scope.path,
      host,
      (...args) => new NotebookRuntime(...args),
    );
    if (options.imports) this.#imports.set(options.imports);
    this.#datasets = new Datasets(
      (name, spec) => host.loadDataset(name, spec, scope.path),
      host.checksHashes === true,
      (event) => {
        if (!this.#disposed) host.onDatasetEvent?.(event);
      },
    );
    if (options.datasets) this.#datasets.set(options.datasets);
    this.#dataflow = createDataflow({
      scheduled: () => ++this.#scheduled,
      computed: () => {
        --this.#scheduled;
        this.#checkIdle();
      },
    });
    this.#module = this.#dataflow.module();
  }

  /**
   * The whole list of code cells in page order. Defines new cells, redefines cells whose source
   * (or wiring: a name they read appeared, moved or vanished) changed — they and their
   * dependants re-run, nothing else — and deletes removed ones. `disabled` cells fail as
   * `Interrupted` without running their code.
   */
  update(cells: readonly CellSource[], options: UpdateOptions = {}): void {
    if (this.#disposed) return;
    if (options.datasets) this.#datasets.set(options.datasets);
    if (options.imports) this.#imports.set(options.imports);
    const analysed = cells.map((cell) => this.#analyse(cell));
    this.#outputLog.order(cells.map((cell) => cell.id));
    const plan = planCells(analysed, options.disabled ?? new Set(), (name) => name in globalThis);

    this.#updateNames(plan.names);
    const ids = new Set(cells.map((cell) => cell.id));
    for (const [id, controller] of this.#cells) {
      if (ids.has(id)) continue;
      controller.delete();
      this.#pastRuns.set(id, controller.runs);
      this.#cells.delete(id);
      this.#analyses.delete(id);
    }
    for (const cell of analysed) {
      const cellPlan = plan.cells.get(cell.id);
      if (!cellPlan) continue;
      let controller = this.#cells.get(cell.id);
      if (!controller) {
        controller = new CellController(
          cell.id,
          this.#module,
          this.#cellHost,
          this.#pastRuns.get(cell.id),
        );
        this.#cells.set(cell.id, controller);
      }
      controller.define(cell, cellPlan, this.#key(cell, cellPlan));
    }
    this.#checkIdle();
  }

  /** Re-runs one cell and its dependants (Shift+Enter on an unchanged cell). */
  rerun(cellId: string): void {
    this.#cells.get(cellId)?.rerun();
  }

  /** A person changed input `inputId` (`<cellId>:<n>`): re-run its cell with that value, then its dependants. */
  setInput(inputId: string, value: unknown): void {
    const cellId = inputId.slice(0, inputId.lastIndexOf(':'));
    this.#cells.get(cellId)?.setInput(inputId, value);
  }

  /** A window of a table output, as Arrow IPC stream bytes. */
  getRows(tableId: string, offset: number, limit: number): Uint8Array {
    return this.#tables.rows(tableId, offset, limit);
  }

  /** The same window as row objects (for the command line's JSON). */
  getRowObjects(tableId: string, offset: number, limit: number): Record<string, unknown>[] {
    return this.#tables.objects(tableId, offset, limit);
  }

  /**
   * The digest of each code cell's current outputs (numbered from 1 in page order), tables by
   * their full content: what a published version's `results` hold and `verify` compares.
   */
  digests(): CellResult[] {
    return this.#outputLog.digests((id, offset, limit) => this.#tables.objects(id, offset, limit));
  }

  /**
   * Rows and column types of the pinned dataset `name`, for the data panel. Loads it (checked
   * and parsed, as `dataset(name)` in a cell would) unless a cell already did.
   */
  async datasetInfo(name: string): Promise<DatasetInfo> {
    const table = await this.#datasets.table(name);
    return describeTable(table, this.#datasets.spec(name)?.columns);
  }

  /**
   * Stops the parse of dataset `name` (the person's Cancel): the cells reading it fail with
   * `parse-cancelled` and can run again; nothing else is touched. Whether a parse was going on.
   */
  cancelParse(name: string): boolean {
    return this.#datasets.cancel(name);
  }

  /** Top-level name `name`'s value once computed (what an importer reads); rejects if it fails. */
  value(name: string): Promise<unknown> {
    return this.#module.value(name);
  }

  /** The runtimes kept alive for the notebooks this one imports and its `use()` calls. */
  liveModules(): number {
    return this.#imports.liveModules();
  }

  /** Resolves once no cell is queued or running (used by the CLI and tests). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.#idleWaiters.push(resolve);
      this.#checkIdle();
    });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const controller of this.#cells.values()) controller.dispose();
    this.#cells.clear();
    this.#dataflow.dispose();
    this.#imports.dispose();
    this.#tables.clear();
    this.#checkIdle();
  }

  readonly #cellHost = {
    emit: (event: CellEvent) => {
      if (this.#disposed) return;
      this.#outputLog.record(event);
      // Events are sent from inside the dataflow's callbacks: a failing host must not break it.
      try {
        this.#host.onEvent(event);
      } catch (error) {
        console.error('algobook runtime: onEvent failed', error);
      }
    },
    table: (cellId: string, table: Parameters<TableRegistry['add']>[1]) =>
      this.#tables.add(cellId, table),
    release: (cellId: string) => {
      this.#tables.release(cellId);
      this.#imports.release(cellId);
    },
    dataset: (name: string) => this.#datasets.table(name),
    imported: (from: string, names: readonly string[]) => this.#imports.values(from, names),
    use: (cellId: string, name: unknown, overrides: unknown) =>
      this.#imports.use(cellId, name, overrides),
    busy: (cellId: string, busy: boolean) => {
      if (busy) this.#busy.add(cellId);
      else if (this.#busy.delete(cellId)) this.#checkIdle();
    },
  };

  #analyse({ id, source, label = id }: CellSource): AnalysedCell {
    let cached = this.#analyses.get(id);
    if (cached?.source !== source) {
      cached = { source, analysis: analyze(source) };
      this.#analyses.set(id, cached);
    }
    return { id, label, source, analysis: cached.analysis };
  }

  /** Everything a cell's wiring depends on; a cell is redefined (re-run) only when it changes. */
  #key(cell: AnalysedCell, plan: CellPlan): string {
    const datasets = plan.builtins.includes('dataset') ? this.#datasets.version : '';
    const from = cell.analysis.import?.from;
    const imports =
      from === undefined
        ? plan.builtins.includes('use')
          ? this.#imports.version
          : ''
        : this.#imports.key(from);
    return JSON.stringify([
      cell.source,
      plan.inputs,
      plan.builtins,
      plan.failure ?? null,
      datasets,
      imports,
    ]);
  }

  /**
   * One variable per declared name: it reads the declaring cell's result, or, for a name several
   * cells declare, fails so that every reader says which name is ambiguous.
   */
  #updateNames(names: ReadonlyMap<string, NamePlan>): void {
    for (const [name, entry] of this.#names) {
      if (names.has(name)) continue;
      entry.variable.delete();
      this.#names.delete(name);
    }
    for (const [name, plan] of names) {
      // An instance's overrides never change, so they need no part in the key.
      const key = plan.kind === 'cell' ? `cell:${plan.cellId}` : `duplicate:${plan.message}`;
      let entry = this.#names.get(name);
      if (entry?.key === key) continue;
      entry ??= { variable: this.#module.variable(), key };
      entry.key = key;
      this.#names.set(name, entry);
      if (this.#overrides.has(name)) {
        const value = this.#overrides.get(name);
        entry.variable.define(name, [], () => value);
      } else if (plan.kind === 'cell') {
        entry.variable.define(
          name,
          [cellVariableName(plan.cellId)],
          (exports: Record<string, unknown>) => exports[name],
        );
      } else {
        const message = plan.message;
        entry.variable.define(name, [], () => {
          throw new Error(message);
        });
      }
    }
  }

  #checkIdle(): void {
    if (!this.#disposed && (this.#scheduled > 0 || this.#busy.size > 0)) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
