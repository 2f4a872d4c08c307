import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { ImportPath, ModuleEntry } from '../../../src/core/imports/types.ts';
import type { CellEvent } from '../../../src/core/runtime/events.ts';
import { NotebookRuntime, type UpdateOptions } from '../../../src/core/runtime/index.ts';
import type { ErrorOutput, Output } from '../../../src/core/runtime/outputs.ts';

/** One output as a short string, so that a test is one deep equality. */
export function brief(output: Output): string {
  switch (output.kind) {
    case 'value':
      return `value ${JSON.stringify(output.value)}${output.repr === undefined ? '' : ` (${output.repr})`}`;
    case 'markdown':
      return `markdown ${output.markdown}`;
    case 'table':
      return `table ${output.numRows}×${output.columns.length}`;
    case 'chart':
      return `chart ${JSON.stringify(output.spec)}`;
    case 'input':
      return `input ${output.id}=${JSON.stringify(output.value)}`;
    case 'error':
      return `error ${errorText(output)}`;
  }
}

function errorText(error: ErrorOutput): string {
  const at = error.line === undefined ? '' : ` @${error.line}:${error.column}`;
  return `${error.name}: ${error.message}${at}`;
}

/** One event as a short string: `running 1`, `output 1 value 2`, `done 1`, `error 1 Name: message`. */
export function briefEvent(event: CellEvent): string {
  switch (event.kind) {
    case 'queued':
      return 'queued';
    case 'running':
      return `running ${event.run}`;
    case 'output':
      return `output ${event.run} ${brief(event.output)}`;
    case 'done':
      return `done ${event.run}`;
    case 'error':
      return `error ${event.run} ${errorText(event.error)}`;
  }
}

/**
 * A runtime whose events are collected per cell. `update` takes sources by cell id (in page
 * order); `settle()` waits until idle and returns, per cell, the events since the last call.
 */
export function notebook(
  options: {
    datasets?: Record<string, DatasetSpec>;
    imports?: Record<string, ModuleEntry>;
    loadDataset?: (name: string, spec: DatasetSpec, scope: ImportPath) => Promise<Uint8Array>;
    checksHashes?: boolean;
  } = {},
) {
  const events: CellEvent[] = [];
  const waiters: { cellId: string; brief: string; resolve(): void }[] = [];
  const runtime = new NotebookRuntime(
    {
      loadDataset:
        options.loadDataset ?? (async (name) => Promise.reject(new Error(`no bytes for ${name}`))),
      onEvent: (event) => {
        events.push(event);
        for (const waiter of waiters.splice(0)) {
          if (waiter.cellId === event.cellId && waiter.brief === briefEvent(event))
            waiter.resolve();
          else waiters.push(waiter);
        }
      },
      checksHashes: options.checksHashes,
    },
    { datasets: options.datasets, imports: options.imports },
  );
  return {
    runtime,
    events,
    update(cells: Record<string, string>, more?: UpdateOptions) {
      runtime.update(
        Object.entries(cells).map(([id, source]) => ({ id, source })),
        more,
      );
    },
    /** Events since the last call, per cell, as short strings. */
    take(): Record<string, string[]> {
      const byCell: Record<string, string[]> = {};
      for (const event of events.splice(0)) (byCell[event.cellId] ??= []).push(briefEvent(event));
      return byCell;
    },
    /**
     * Resolves once cell `cellId` has sent the event `brief` (as `briefEvent` writes it, e.g.
     * `running 1`), at once if it already has: a test waits on what happened, not on time.
     */
    event(cellId: string, brief: string): Promise<void> {
      if (events.some((e) => e.cellId === cellId && briefEvent(e) === brief))
        return Promise.resolve();
      return new Promise((resolve) => waiters.push({ cellId, brief, resolve }));
    },
    async settle(): Promise<Record<string, string[]>> {
      await runtime.idle();
      return this.take();
    },
    /** Outputs (and errors) of the latest run of each cell, from the events since the last call. */
    outputs(): Record<string, Output[]> {
      const byCell: Record<string, Output[]> = {};
      for (const event of events.splice(0)) {
        if (event.kind === 'running') byCell[event.cellId] = [];
        else if (event.kind === 'output') byCell[event.cellId]?.push(event.output);
        else if (event.kind === 'error') byCell[event.cellId]?.push(event.error);
      }
      return byCell;
    },
  };
}

/** A promise with its resolve function, to hold an async cell at a known point. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
