import type { CellResult, DatasetSpec } from '../../core/format/types.ts';
import type { ImportPath, ModuleEntry } from '../../core/imports/types.ts';
import { datasetsAt } from '../imports/scope-dataset.ts';
import type { RunnerEvent } from '../../core/runtime/events.ts';
import type { CellSource } from '../../core/runtime/notebook-runtime.ts';
import type { DatasetInfo } from '../../runner/api.ts';
import { RunnerChannel, RunnerGone, type RunnerFault } from './channel.ts';
import type { FloodLimits } from './flood-meter.ts';
import { Heartbeat } from './heartbeat.ts';
import { AlgobookError, coreError } from '../../core/errors/index.ts';
import { runnerWorkerError } from './runner-errors.ts';
import { redactError } from './redact.ts';
import { openSandboxFrame, prewarmSandbox, type SandboxFrame } from './sandbox-frame.ts';

/** Why cells were interrupted. */
export type StopReason = 'user' | 'timeout' | 'crash' | 'fault';

export interface RunnerHostOptions {
  /** Cell and dataset events from the runner, in order, parsed and checked. */
  onEvents(events: RunnerEvent[]): void;
  /** Cells that were running when the runner was stopped; they stay stopped until run again. */
  onInterrupted(cellIds: string[], reason: StopReason, elapsedMs: number): void;
  /**
   * The bytes of a dataset, already checked against its pinned hash (a Blob when cached).
   * `scope` is the import path of the notebook that pins it (`[]`: the open notebook); `spec`
   * is the page's own pin there.
   */
  loadDataset(name: string, spec: DatasetSpec, scope: ImportPath): Promise<Uint8Array | Blob>;
  /** A running cell is stopped after this long; 0 disables the limit. */
  timeLimitMs?: number;
  /** Something went wrong with the runner itself (a coded error: the page words it). */
  onRunnerError?(error: AlgobookError): void;
  /** The origins the notebook declares in `network:`, read each time a runner starts. */
  network?(): readonly string[];
  /**
   * The runner broke the protocol: the notebook's code tampered with it, or flooded the page.
   * The runner is ended for good (until the page is reloaded); it is not restarted.
   */
  onFault?(fault: RunnerFault): void;
  /**
   * The runner died (worker or frame gone): the cells it was running were told interrupted
   * with reason `crash` first. Nothing runs until `restart()`.
   */
  onCrash?(): void;
  limits?: Partial<FloodLimits>;
  /** Heartbeat: a ping this often, and a runner silent this long while idle is dead. */
  heartbeat?: { everyMs: number; deadAfterMs: number };
}

interface Snapshot {
  cells: CellSource[];
  datasets: Record<string, DatasetSpec>;
  imports: Record<string, ModuleEntry>;
}

/** Starts a runner ahead of the notebook that will use it (the next `RunnerHost` takes it). */
export function prewarmRunner(): void {
  prewarmSandbox();
}

/**
 * The one module that creates and owns the cell runner: a Web Worker inside a sandboxed iframe.
 * It keeps the last notebook it was given, so that after a stop (a runaway cell, a time limit)
 * it can start a fresh runner and run everything again except the stopped cells. A runner that
 * breaks the protocol (`channel.ts`) is ended and never restarted.
 */
export class RunnerHost {
  private frame: SandboxFrame | null = null;
  private channel: RunnerChannel | null = null;
  private heartbeat: Heartbeat | null = null;
  private starting: Promise<RunnerChannel | null> | null = null;
  private snapshot: Snapshot = { cells: [], datasets: {}, imports: {} };
  private readonly disabled = new Set<string>();
  /** Cells whose code is running now, with when they started (performance.now()). */
  private readonly running = new Map<string, number>();
  /** Datasets being parsed now: the worker does not answer meanwhile. */
  private readonly parsing = new Set<string>();
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private disposed = false;
  /** Counts runners started: a start overtaken by a teardown gives up its frame. */
  private generation = 0;
  /** Set once the runner broke the protocol: no runner starts again. */
  fault: RunnerFault | null = null;
  timeLimitMs: number;

