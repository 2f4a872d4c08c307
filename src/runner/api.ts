import * as Comlink from 'comlink';
import type { CellResult, DatasetSpec } from '../core/format/types.ts';
import type { RunnerEvent } from '../core/runtime/events.ts';
import { NotebookRuntime, type CellSource, type DatasetInfo } from '../core/runtime/index.ts';

export type { DatasetInfo };

/** What the page gives the runner when it connects: both are Comlink proxies back to the page. */
export interface RunnerCallbacks {
  /** Cell and dataset events, in order, batched: one message per task instead of one per event. */
  onEvents(events: RunnerEvent[]): void;
  /**
   * Bytes of a pinned dataset, fetched and checked by the page: transferred bytes, or a Blob
   * (bytes from the page's cache), which crosses to the worker's process by reference and is
   * read here, so the page never copies a large dataset on its main thread.
   */
  loadDataset(name: string, spec: DatasetSpec): Promise<Uint8Array | Blob>;
}

export interface RunnerUpdate {
  cells: CellSource[];
  datasets: Record<string, DatasetSpec>;
  /** Cells the person stopped: they fail as "interrupted" without running until run again. */
  disabled: string[];
}

/**
 * The runner's API, exposed over a MessagePort with Comlink. The page imports only its type
 * (`RunnerApi`), so the two sides of the worker boundary cannot drift apart.
 */
export function createRunnerApi() {
  let runtime: NotebookRuntime | null = null;

  function need(): NotebookRuntime {
    if (!runtime) throw new Error('The runner is not connected yet.');
    return runtime;
  }

  return {
    connect(callbacks: RunnerCallbacks): void {
      runtime?.dispose();
      let queue: RunnerEvent[] = [];
      let scheduled = false;
      const flush = () => {
        scheduled = false;
        const batch = queue;
        queue = [];
        if (batch.length) void callbacks.onEvents(batch);
      };
      const send = (event: RunnerEvent) => {
        queue.push(event);
        // A cell's code runs right after its `running` event, and may never yield (an endless
        // loop); a dataset's parse right after `parse-start`, without yielding either: send now,
        // so the page knows what is running (and shows it) and can stop it.
        if (event.kind === 'running' || event.kind === 'parse-start') return flush();
        if (!scheduled) {
          scheduled = true;
          // A macrotask, not a microtask: it lets a burst of synchronous cells share one message.
          setTimeout(flush, 0);
        }
      };
      runtime = new NotebookRuntime({
        loadDataset: async (name, spec) => {
          const bytes = await callbacks.loadDataset(name, spec);
          return bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
        },
        // The page fetched the bytes and checked them against the pin (fetch-dataset.ts); the
        // sandboxed worker has no Web Crypto to do it again.
        checksHashes: true,
        onEvent: send,
        onDatasetEvent: send,
      });
    },
    update(update: RunnerUpdate): void {
      need().update(update.cells, {
        datasets: update.datasets,
        disabled: new Set(update.disabled),
      });
    },
    rerun(cellId: string): void {
      need().rerun(cellId);
    },
    setInput(inputId: string, value: unknown): void {
      need().setInput(inputId, value);
    },
    datasetInfo(name: string): Promise<DatasetInfo> {
      return need().datasetInfo(name);
    },
    /**
     * The digest of each code cell's outputs (tables by full content), for publish and verify,
     * once every cell has settled: a digest of a half-run notebook would never reproduce.
     */
    async digests(): Promise<CellResult[]> {
      await need().idle();
      return need().digests();
    },
    getRows(tableId: string, offset: number, limit: number): Uint8Array {
      const bytes = need().getRows(tableId, offset, limit);
      return Comlink.transfer(bytes, [bytes.buffer]);
    },
  };
}

export type RunnerApi = ReturnType<typeof createRunnerApi>;
