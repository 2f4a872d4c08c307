import type { ImportEntry, ImportPath } from '../../core/imports/types.ts';
import type {
  Cell,
  CellResult,
  CodeCell,
  DatasetSpec,
  FrontMatter,
  Notebook,
} from '../../core/format/types.ts';
import { networkOrigins, serialize } from '../../core/format/index.ts';
import type { RunnerEvent } from '../../core/runtime/events.ts';
import { RunnerHost, prewarmRunner, type StopReason } from '../runner/host.ts';
import { DatasetLoader } from '../data/dataset-loader.svelte.ts';
import { idbCache } from '../data/bytes-cache.ts';
import { idbDecisions } from '../data/pin-decisions.ts';
import { database } from '../shell/database.ts';
import type { ColumnType } from '../../core/format/types.ts';
import type { CsvDialect } from '../../core/data/csv/types.ts';
import type { DatasetInfo } from '../../runner/api.ts';
import type { CellRunState } from './cell-state.ts';
import { CellEdits } from './cell-edits.svelte.ts';
import { DatasetPins } from './dataset-pins.svelte.ts';
import { applyEvents, markInterrupted } from './run-states.ts';
import { EarlyInputs } from './early-inputs.ts';
import { ChartRefusals } from './chart-refusals.ts';
import { crashCells } from './crashed-cells.ts';
import { EventBatches } from './event-batches.ts';
import type { ErrorParams } from '../../core/errors/index.ts';
import {
  SessionImports,
  importsKey,
  type ImportDeps,
  type ResolvedImports,
} from '../imports/session-imports.ts';
import { ImportDatasets } from '../imports/import-datasets.ts';
import { pageImportDeps } from '../imports/page-imports.ts';
import type { PublishedOutputs } from '../snapshot/published-outputs.svelte.ts';

export interface SessionNotice {
  kind: 'stopped' | 'runner-error';
  cellIds: string[];
  reason?: StopReason;
  elapsedMs?: number;
  /** A runner error: its code and parameters (the page words it), and its English message. */
  error?: { code: string; params: ErrorParams; message: string };
}

export interface RunnerAlert {
  kind: 'tampered' | 'flood' | 'crashed';
}

/**
 * One open notebook: its cells (as edited), what the runner last ran, and each cell's state and
 * outputs. Components read it and call its methods; only it talks to the runner host. Each part
 * lives in its own file: the edits (`cell-edits`), the pinned datasets (`dataset-pins`), the
 * run states (`run-states`, over `cell-state`); this class wires them to the runner.
 */
export class NotebookSession {
  notebook: Notebook = $state({ front: { algobook: 1, id: '', title: '' }, cells: [] });
  /**
   * Per code cell: status and outputs. Raw state, replaced per batch of events: outputs can be
   * large (chart data, table bytes) and are never mutated, so deep proxies would only cost.
   */
  runs: Record<string, CellRunState> = $state.raw({});
  notice: SessionNotice | null = $state(null);
  /**
   * What went wrong with the runner itself, shown as an alert: it broke the protocol (tampered,
   * flood; never restarted) or it crashed (the person may restart it).
   */
  runnerAlert: RunnerAlert | null = $state(null);
  /**
   * The notebook's imports as resolved against their pins (issue 14), by name; empty until
   * resolved. Each is a `ResolvedImport` (its text, parsed, and its own imports) or a
   * `FailedImport` (the error its readers fail with).
   */
  imports: Record<string, ImportEntry> = $state.raw({});
  /** Bumped on every edit, so autosave can watch one value. */
  revision = $state(0);
  /**
   * A published version's output snapshot, shown until the live run replaces it (the reader
   * sets it; `snapshot/published-outputs.svelte.ts`).
   */
  published: PublishedOutputs | null = $state.raw(null);
  /** Inputs the reader has changed: a run after one is no longer the published run. */
  inputsSet = 0;
  /** Values set on inputs the live run has not shown yet (a published snapshot's). */
  private readonly earlyInputs = new EarlyInputs();