  constructor(private readonly options: RunnerHostOptions) {
    this.timeLimitMs = options.timeLimitMs ?? 30_000;
  }

  /**
   * Gives the runner the whole notebook, with its imports as the page resolved them; only
   * changed cells and their dependants re-run.
   */
  async update(
    cells: CellSource[],
    datasets: Record<string, DatasetSpec>,
    imports: Record<string, ModuleEntry> = {},
  ) {
    // A stopped cell whose code changed since (the person fixed it) is allowed to run again.
    const previous = new Map(this.snapshot.cells.map((c) => [c.id, c.source]));
    for (const cell of cells) {
      if (previous.get(cell.id) !== cell.source) this.disabled.delete(cell.id);
    }
    this.snapshot = { cells, datasets, imports };
    await this.send((channel) => channel.request('update', this.current()));
  }

  /** "Run all": the stopped cells may run again with the next update. */
  allowStopped() {
    this.disabled.clear();
  }

  /** Runs a cell and its dependants again; a stopped cell is allowed to run again. */
  async rerun(cellId: string) {
    const again = this.disabled.delete(cellId);
    await this.send((channel) =>
      again ? channel.request('update', this.current()) : channel.request('rerun', { cellId }),
    );
  }

  async setInput(inputId: string, value: unknown) {
    (await this.ready())?.setInput(inputId, value);
  }

  async getRows(tableId: string, offset: number, limit: number): Promise<Uint8Array> {
    return this.ask((channel) => channel.request('rows', { tableId, offset, limit }));
  }

  /** The digest of each code cell's outputs, once no cell is queued or running. */
  async digests(): Promise<CellResult[]> {
    return this.ask((channel) => channel.request('digests', {}));
  }

  /** The rows and column types of dataset `name`, as the runner reads it (the data panel). */
  async datasetInfo(name: string): Promise<DatasetInfo> {
    const ask = () => this.ask((channel) => channel.request('dataset-info', { name }));
    try {
      return await ask();
    } catch (error) {
      // The runner was replaced while answering (a stop, a restart): ask the new one, once.
      if (!(error instanceof RunnerGone) || this.disposed || this.fault) throw error;
      return ask();
    }
  }

  /**
   * Cancels the runner's parse of dataset `name` (its readers fail with `parse-cancelled`). The
   * runner stays: the parse yields between chunks, so the request reaches it.
   */
  async cancelParse(name: string) {
    if (!this.parsing.has(name)) return;
    await this.send((channel) => channel.request('cancel-parse', { name }));
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
    this.interrupt(reason);
    await this.send((channel) => channel.request('update', this.current()));
  }

  /** Starts a new runner after a crash, and runs the notebook again. */
  async restart() {
    this.teardown();
    await this.send((channel) => channel.request('update', this.current()));
  }

  dispose() {
    this.disposed = true;
    this.teardown();
  }

  private current() {
    return { ...this.snapshot, disabled: [...this.disabled] };
  }

  /** Ends the runner; the cells it was running are told interrupted. */
  private interrupt(reason: StopReason) {
    const now = performance.now();
    const stopped = [...this.running.keys()];
    const elapsed = Math.max(0, ...[...this.running.values()].map((t) => now - t));
    for (const id of stopped) this.disabled.add(id);
    this.running.clear();
    this.teardown();
    this.options.onInterrupted(stopped, reason, elapsed);
  }

  /** Runs `work` on the runner; a runner ended meanwhile (a stop) is not an error. */
  private async send(work: (channel: RunnerChannel) => Promise<unknown>): Promise<void> {
    const channel = await this.ready();
    if (!channel) return;
    try {
      await work(channel);
    } catch (error) {
      if (!(error instanceof RunnerGone)) throw error;
    }
  }

  private async ask<T>(work: (channel: RunnerChannel) => Promise<T>): Promise<T> {
    const channel = await this.ready();
    if (!channel) throw new RunnerGone();
    return work(channel);
  }

