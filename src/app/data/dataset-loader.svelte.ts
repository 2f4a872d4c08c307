import { ByteBudget } from '../../core/data/byte-budget.ts';
import { DEFAULT_MAX_BYTES } from '../../core/data/download.ts';
import type { DatasetSpec } from '../../core/format/types.ts';
import type { DatasetEvent } from '../../core/runtime/events.ts';
import type { BytesCache } from './bytes-cache.ts';
import {
  checkSource,
  DatasetChanged,
  DatasetUnavailable,
  fetchDataset,
  fetchNewBytes,
  type ChangedBytes,
  type LoadOptions,
  type NewBytes,
  type ServedBy,
} from './fetch-dataset.ts';
import { DatasetUse } from './dataset-use.svelte.ts';
import { DatasetLoadError, type LoadErrorKind } from './load-error.ts';
import { forgetful, type PinDecisions } from './pin-decisions.ts';

/** Changed bytes as the panel shows them: their hash and size (the bytes are not kept). */
export type ChangedSummary = ChangedBytes;

/** What the panel shows of one dataset's loading. */
export interface DatasetStatus {
  /** The pinned hash this status is about: a re-pin starts afresh. */
  sha256: string;
  phase: 'loading' | 'ready' | 'changed' | 'failed';
  progress?: { loaded: number; total?: number; url: string };
  /** The runner is reading these many bytes into a table (after the download), `done` so far. */
  parsing?: { bytes: number; done: number };
  servedBy?: ServedBy;
  cacheError?: string;
  error?: string;
  errorKind?: LoadErrorKind;
  /** Other bytes than the pinned ones, served now by its source. */
  changed?: ChangedSummary;
  /** A check of the source after a load from the cache (`not-found`: a web page or a 404). */
  /** `no-source`: nothing to check against (a file from the computer, with no address). */
  check?: 'checking' | 'same' | 'unreachable' | 'not-found' | 'changed' | 'no-source';
  /** The person chose (now or on an earlier visit) to keep the pinned bytes despite the change. */
  kept?: boolean;
}

/**
 * Sources checked in the background after a load from the cache are at most this large: enough
 * for most city datasets, without downloading large files again on every visit.
 */
export const AUTO_CHECK_MAX_BYTES = 10_000_000;

/**
 * Loads the datasets of one open notebook for its runner, and keeps what the data panel shows:
 * progress, where the bytes came from, and any change of the bytes since they were pinned.
 */
export class DatasetLoader {
  status: Record<string, DatasetStatus> = $state({});
  /** What the runner did with each dataset: what the panel may ask it about. */
  readonly use = new DatasetUse();

  // Not reactive: nothing renders from them.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly controllers = new Map<string, AbortController>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly prefetched = new Map<string, Promise<Uint8Array | Blob>>();

  /** What this page's downloads may hold at once, together (a notebook of bombs stays small). */
  private readonly budget: ByteBudget;

  constructor(
    private readonly baseUrl: string,
    private readonly cache: BytesCache,
    private readonly options: Pick<LoadOptions, 'fetch' | 'maxBytes'> & {
      autoCheckMaxBytes?: number;
      /** Total bytes of downloads at once; default `DEFAULT_MAX_BYTES`. */
      budgetBytes?: number;
      /** Where "keep the pinned bytes" is remembered; nowhere by default. */
      decisions?: PinDecisions;
    } = {},
  ) {
    this.budget = new ByteBudget(options.budgetBytes ?? DEFAULT_MAX_BYTES);
  }

  /**
   * Starts loading every dataset while the runner starts. Each prefetch serves one request: its
   * bytes are transferred to the worker, which detaches them.
   */
  prefetch(datasets: Record<string, DatasetSpec>) {
    for (const [name, spec] of Object.entries(datasets)) {
      const bytes = this.fetch(name, spec);
      // Unused or failed prefetches must not surface as unhandled rejections; a cell that asks
      // for the dataset gets the same error.
      bytes.catch(() => {});
      this.prefetched.set(`${name}\u0000${spec.sha256}`, bytes);
    }
  }

  /** The checked bytes of `name`, for the runner. */
  load(name: string, spec: DatasetSpec): Promise<Uint8Array | Blob> {
    const key = `${name}\u0000${spec.sha256}`;
    const prefetched = this.prefetched.get(key);
    this.prefetched.delete(key);
    return prefetched ?? this.fetch(name, spec);
  }

  /** Stops the download of `name`; the cells reading it fail with "cancelled". */
  cancel(name: string) {
    this.controllers.get(name)?.abort();
  }

  /** Downloads the source again and compares it with the pin. */
  async check(name: string, spec: DatasetSpec): Promise<void> {
    this.patch(name, spec.sha256, { check: 'checking' });
    const controller = this.controllerFor(name);
    const result = await checkSource(spec, this.baseUrl, {
      ...this.options,
      budget: this.budget,
      signal: controller.signal,
    });
    if (this.controllers.get(name) === controller) this.controllers.delete(name);
    if (result.kind === 'changed') {
      const kept = await this.decisions.kept(spec.url, spec.sha256);
      this.patch(name, spec.sha256, { check: 'changed', changed: result.changed, kept });
    } else if (result.kind === 'unreachable' && !result.failures.length) {
      this.patch(name, spec.sha256, { check: 'no-source' });
    } else if (result.kind === 'unreachable' && result.failures[0]?.error.kind === 'not-found') {
      this.patch(name, spec.sha256, { check: 'not-found' });
    } else {
      this.patch(name, spec.sha256, { check: result.kind });
    }
  }

