import * as Comlink from 'comlink';
import type { CellResult, DatasetSpec } from '../../core/format/types.ts';
import type { RunnerEvent } from '../../core/runtime/events.ts';
import type { CellSource } from '../../core/runtime/notebook-runtime.ts';
import type { DatasetInfo, RunnerApi } from '../../runner/api.ts';
import { openSandboxFrame, prewarmSandbox, type SandboxFrame } from './sandbox-frame.ts';

/** Why cells were interrupted. */
export type StopReason = 'user' | 'timeout' | 'crash';

export interface RunnerHostOptions {
  /** Cell and dataset events from the runner, in order. */
  onEvents(events: RunnerEvent[]): void;
  /** Cells that were running when the runner was stopped; they stay stopped until run again. */
  onInterrupted(cellIds: string[], reason: StopReason, elapsedMs: number): void;
  /** The bytes of a dataset, already checked against its pinned hash (a Blob when cached). */
  loadDataset(name: string, spec: DatasetSpec): Promise<Uint8Array | Blob>;
  /** A running cell is stopped after this long; 0 disables the limit. */
  timeLimitMs?: number;
  /** Something went wrong with the runner itself. */
  onRunnerError?(message: string): void;
  /** The origins the notebook declares in `network:`, read each time a runner starts. */
  network?(): readonly string[];
}

interface Snapshot {
  cells: CellSource[];
  datasets: Record<string, DatasetSpec>;
}

/** Starts a runner ahead of the notebook that will use it (the next `RunnerHost` takes it). */
export function prewarmRunner(): void {
  prewarmSandbox();
}

/**
 * The one module that creates and owns the cell runner: a Web Worker inside a sandboxed iframe.
 * It keeps the last notebook it was given, so that after a stop (a runaway cell, a time limit)
 * it can start a fresh runner and run everything again except the stopped cells.
 */
export class RunnerHost {
  private frame: SandboxFrame | null = null;
  private api: Comlink.Remote<RunnerApi> | null = null;
  private starting: Promise<Comlink.Remote<RunnerApi> | null> | null = null;
  private snapshot: Snapshot = { cells: [], datasets: {} };
  private readonly disabled = new Set<string>();
  /** Cells whose code is running now, with when they started (performance.now()). */
  private readonly running = new Map<string, number>();
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private disposed = false;
  timeLimitMs: number;

  constructor(private readonly options: RunnerHostOptions) {
    this.timeLimitMs = options.timeLimitMs ?? 30_000;
  }

  /** Gives the runner the whole notebook; only changed cells and their dependants re-run. */
  async update(cells: CellSource[], datasets: Record<string, DatasetSpec>) {
    // A stopped cell whose code changed since (the person fixed it) is allowed to run again.
    const previous = new Map(this.snapshot.cells.map((c) => [c.id, c.source]));
    for (const cell of cells) {
      if (previous.get(cell.id) !== cell.source) this.disabled.delete(cell.id);
    }
    this.snapshot = { cells, datasets };
    const api = await this.ready();
    if (!api) return;
    await api.update({ cells, datasets, disabled: [...this.disabled] });
  }

  /** "Run all": the stopped cells may run again with the next update. */
  allowStopped() {
    this.disabled.clear();
  }

  /** Runs a cell and its dependants again; a stopped cell is allowed to run again. */
  async rerun(cellId: string) {
    const api = await this.ready();
    if (!api) return;
    if (this.disabled.delete(cellId)) {
      await api.update({ ...this.snapshot, disabled: [...this.disabled] });
    } else {
      await api.rerun(cellId);
    }
  }

  async setInput(inputId: string, value: unknown) {
    const api = await this.ready();
    if (!api) return;
    await api.setInput(inputId, value);
  }

  async getRows(tableId: string, offset: number, limit: number): Promise<Uint8Array> {
    const api = await this.ready();
    if (!api) throw new Error('The runner was disposed.');
    return api.getRows(tableId, offset, limit);
  }

  /** The digest of each code cell's outputs, once no cell is queued or running. */
  async digests(): Promise<CellResult[]> {
    const api = await this.ready();
    if (!api) throw new Error('The runner was disposed.');
    return api.digests();
  }

  /** The rows and column types of dataset `name`, as the runner reads it (the data panel). */
  async datasetInfo(name: string): Promise<DatasetInfo> {
    const api = await this.ready();
    if (!api) throw new Error('The runner was disposed.');
    return api.datasetInfo(name);
  }

  /** True while some cell's code is running. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Interrupts the running cells: the worker is terminated (only that frees a thread stuck in a
   * loop), a new one starts, and the notebook runs again without the stopped cells.
   */
  async stop(reason: StopReason = 'user') {
    const now = performance.now();
    const stopped = [...this.running.keys()];
    const elapsed = Math.max(0, ...[...this.running.values()].map((t) => now - t));
    for (const id of stopped) this.disabled.add(id);
    this.running.clear();
    this.teardown();
    this.options.onInterrupted(stopped, reason, elapsed);
    const api = await this.ready();
    if (!api) return;
    await api.update({ ...this.snapshot, disabled: [...this.disabled] });
  }

  dispose() {
    this.disposed = true;
    this.teardown();
  }

  private teardown() {
    this.frame?.destroy();
    this.frame = null;
    if (this.api) this.api[Comlink.releaseProxy]();
    this.api = null;
    this.starting = null;
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  /**
   * The runner, started if need be; `null` once disposed, and the caller then does nothing: a
   * page left while its runner starts (the reader's "Edit a copy") must not fail.
   */
  private ready(): Promise<Comlink.Remote<RunnerApi> | null> {
    if (this.disposed) return Promise.resolve(null);
    if (this.api) return Promise.resolve(this.api);
    if (!this.starting) this.starting = this.start();
    return this.starting;
  }

  private async start(): Promise<Comlink.Remote<RunnerApi> | null> {
    const frame = await openSandboxFrame(
      (message) => this.options.onRunnerError?.(message),
      this.options.network?.() ?? [],
      // The frame's process died (a cell exhausted memory): stopped like a runaway cell.
      () => void this.stop('crash'),
    );
    if (this.disposed) {
      frame.destroy();
      return null;
    }
    const api = Comlink.wrap<RunnerApi>(frame.port);
    await api.connect(
      Comlink.proxy({
        onEvents: (events: RunnerEvent[]) => this.receive(events),
        loadDataset: async (name: string, spec: DatasetSpec) => {
          const bytes = await this.options.loadDataset(name, spec);
          // A Blob is passed by reference; bytes are moved, not copied.
          return bytes instanceof Blob ? bytes : Comlink.transfer(bytes, [bytes.buffer]);
        },
      }),
    );
    if (this.disposed) {
      frame.destroy();
      return null;
    }
    this.frame = frame;
    this.api = api;
    this.watchdog = setInterval(() => this.checkTimeLimit(), 100);
    return api;
  }

  private receive(events: RunnerEvent[]) {
    for (const event of events) {
      if (event.kind === 'running') this.running.set(event.cellId, performance.now());
      else if (event.kind === 'done' || event.kind === 'error' || event.kind === 'queued')
        this.running.delete(event.cellId);
    }
    this.options.onEvents(events);
  }

  private checkTimeLimit() {
    if (!this.timeLimitMs) return;
    const now = performance.now();
    for (const started of this.running.values()) {
      if (now - started > this.timeLimitMs) {
        void this.stop('timeout');
        return;
      }
    }
  }
}
