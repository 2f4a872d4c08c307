import { ChunkCache } from './chunk-cache.ts';
import { chunksOf } from './table-window.ts';
import type { RowBlock } from './row-block.ts';

export interface RowSourceOptions {
  numRows: number;
  /** Rows already at hand, starting at row 0 (the output's first rows); never evicted. */
  seed: RowBlock;
  /** Fetch rows `offset` to `offset + limit`; without it only the seed rows exist. */
  load?: (offset: number, limit: number) => Promise<RowBlock>;
  /** Called whenever rows arrive or loading fails. */
  onChange: () => void;
  /** Rows per fetched chunk. */
  chunkSize?: number;
  /** Chunks kept in memory. */
  capacity?: number;
  /** Requests at once; more wait for a free slot and the latest window. */
  maxInFlight?: number;
  /** Run a callback before the next paint; `requestAnimationFrame` in a page. */
  schedule?: (callback: () => void) => void;
}

function nextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
}

/**
 * The rows of one table output, fetched by chunks around what is on screen.
 *
 * `want` only records the window; fetching happens once per animation frame, so a burst of
 * scroll events costs one round of requests for the last window. Requests are capped, and when
 * a slot frees up the *current* window is served first: while flinging through a million rows,
 * the windows passed over are never fetched. A response for a chunk no longer in the window,
 * or arriving after `dispose` (the output was replaced), is dropped, so it neither evicts a
 * chunk on screen nor touches a newer table.
 */
export class RowSource {
  readonly numRows: number;
  /** Rows that can be shown: all of them when there is a loader, otherwise the seed's. */
  readonly available: number;
  readonly chunkSize: number;
  /** The last loading failure, cleared by the next success. */
  error: Error | null = null;

  readonly #seed: RowBlock;
  readonly #load: RowSourceOptions['load'];
  readonly #onChange: () => void;
  readonly #schedule: (callback: () => void) => void;
  readonly #maxInFlight: number;
  readonly #cache: ChunkCache<number, RowBlock>;
  readonly #inFlight = new Set<number>();
  /** Chunks that failed for the current window; asked for again once the window moves. */
  readonly #failed = new Set<number>();
  #start = 0;
  #end = 0;
  #scheduled = false;
  #disposed = false;

  constructor(options: RowSourceOptions) {
    this.numRows = options.numRows;
    this.#seed = options.seed;
    this.#load = options.load;
    this.#onChange = options.onChange;
    this.#schedule = options.schedule ?? nextFrame;
    this.chunkSize = options.chunkSize ?? 200;
    this.#maxInFlight = options.maxInFlight ?? 4;
    this.#cache = new ChunkCache(options.capacity ?? 16);
    this.available = this.#load ? this.numRows : Math.min(this.numRows, this.#seed.length);
  }

  /** Ask for rows `start` to `end` (exclusive); they are fetched on the next frame if missing. */
  want(start: number, end: number): void {
    start = Math.max(0, start);
    end = Math.min(this.available, end);
    if (start !== this.#start || end !== this.#end) this.#failed.clear();
    this.#start = start;
    this.#end = end;
    if (this.#scheduled || this.#disposed || !this.#load) return;
    this.#scheduled = true;
    this.#schedule(() => {
      this.#scheduled = false;
      this.#pump();
    });
  }

  /** The values of row `index`, one per column, or `null` while they are not loaded. */
  row(index: number): unknown[] | null {
    const block = this.#blockOf(index);
    if (!block) return null;
    const i = index - block.offset;
    return block.columns.map((column) => column.at(i));
  }

  /** Whether any row from `start` to `end` (exclusive) is still missing. */
  isLoading(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < Math.min(end, this.available); i += 1) {
      if (!this.#blockOf(i)) return true;
    }
    return false;
  }

  /** Stop: later responses are dropped and nothing more is fetched. */
  dispose(): void {
    this.#disposed = true;
    this.#cache.clear();
  }

  #blockOf(index: number): RowBlock | undefined {
    if (index < 0 || index >= this.available) return undefined;
    if (index < this.#seed.offset + this.#seed.length && index >= this.#seed.offset)
      return this.#seed;
    const block = this.#cache.get(Math.floor(index / this.chunkSize));
    return block && index < block.offset + block.length ? block : undefined;
  }

  // A chunk is needed when one of its rows in the window is neither seed nor cached.
  #missing(): number[] {
    const seedEnd = this.#seed.offset + this.#seed.length;
    const from = this.#seed.offset === 0 ? Math.max(this.#start, seedEnd) : this.#start;
    return chunksOf(from, this.#end, this.chunkSize).filter(
      (k) => !this.#cache.has(k) && !this.#inFlight.has(k) && !this.#failed.has(k),
    );
  }

  #inWindow(chunk: number): boolean {
    const first = chunk * this.chunkSize;
    return first < this.#end && first + this.chunkSize > this.#start;
  }

  #pump(): void {
    const load = this.#load;
    if (this.#disposed || !load) return;
    for (const chunk of this.#missing()) {
      if (this.#inFlight.size >= this.#maxInFlight) break;
      const offset = chunk * this.chunkSize;
      const limit = Math.min(this.chunkSize, this.numRows - offset);
      this.#inFlight.add(chunk);
      load(offset, limit).then(
        (block) => this.#settle(chunk, block, null),
        (reason: unknown) => this.#settle(chunk, null, reason),
      );
    }
  }

  #settle(chunk: number, block: RowBlock | null, reason: unknown): void {
    if (this.#disposed) return;
    this.#inFlight.delete(chunk);
    if (block) {
      if (this.#inWindow(chunk)) {
        this.#cache.set(chunk, block);
        this.error = null;
        this.#onChange();
      }
    } else {
      // Not retried while the window stays put, or a failing chunk would be asked for forever.
      this.#failed.add(chunk);
      this.error = reason instanceof Error ? reason : new Error(String(reason));
      this.#onChange();
    }
    this.#pump();
  }
}
