import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as aq from 'arquero';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';
import { Datasets } from '../../../src/core/runtime/datasets.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { errorCode } from '../../../src/core/errors/index.ts';

/**
 * The parser is played by the test: it reports the progress it is told to, and ends when the
 * test says so, or when its signal is aborted (as `parseCsv` does between chunks).
 */
const parser = vi.hoisted(() => ({
  reads: 0,
  progress: [] as number[],
  watchSignal: true,
  finish: null as null | (() => void),
}));
vi.mock('../../../src/core/data/read-dataset.ts', () => ({
  readDataset: (
    _name: string,
    _spec: DatasetSpec,
    bytes: Uint8Array,
    options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
  ) =>
    new Promise((resolve, reject) => {
      parser.reads++;
      for (const done of parser.progress) options.onProgress?.(done, bytes.byteLength);
      if (parser.watchSignal)
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
      parser.finish = () => resolve({ table: aq.table({ a: [1, 2, 3] }), notes: [] });
    }),
}));

const SHA = 'c'.repeat(64);
const spec: DatasetSpec = { url: 'x.csv', format: 'csv', sha256: SHA };
const bytes = new Uint8Array(1000);

beforeEach(() => {
  parser.reads = 0;
  parser.progress = [];
  parser.watchSignal = true;
  parser.finish = null;
});

function datasets() {
  const events: RunnerEvent[] = [];
  const d = new Datasets(
    async () => bytes,
    true,
    (event) => events.push(event),
  );
  d.set({ x: spec });
  return { d, events };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message, ...errorCode(error) };
  }
  throw new Error('expected a failure');
}

describe('Datasets: parse progress', () => {
  it('tells the bytes done at most once per hundredth of them, each more than the last', async () => {
    const { d, events } = datasets();
    parser.progress = [0, 3, 9, 10, 11, 250, 250, 249, 999, 1000, 1000];
    const table = d.table('x');
    await vi.waitFor(() => expect(parser.finish).not.toBeNull());
    parser.finish?.();
    await table;
    expect(events.map((e) => (e.kind === 'parse-progress' ? e.done : e.kind))).toEqual([
      'parse-start',
      10,
      250,
      999,
      1000,
      'parse-end',
    ]);
    expect(events[1]).toEqual({
      kind: 'parse-progress',
      dataset: 'x',
      sha256: SHA,
      bytes: 1000,
      done: 10,
    });
  });
});

describe('Datasets.cancel(name)', () => {
  it('fails the readers of the parse with parse-cancelled; the next read parses again', async () => {
    const { d, events } = datasets();
    const first = d.table('x');
    await vi.waitFor(() => expect(parser.reads).toBe(1));
    expect(d.cancel('x')).toBe(true);
    expect(await failure(first)).toEqual({
      name: 'ParseCancelled',
      message: 'Reading “x” was cancelled.',
      code: 'parse-cancelled',
      params: { dataset: 'x' },
    });
    expect(events.at(-1)).toMatchObject({ kind: 'parse-error', code: 'parse-cancelled' });
    // Not cached: reading it again parses again, and this time it ends.
    const again = d.table('x');
    await vi.waitFor(() => expect(parser.reads).toBe(2));
    parser.finish?.();
    expect((await again).numRows()).toBe(3);
    expect(d.cancel('x')).toBe(false);
  });

  it('fails the readers at once even when the parser does not watch the signal', async () => {
    parser.watchSignal = false;
    const { d } = datasets();
    const reading = d.table('x');
    await vi.waitFor(() => expect(parser.reads).toBe(1));
    d.cancel('x');
    expect((await failure(reading)).code).toBe('parse-cancelled');
  });

  it('in a notebook: the cell reading it fails and can run again; the others do not re-run', async () => {
    const events: RunnerEvent[] = [];
    const runtime = new NotebookRuntime(
      { loadDataset: async () => bytes, onEvent: (e) => events.push(e), onDatasetEvent: () => {} },
      { datasets: { x: spec } },
    );
    runtime.update([
      { id: 'other', source: 'const n = 41 + 1' },
      { id: 'reader', source: 'const t = await dataset("x")' },
    ]);
    await vi.waitFor(() => expect(parser.reads).toBe(1));
    expect(runtime.cancelParse('x')).toBe(true);
    await runtime.idle();
    const error = events.find((e) => e.kind === 'error');
    expect(error).toMatchObject({ cellId: 'reader', error: { code: 'parse-cancelled' } });
    const runsOfOther = () => events.filter((e) => e.kind === 'running' && e.cellId === 'other');
    expect(runsOfOther()).toHaveLength(1);

    runtime.rerun('reader');
    await vi.waitFor(() => expect(parser.reads).toBe(2));
    parser.finish?.();
    await runtime.idle();
    expect(events.at(-1)).toMatchObject({ kind: 'done', cellId: 'reader' });
    expect(runsOfOther()).toHaveLength(1);
    runtime.dispose();
  });
});
