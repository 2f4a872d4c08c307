import { SvelteMap } from 'svelte/reactivity';
import type { Cell, CodeCell, DatasetSpec, Notebook } from '../../core/format/types.ts';
import { newCellId, serialize } from '../../core/format/index.ts';
import type { CellEvent } from '../../core/runtime/events.ts';
import { RunnerHost, prewarmRunner, type StopReason } from '../runner/host.ts';
import { fetchDataset } from '../data/fetch-dataset.ts';
import { IDLE, reduceCell, type CellRunState } from './cell-state.ts';

export interface SessionNotice {
  kind: 'stopped' | 'runner-error';
  cellIds: string[];
  reason?: StopReason;
  elapsedMs?: number;
  message?: string;
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
    this.host = new RunnerHost({
      onEvents: (events) => this.apply(events),
      onInterrupted: (cellIds, reason, elapsedMs) => {
        if (!cellIds.length) return;
        this.notice = { kind: 'stopped', cellIds, reason, elapsedMs };
        // Their worker is gone already: show them stopped now, not once the new runner says so.
        const runs = { ...this.runs };
        for (const id of cellIds)
          runs[id] = { ...(runs[id] ?? IDLE), status: 'interrupted', startedAt: undefined };
        this.runs = runs;
      },
      onRunnerError: (message) => (this.notice = { kind: 'runner-error', cellIds: [], message }),
      loadDataset: (name, spec) => this.loadDataset(name, spec),
    });
  }

  /**
   * Fetches (and checks) every pinned dataset while the runner starts, instead of after it asks.
   * Each prefetch serves one request: its bytes are transferred to the worker, which detaches them.
   */
  // Not reactive: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private prefetched = new Map<string, Promise<Uint8Array>>();

  private prefetch(datasets: Record<string, DatasetSpec>) {
    for (const [name, spec] of Object.entries(datasets)) {
      const bytes = fetchDataset(name, spec, this.baseUrl);
      // Unused or failed prefetches must not surface as unhandled rejections; a cell that asks
      // for the dataset gets the same error.
      bytes.catch(() => {});
      this.prefetched.set(`${name}\u0000${spec.sha256}`, bytes);
    }
  }

  private loadDataset(name: string, spec: DatasetSpec): Promise<Uint8Array> {
    const key = `${name}\u0000${spec.sha256}`;
    const prefetched = this.prefetched.get(key);
    this.prefetched.delete(key);
    return prefetched ?? fetchDataset(name, spec, this.baseUrl);
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

  private apply(events: CellEvent[]) {
    const now = performance.now();
    let runs = this.runs;
    for (const event of events) {
      const prev = runs[event.cellId] ?? IDLE;
      const next = reduceCell(prev, event, now);
      if (next !== prev) runs = { ...runs, [event.cellId]: next };
      // Marks let benchmarks and profiles time what follows a cell's end (its first rows on screen).
      if (event.kind === 'done') performance.mark(`algobook:done:${event.cellId}`);
    }
    this.runs = runs;
  }
}