  private readonly edits = new CellEdits(
    () => this.notebook,
    () => this.revision++,
  );
  private readonly pins: DatasetPins;
  private readonly refusals = new ChartRefusals();
  /** The runner's batches, applied in as few updates as show the same (`event-batches.ts`). */
  private readonly batches = new EventBatches((events) => this.apply(events));
  private readonly host: RunnerHost;
  private started = false;
  /** The imports' resolution (fetched again only when `imports:` changes). */
  private readonly resolver: SessionImports;
  /** The datasets of imported notebooks, each against its own URL. */
  private readonly importData: ImportDatasets;
  /** Counts pushes: one overtaken while the imports resolve sends nothing. */
  private pushes = 0;

  constructor(
    notebook: Notebook,
    /** URL against which relative dataset and import URLs resolve (the notebook file's URL). */
    readonly baseUrl: string,
    /** How imports are fetched and resolved; the page's own by default (tests inject theirs). */
    importDeps: ImportDeps = pageImportDeps(idbCache(database)),
  ) {
    this.notebook = notebook;
    this.data = new DatasetLoader(baseUrl, idbCache(database), {
      decisions: idbDecisions(database),
    });
    this.resolver = new SessionImports(baseUrl, importDeps);
    this.importData = new ImportDatasets(idbCache(database));
    this.pins = new DatasetPins({
      notebook: () => this.notebook,
      data: this.data,
      changed: () => {
        this.revision++;
        return this.push();
      },
    });
    this.host = new RunnerHost({
      onEvents: (events) => this.batches.push(events),
      onInterrupted: (cellIds, reason, elapsedMs) => {
        // What the runner said before it was stopped comes first.
        this.batches.flush();
        // The worker is gone, and with it any parse it was doing.
        this.data.parsingStopped();
        // A fault has its own alert; a crash fails the cells that ran (one exhausted memory,
        // most likely), which offer Restart; an idle crash has the "crashed" alert with Restart.
        if (reason === 'crash') {
          this.runs = crashCells(this.runs, cellIds);
          return;
        }
        if (!cellIds.length || reason === 'fault') {
          if (cellIds.length) this.markInterrupted(cellIds);
          return;
        }
        this.notice = { kind: 'stopped', cellIds, reason, elapsedMs };
        this.markInterrupted(cellIds);
      },
      onFault: (fault) =>
        (this.runnerAlert = { kind: fault.kind === 'flood' ? 'flood' : 'tampered' }),
      onCrash: () => (this.runnerAlert = { kind: 'crashed' }),
      onRunnerError: ({ code, params, message }) =>
        (this.notice = { kind: 'runner-error', cellIds: [], error: { code, params, message } }),
      loadDataset: (name, spec, scope) => this.loadDataset(name, spec, scope),
      network: () => networkOrigins(this.notebook.front),
    });
  }

  /** Their worker is gone already: show them stopped now, not once the new runner says so. */
  private markInterrupted(cellIds: string[]) {
    this.runs = markInterrupted(this.runs, cellIds);
  }

  /** After a crash: a new runner, and the notebook runs again. */
  restart(): Promise<void> {
    this.runnerAlert = null;
    return this.host.restart();
  }

  /**
   * The datasets' bytes: from the browser's cache by hash, else downloaded (source, then
   * mirrors) and checked against the pin; with what the data panel shows of it.
   */
  readonly data: DatasetLoader;

  /** Fetches (and checks) every pinned dataset while the runner starts, instead of after it asks. */
  private prefetch(datasets: Record<string, DatasetSpec>) {
    this.data.prefetch(datasets);
  }

  private loadDataset(
    name: string,
    spec: DatasetSpec,
    scope: ImportPath,
  ): Promise<Uint8Array | Blob> {
    if (!scope.length) return this.data.load(name, spec);
    return this.importData.load(this.imports, scope, name, spec);
  }

  /** The datasets pinned in the front matter, by name. */
  get datasets(): Record<string, DatasetSpec> {
    return this.pins.all;
  }

  /** Pins `spec` as dataset `name` (new or replacing): the draft changes and cells re-run. */
  pinDataset(name: string, spec: DatasetSpec): Promise<void> {
    return this.pins.pin(name, spec);
  }

  /** Removes dataset `name` from the front matter; cells reading it fail, saying so. */
  removeDataset(name: string): Promise<void> {
    return this.pins.remove(name);
  }

