import { SvelteMap } from 'svelte/reactivity';
import type { Cell, CellResult, CodeCell, DatasetSpec, Notebook } from '../../core/format/types.ts';
import { networkOrigins, newCellId, serialize } from '../../core/format/index.ts';
import type { RunnerEvent } from '../../core/runtime/events.ts';
import { RunnerHost, prewarmRunner, type StopReason } from '../runner/host.ts';
import { DatasetLoader } from '../data/dataset-loader.svelte.ts';
import { idbCache } from '../data/bytes-cache.ts';
import { database } from '../shell/database.ts';
import type { ColumnType } from '../../core/format/types.ts';
import type { DatasetInfo } from '../../runner/api.ts';
import type { ErrorParams } from '../../core/errors/index.ts';
import { IDLE, reduceCell, type CellRunState } from './cell-state.ts';

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
 * outputs. Components read it and call its methods; only it talks to the runner host.
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
  /** Bumped on every edit, so autosave can watch one value. */
  revision = $state(0);

  /** The source of each code cell as the runner has it (what ran), by cell id; reactive, for "edited". */
  private committed = new SvelteMap<string, string>();
  private readonly host: RunnerHost;
  private started = false;

  constructor(
    notebook: Notebook,
    /** URL against which relative dataset URLs resolve (the notebook file's URL). */
    readonly baseUrl: string,
  ) {
    this.notebook = notebook;
    this.data = new DatasetLoader(baseUrl, idbCache(database));
    this.host = new RunnerHost({
      onEvents: (events) => this.apply(events),
      onInterrupted: (cellIds, reason, elapsedMs) => {
        // The worker is gone, and with it any parse it was doing.
        this.data.parsingStopped();
        // A fault has its own alert; a crash with cells running (one exhausted memory) says so
        // in the run bar, like a stop; an idle crash has the "crashed" alert with Restart.
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
      loadDataset: (name, spec) => this.loadDataset(name, spec),
      network: () => networkOrigins(this.notebook.front),
    });
  }

  /** Their worker is gone already: show them stopped now, not once the new runner says so. */
  private markInterrupted(cellIds: string[]) {
    const runs = { ...this.runs };
    for (const id of cellIds)
      runs[id] = { ...(runs[id] ?? IDLE), status: 'interrupted', startedAt: undefined };
    this.runs = runs;
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

  private loadDataset(name: string, spec: DatasetSpec): Promise<Uint8Array | Blob> {
    return this.data.load(name, spec);
  }

  /** The datasets pinned in the front matter, by name. */
  get datasets(): Record<string, DatasetSpec> {
    return this.notebook.front.datasets ?? {};
  }

  /** Pins `spec` as dataset `name` (new or replacing): the draft changes and cells re-run. */
  pinDataset(name: string, spec: DatasetSpec): Promise<void> {
    this.notebook.front.datasets = { ...this.datasets, [name]: spec };
    this.data.forget(name);
    this.revision++;
    return this.push();
  }

  /** Removes dataset `name` from the front matter; cells reading it fail, saying so. */
  removeDataset(name: string): Promise<void> {
    const { [name]: _removed, ...rest } = this.datasets;
    this.notebook.front.datasets = Object.keys(rest).length ? rest : undefined;
    this.data.forget(name);
    this.revision++;
    return this.push();
  }

  /** Forces (or with `null`, stops forcing) the type of a column, kept in `columns:`. */
  setColumnType(name: string, column: string, type: ColumnType | null): Promise<void> {
    const spec = this.datasets[name];
    if (!spec) return Promise.resolve();
    const { [column]: _old, ...others } = spec.columns ?? {};
    const columns = type ? { ...others, [column]: type } : others;
    const { columns: _columns, ...rest } = spec;
    return this.pinDataset(name, Object.keys(columns).length ? { ...rest, columns } : rest);
  }

  /**
   * The spec of `name` pinned to the bytes its source serves now (found by a load or a check),
   * after keeping those bytes in the cache; `null` when no new bytes were found.
   */
  async repinnedSpec(name: string): Promise<DatasetSpec | null> {
    const spec = this.datasets[name];
    const found = spec && (await this.data.newBytes(name));
    if (!spec || !found) return null;
    await idbCache(database).put(found.sha256, found.bytes, found.url);
    const next: DatasetSpec = {
      ...$state.snapshot(spec),
      sha256: found.sha256,
      bytes: found.bytes.byteLength,
      retrieved: found.retrieved,
    };
    if (found.lastModified) next.modified = found.lastModified;
    return next;
  }

  /** Re-pins `name` to the new bytes of its source (editor). Returns the old and new hashes. */
  async repin(name: string): Promise<{ old: string; new: string } | null> {
    const old = this.datasets[name]?.sha256;
    const next = await this.repinnedSpec(name);
    if (!old || !next) return null;
    await this.pinDataset(name, next);
    return { old, new: next.sha256 };
  }

  /** The notebook's text with `name` re-pinned (the reader offers it as a copy to edit). */
  async repinnedText(name: string): Promise<string | null> {
    const next = await this.repinnedSpec(name);
    if (!next) return null;
    const notebook = $state.snapshot(this.notebook) as Notebook;
    notebook.front.datasets = { ...notebook.front.datasets, [name]: next };
    return serialize(notebook);
  }

  /** The rows and column types of dataset `name` as the runner reads it (types applied). */
  datasetInfo(name: string): Promise<DatasetInfo> {
    return this.host.datasetInfo(name);
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
    return this.notebook.cells.filter((c): c is CodeCell => c.kind === 'code');
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
    for (const cell of this.codeCells) this.committed.set(cell.id, cell.source);
    // "Run all" means every cell, the ones stopped before included.
    this.host.allowStopped();
    return this.push();
  }

  /** Shift+Enter: runs this cell as now written, then its dependants. */
  async run(cellId: string): Promise<void> {
    const cell = this.codeCells.find((c) => c.id === cellId);
    if (!cell) return;
    if (this.committed.get(cellId) === cell.source) return this.host.rerun(cellId);
    this.committed.set(cellId, cell.source);
    return this.push();
  }

  /** True when the cell's text differs from what last ran. */
  isEdited(cellId: string): boolean {
    const cell = this.codeCells.find((c) => c.id === cellId);
    return !!cell && this.committed.has(cellId) && this.committed.get(cellId) !== cell.source;
  }

  edit(cellId: string, source: string) {
    const cell = this.notebook.cells.find((c) => c.id === cellId);
    if (!cell || cell.source === source) return;
    cell.source = source;
    this.revision++;
  }

  addCell(kind: Cell['kind'], at: number): string {
    const id = newCellId();
    const cell: Cell =
      kind === 'code' ? { kind, id, source: '', options: '' } : { kind, id, source: '' };
    this.notebook.cells.splice(at, 0, cell);
    this.revision++;
    return id;
  }

  deleteCell(cellId: string) {
    const index = this.notebook.cells.findIndex((c) => c.id === cellId);
    if (index < 0) return;
    this.notebook.cells.splice(index, 1);
    this.revision++;
    if (this.committed.delete(cellId)) {
      const { [cellId]: _removed, ...rest } = this.runs;
      this.runs = rest;
      void this.push();
    }
  }

  moveCell(cellId: string, delta: -1 | 1) {
    const cells = this.notebook.cells;
    const from = cells.findIndex((c) => c.id === cellId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= cells.length) return;
    const [cell] = cells.splice(from, 1);
    cells.splice(to, 0, cell);
    this.revision++;
  }

  setInput(inputId: string, value: unknown): Promise<void> {
    return this.host.setInput(inputId, value);
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
    this.data.dispose();
    this.host.dispose();
  }

  private push(): Promise<void> {
    // Labels are the numbers the page shows cells under, so messages name cells as people see them.
    const cells = this.notebook.cells
      .map((c, index) => ({ cell: c, label: String(index + 1) }))
      .filter(({ cell }) => cell.kind === 'code' && this.committed.has(cell.id))
      .map(({ cell, label }) => ({
        id: cell.id,
        label,
        source: this.committed.get(cell.id) ?? '',
      }));
    const datasets = $state.snapshot(this.notebook.front.datasets ?? {});
    return this.host.update(cells, datasets);
  }

  private apply(events: RunnerEvent[]) {
    const now = performance.now();
    let runs = this.runs;
    for (const event of events) {
      if (!('cellId' in event)) {
        this.data.parse(event);
        continue;
      }
      const prev = runs[event.cellId] ?? IDLE;
      const next = reduceCell(prev, event, now);
      if (next !== prev) runs = { ...runs, [event.cellId]: next };
      // Marks let benchmarks and profiles time what follows a cell's end (its first rows on screen).
      if (event.kind === 'done') performance.mark(`algobook:done:${event.cellId}`);
    }
    this.runs = runs;
  }

  /**
   * The digest of each code cell's outputs once every cell has settled (publish, verify). Run
   * the cells first (`runAll`): it digests what ran.
   */
  digests(): Promise<CellResult[]> {
    return this.host.digests();
  }
}