  private teardown() {
    this.frame?.destroy();
    this.frame = null;
    this.channel?.close();
    this.channel = null;
    this.heartbeat?.stop();
    this.heartbeat = null;
    this.parsing.clear();
    this.starting = null;
    this.generation++;
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  /**
   * The runner, started if need be; `null` once disposed or faulted, and the caller then does
   * nothing: a page left while its runner starts (the reader's "Edit a copy") must not fail.
   */
  private ready(): Promise<RunnerChannel | null> {
    if (this.disposed || this.fault) return Promise.resolve(null);
    if (this.channel) return Promise.resolve(this.channel);
    if (!this.starting) this.starting = this.start();
    return this.starting;
  }

  private async start(): Promise<RunnerChannel | null> {
    const generation = this.generation;
    const frame = await openSandboxFrame(
      (message) => this.options.onRunnerError?.(runnerWorkerError(message)),
      this.options.network?.() ?? [],
      // The frame's process died (a cell exhausted memory, most likely): the cells it ran fail,
      // and the person restarts it (those cells wait until they are run again).
      () => this.crashed(),
    ).catch((error: unknown) => {
      // A runner that never started: the person is told, in words of the page's.
      if (error instanceof AlgobookError) this.options.onRunnerError?.(error);
      throw error;
    });
    if (this.disposed || this.fault || this.generation !== generation) {
      frame.destroy();
      return null;
    }
    const channel = new RunnerChannel(frame.port, {
      onEvents: (events) => this.receive(events),
      loadDataset: (name, scope) => this.loadDataset(name, scope),
      onFault: (fault) => this.faulted(fault),
      onPong: () => this.heartbeat?.pong(),
      limits: this.options.limits,
    });
    this.frame = frame;
    this.channel = channel;
    this.watchdog = setInterval(() => this.checkTimeLimit(), 100);
    this.heartbeat = new Heartbeat({
      ...this.options.heartbeat,
      ping: (seq) => channel.ping(seq),
      // A worker running a cell or parsing a dataset does not answer: the time limit covers it.
      busy: () => this.running.size > 0 || this.parsing.size > 0 || channel.pending > 0,
      onDead: () => this.crashed(),
    });
    return channel;
  }

  /**
   * A dataset the runner asked for by name and import path, resolved against the page's own copy
   * of the notebook and its imports: nothing the worker sends chooses a URL, a cache key or a
   * file. A path that names no resolved import pins nothing.
   */
  private async loadDataset(name: string, scope: ImportPath): Promise<Uint8Array | Blob> {
    const datasets = datasetsAt(this.snapshot, scope) ?? {};
    const spec = Object.hasOwn(datasets, name) ? datasets[name] : undefined;
    if (!spec) throw unknownDataset(name, Object.keys(datasets));
    try {
      return await this.options.loadDataset(name, spec, scope);
    } catch (error) {
      throw redactError(error, spec.sha256);
    }
  }

  private faulted(fault: RunnerFault) {
    this.fault = fault;
    this.interrupt('fault');
    this.options.onFault?.(fault);
  }

  private crashed() {
    this.interrupt('crash');
    this.options.onCrash?.();
  }

  private receive(events: RunnerEvent[]) {
    for (const event of events) {
      if (event.kind === 'running') this.running.set(event.cellId, performance.now());
      else if (event.kind === 'done' || event.kind === 'error' || event.kind === 'queued')
        this.running.delete(event.cellId);
      else if (event.kind === 'parse-start') this.parsing.add(event.dataset);
      else if (event.kind === 'parse-end' || event.kind === 'parse-error')
        this.parsing.delete(event.dataset);
    }
    this.heartbeat?.pong();
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

function unknownDataset(name: string, known: string[]): Error {
  return known.length
    ? coreError('unknown-dataset', { name, known: known.join(', ') }, 'UnknownDataset')
    : coreError('no-datasets', { name }, 'UnknownDataset');
}