  /**
   * Keeps running on the pinned bytes (from the cache) although the source changed, and
   * remembers it for this pin.
   */
  keep(name: string, spec: DatasetSpec) {
    const status = this.status[name];
    if (status) this.status[name] = { ...status, kept: true };
    void this.decisions.keep(spec.url, spec.sha256);
  }

  /** Undoes {@link keep}: the change is shown again, and the choice forgotten. */
  unkeep(name: string, spec: DatasetSpec) {
    const status = this.status[name];
    if (status) this.status[name] = { ...status, kept: false };
    void this.decisions.forget(spec.url, spec.sha256);
  }

  private get decisions(): PinDecisions {
    return this.options.decisions ?? forgetful;
  }

  /**
   * The bytes the URL that changed serves now, downloaded again for a re-pin (a change keeps
   * only their hash and size); undefined when no change was found for `name`.
   */
  async newBytes(name: string): Promise<NewBytes | undefined> {
    const changed = this.status[name]?.changed;
    if (!changed) return undefined;
    const controller = this.controllerFor(name);
    try {
      return await fetchNewBytes(changed.url, {
        ...this.options,
        budget: this.budget,
        signal: controller.signal,
      });
    } finally {
      if (this.controllers.get(name) === controller) this.controllers.delete(name);
    }
  }

  /** Forgets what was found about `name` (after a removal). */
  forget(name: string) {
    const { [name]: _gone, ...rest } = this.status;
    this.status = rest;
    this.use.forget(name);
  }

  /** The person pinned `sha256` as `name` (anew, re-pinned, or with other forced types). */
  pinned(name: string, sha256: string) {
    this.forget(name);
    this.use.pinned(name, sha256);
  }

  /** What the runner says of its parse of a dataset (progress of the bytes into a table). */
  parse(event: DatasetEvent) {
    this.use.note(event);
    const parsing =
      event.kind === 'parse-start'
        ? { bytes: event.bytes, done: 0 }
        : event.kind === 'parse-progress'
          ? { bytes: event.bytes, done: event.done }
          : undefined;
    const previous = this.status[event.dataset];
    // A status about other bytes (re-pinned meanwhile) is not touched by an old parse.
    if (previous?.sha256 !== event.sha256 && event.kind !== 'parse-start') return;
    this.patch(event.dataset, event.sha256, { parsing });
  }

  /** The runner was stopped: no parse goes on. */
  parsingStopped() {
    for (const [name, status] of Object.entries(this.status))
      if (status.parsing) this.status[name] = { ...status, parsing: undefined };
  }

  dispose() {
    for (const controller of this.controllers.values()) controller.abort();
  }

  private controllerFor(name: string): AbortController {
    this.controllers.get(name)?.abort();
    const controller = new AbortController();
    this.controllers.set(name, controller);
    return controller;
  }

  private patch(name: string, sha256: string, patch: Partial<DatasetStatus>) {
    const previous = this.status[name];
    const base: DatasetStatus =
      previous && previous.sha256 === sha256 ? previous : { sha256, phase: 'loading' };
    this.status[name] = { ...base, ...patch };
  }

  private async fetch(name: string, spec: DatasetSpec): Promise<Uint8Array | Blob> {
    const controller = this.controllerFor(name);
    this.status[name] = { sha256: spec.sha256, phase: 'loading' };
    // Marks let benchmarks time the page's part of a load (cache or network, and hashing).
    performance.mark(`algobook:dataset:start:${name}`);
    try {
      const loaded = await fetchDataset(name, spec, this.baseUrl, {
        ...this.options,
        budget: this.budget,
        cache: this.cache,
        signal: controller.signal,
        onProgress: (p) => this.patch(name, spec.sha256, { progress: p }),
      });
      performance.mark(`algobook:dataset:bytes:${name}`);
      const kept = loaded.changed && (await this.decisions.kept(spec.url, spec.sha256));
      this.patch(name, spec.sha256, {
        phase: 'ready',
        progress: undefined,
        servedBy: loaded.servedBy,
        cacheError: loaded.cacheError,
        changed: loaded.changed,
        check: loaded.changed ? 'changed' : undefined,
        ...(kept && { kept }),
      });
      const limit = this.options.autoCheckMaxBytes ?? AUTO_CHECK_MAX_BYTES;
      if (loaded.servedBy.from === 'cache' && sizeOf(loaded.bytes) <= limit)
        void this.check(name, spec);
      return loaded.bytes;
    } catch (error) {
      if (error instanceof DatasetChanged) {
        this.patch(name, spec.sha256, {
          phase: 'changed',
          progress: undefined,
          changed: error.changed,
          error: error.message,
        });
      } else {
        const source =
          error instanceof DatasetUnavailable
            ? (error.sourceError ?? error.failures[0]?.error)
            : undefined;
        this.patch(name, spec.sha256, {
          phase: 'failed',
          progress: undefined,
          error: error instanceof Error ? error.message : String(error),
          errorKind: source instanceof DatasetLoadError ? source.kind : undefined,
        });
      }
      throw error;
    } finally {
      if (this.controllers.get(name) === controller) this.controllers.delete(name);
    }
  }
}

const sizeOf = (bytes: Uint8Array | Blob) =>
  bytes instanceof Blob ? bytes.size : bytes.byteLength;