  /** Forces (or with `null`, stops forcing) the type of a column, kept in `columns:`. */
  setColumnType(name: string, column: string, type: ColumnType | null): Promise<void> {
    return this.pins.setColumnType(name, column, type);
  }

  /** Pins how the csv/tsv dataset `name` is written (`csv:`); the table is read again at once. */
  setDialect(name: string, csv: Partial<CsvDialect>): Promise<void> {
    return this.pins.setDialect(name, csv);
  }

  /** The spec of `name` pinned to the bytes its source serves now; `null` if none were found. */
  repinnedSpec(name: string): Promise<DatasetSpec | null> {
    return this.pins.repinnedSpec(name);
  }

  /** Re-pins `name` to the new bytes of its source (editor). Returns the old and new hashes. */
  repin(name: string): Promise<{ old: string; new: string } | null> {
    return this.pins.repin(name);
  }

  /** The notebook's text with `name` re-pinned (the reader offers it as a copy to edit). */
  repinnedText(name: string): Promise<string | null> {
    return this.pins.repinnedText(name);
  }

  /** The rows and column types of dataset `name` as the runner reads it (types applied). */
  datasetInfo(name: string): Promise<DatasetInfo> {
    return this.host.datasetInfo(name);
  }

  /** Stops the runner's parse of dataset `name`; the cells reading it fail and can run again. */
  cancelParse(name: string): Promise<void> {
    return this.host.cancelParse(name);
  }

  /** Reads dataset `name` again after its parse was cancelled: the panel asks, cells re-run. */
  readAgain(name: string): Promise<void> {
    const spec = this.datasets[name];
    if (spec) this.data.use.retry(name, spec.sha256);
    return this.retryFailed();
  }

  /** Runs again the cells that failed (after a cancelled or failed download). */
  async retryFailed(): Promise<void> {
    for (const cell of this.codeCells)
      if (this.runs[cell.id]?.status === 'error') await this.host.rerun(cell.id);
  }

  /** Starts the cell runner while the notebook is still being fetched. */
  static prewarm(): void {
    prewarmRunner();
  }

  get codeCells(): CodeCell[] {
    return this.edits.codeCells;
  }

  get busy(): boolean {
    return Object.values(this.runs).some((r) => r.status === 'running');
  }

  get timeLimitMs(): number {
    return this.host.timeLimitMs;
  }
  set timeLimitMs(ms: number) {
    this.host.timeLimitMs = ms;
  }

