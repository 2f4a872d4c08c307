import type { CellResult, DatasetSpec } from '../core/format/types.ts';
import type { ImportPath } from '../core/imports/types.ts';
import type { RunnerEvent } from '../core/runtime/events.ts';
import { NotebookRuntime, type DatasetInfo } from '../core/runtime/index.ts';
import { fromWire, toWire } from '../core/errors/index.ts';
import { EventGate } from './event-gate.ts';
import type { PageMessage, Request, RunnerMessage } from './protocol.ts';

export type { DatasetInfo };

/** Sends one message to the page (the port's original `postMessage`, bound in the closure). */
export type Post = (message: RunnerMessage, transfer?: Transferable[]) => void;

/** Schedules `task` as a macrotask (the realm's original `setTimeout`). */
export type Later = (task: () => void) => void;

/**
 * The runner: a `NotebookRuntime` behind the protocol of `protocol.ts`. It answers the page's
 * requests, batches the runtime's events, and asks the page for a dataset by name only. Returns
 * the function that takes each message of the page.
 */
export function startRunner(post: Post, later: Later): (message: PageMessage) => void {
  const gate = new EventGate();
  let queue: RunnerEvent[] = [];
  let scheduled = false;
  const flush = () => {
    const events = queue;
    queue = [];
    if (events.length) post({ kind: 'events', events });
  };
  const send = (event: RunnerEvent) => {
    // A `display` from a cell that has ended (a timer it left behind) is not sent: the page
    // takes an output only from a running cell.
    if (!gate.admit(event)) return;
    queue.push(event);
    // A cell's code runs right after its `running` event, and may never yield (an endless
    // loop); a dataset's parse right after `parse-start` and each `parse-progress`, yielding
    // only to messages: send now, so the page knows what is running (and shows it) and can stop
    // it. A parse's progress is at most a hundred messages (`progress-steps.ts`).
    if (event.kind === 'running' || event.kind === 'parse-start' || event.kind === 'parse-progress')
      return flush();
    // One timer per burst: a send made now (above) leaves the timer of the burst in place, and
    // the events after it wait for that timer. A slider step used to set three timers (one
    // after each `running`), two of which found nothing to send (issue 15, "Slider steps").
    if (!scheduled) {
      scheduled = true;
      // A macrotask, not a microtask: it lets a burst of synchronous cells share one message.
      later(() => {
        scheduled = false;
        flush();
      });
    }
  };

  const datasets = new Map<
    number,
    { resolve(bytes: Uint8Array | Blob): void; reject(e: Error): void }
  >();
  let nextDataset = 1;
  const runtime = new NotebookRuntime({
    // The name and the import path only: the page resolves both against its own copy of the
    // notebook and its imports, never against the spec the worker holds.
    loadDataset: async (name: string, _spec: DatasetSpec, scope: ImportPath = []) => {
      const id = nextDataset++;
      const bytes = await new Promise<Uint8Array | Blob>((resolve, reject) => {
        datasets.set(id, { resolve, reject });
        post({ kind: 'dataset-request', id, name, scope: [...scope] });
      });
      return bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
    },
    // The page fetched the bytes and checked them against the pin (fetch-dataset.ts); the
    // sandboxed worker has no Web Crypto to do it again.
    checksHashes: true,
    onEvent: send,
    onDatasetEvent: send,
  });

  async function answer(request: Request): Promise<unknown> {
    switch (request.kind) {
      case 'update':
        gate.allow(
          request.cells.map((c) => c.id),
          Object.keys(request.datasets),
        );
        runtime.update(request.cells, {
          datasets: request.datasets,
          disabled: new Set(request.disabled),
          imports: request.imports,
        });
        return undefined;
      case 'rerun':
        runtime.rerun(request.cellId);
        return undefined;
      case 'dataset-info':
        return runtime.datasetInfo(request.name);
      case 'digests':
        // A digest of a half-run notebook would never reproduce: wait until every cell settled.
        await runtime.idle();
        return digests(runtime);
      case 'rows':
        return runtime.getRows(request.tableId, request.offset, request.limit);
      case 'cancel-parse':
        // The parse yields between chunks: this arrives while it runs, and no runner restarts.
        runtime.cancelParse(request.name);
        return undefined;
    }
  }

  return (message) => {
    switch (message.kind) {
      case 'ping':
        return post({ kind: 'pong', seq: message.seq });
      case 'set-input':
        return runtime.setInput(message.inputId, message.value);
      case 'dataset':
        datasets.get(message.id)?.resolve(message.bytes);
        datasets.delete(message.id);
        return;
      case 'dataset-failed': {
        datasets.get(message.id)?.reject(fromWire(message.error));
        datasets.delete(message.id);
        return;
      }
      default:
        answer(message).then(
          (value) =>
            post(
              { kind: 'reply', id: message.id, value },
              value instanceof Uint8Array ? [value.buffer] : [],
            ),
          (error: unknown) =>
            post({
              kind: 'failure',
              id: message.id,
              error: toWire(error),
            }),
        );
    }
  };
}

function digests(runtime: NotebookRuntime): CellResult[] {
  return runtime.digests();
}