  /** Runs every code cell as written. */
  runAll(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.prefetch($state.snapshot(this.notebook.front.datasets ?? {}));
    }
    this.edits.commitAll();
    // "Run all" means every cell, the ones stopped before included.
    this.host.allowStopped();
    return this.push();
  }

  /** Shift+Enter: runs this cell as now written, then its dependants. */
  async run(cellId: string): Promise<void> {
    const committed = this.edits.commit(cellId);
    if (committed === 'same') return this.host.rerun(cellId);
    if (committed === 'changed') return this.push();
  }

  /**
   * Replaces the front matter (the metadata editor's title, authors, licence, card fields…): the
   * draft changes and autosave stores it; the cells do not re-run, as nothing they read changed.
   */
  setFront(front: FrontMatter) {
    const before = $state.snapshot(this.notebook.front) as FrontMatter;
    this.notebook.front = front;
    this.revision++;
    // Other imports are other names: they are resolved again and the cells run with them.
    if (this.started && importsKey(front) !== importsKey(before)) void this.push();
  }

  /** True when the cell's text differs from what last ran. */
  isEdited(cellId: string): boolean {
    return this.edits.isEdited(cellId);
  }

  edit(cellId: string, source: string) {
    this.edits.edit(cellId, source);
  }

  addCell(kind: Cell['kind'], at: number): string {
    return this.edits.add(kind, at);
  }

  deleteCell(cellId: string) {
    if (!this.edits.delete(cellId)) return;
    const { [cellId]: _removed, ...rest } = this.runs;
    this.runs = rest;
    void this.push();
  }

  moveCell(cellId: string, delta: -1 | 1) {
    this.edits.move(cellId, delta);
  }

  /** Makes the cell a code or prose cell with the same text; returns its new id. */
  convertCell(cellId: string, kind: Cell['kind']): string | null {
    const id = this.edits.convert(cellId, kind);
    if (id !== null) this.afterCellsChanged();
    return id;
  }

  /** Undoes the last delete, move, insert or type change; returns the cell's id, if any. */
  undo(): string | undefined {
    const id = this.edits.undo();
    if (id !== undefined) this.afterCellsChanged();
    return id;
  }

  /** Redoes what `undo` undid last; returns the cell's id, if any. */
  redo(): string | undefined {
    const id = this.edits.redo();
    if (id !== undefined) this.afterCellsChanged();
    return id;
  }

  /** Cells came back or went: the runner gets the cells to run now, and gone cells lose their state. */
  private afterCellsChanged() {
    const ids = this.notebook.cells.map((c) => c.id);
    this.runs = Object.fromEntries(Object.entries(this.runs).filter(([id]) => ids.includes(id)));
    void this.push();
  }

  setInput(inputId: string, value: unknown): Promise<void> {
    this.inputsSet++;
    // A published snapshot's control, before the live run has shown this input: the value
    // waits for it (`early-inputs.ts`).
    if (!this.showsInput(inputId)) {
      this.earlyInputs.hold(inputId, value);
      return Promise.resolve();
    }
    return this.host.setInput(inputId, value);
  }

  /** Whether the live run's outputs hold input `inputId` (`<cellId>:<n>`). */
  private showsInput(inputId: string): boolean {
    const cellId = inputId.slice(0, inputId.lastIndexOf(':'));
    const outputs = this.runs[cellId]?.outputs ?? [];
    return outputs.some((output) => output.kind === 'input' && output.id === inputId);
  }

  getRows(tableId: string, offset: number, limit: number): Promise<Uint8Array> {
    return this.host.getRows(tableId, offset, limit);
  }

  stop(): Promise<void> {
    return this.host.stop('user');
  }

  /** The notebook as file text, with the sources as edited. */
  text(): string {
    return serialize($state.snapshot(this.notebook) as Notebook);
  }

  dispose() {
    this.batches.dispose();
    this.data.dispose();
    this.importData.dispose();
    this.resolver.dispose();
    this.host.dispose();
  }

  /**
   * Sends the runner the cells to run now, with the pinned datasets and the imports resolved
   * (fetched first when `imports:` changed since the last push).
   */
  private push(): Promise<void> {
    const seq = ++this.pushes;
    const front = $state.snapshot(this.notebook.front) as FrontMatter;
    const settled = this.resolver.settled(front);
    if (settled) return this.send(front, settled);
    return this.resolver.resolved(front).then((resolved) => {
      // A later push sends the notebook as it is then.
      if (seq === this.pushes) return this.send(front, resolved);
    });
  }

  private send(front: FrontMatter, resolved: ResolvedImports): Promise<void> {
    if (this.imports !== resolved.entries) this.imports = resolved.entries;
    return this.host.update(this.edits.runnable(), front.datasets ?? {}, resolved.modules);
  }

  private apply(batch: RunnerEvent[]) {
    const { events, send } = this.earlyInputs.take(batch);
    this.runs = applyEvents(
      this.runs,
      events,
      (event) => this.data.parse(event),
      performance.now(),
      (event, state) => {
        if (event.kind === 'running') this.refusals.started(event.cellId);
        return this.refusals.settle(event.cellId, state);
      },
    );
    for (const [inputId, value] of send) void this.host.setInput(inputId, value);
  }

  /** The page refused to draw a chart of run `run` of cell `cellId`: the cell ends in error. */
  chartRefused(cellId: string, run: number): void {
    this.refusals.add(cellId, run);
    const state = this.runs[cellId];
    const next = state && this.refusals.settle(cellId, state);
    if (next && next !== state) this.runs = { ...this.runs, [cellId]: next };
  }

  /**
   * The digest of each code cell's outputs once every cell has settled (publish, verify). Run
   * the cells first (`runAll`): it digests what ran.
   */
  digests(): Promise<CellResult[]> {
    return this.host.digests();
  }
}
