import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';
import { Datasets } from '../../../src/core/runtime/datasets.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function pinned(text: string): Promise<{ bytes: Uint8Array; spec: DatasetSpec }> {
  const bytes = encode(text);
  return { bytes, spec: { url: 'data/x.csv', format: 'csv', sha256: await sha256Hex(bytes) } };
}

/** A runtime whose cell and dataset events land in one list, in the order they are sent. */
function runtimeWith(bytes: Uint8Array, spec: DatasetSpec) {
  const events: string[] = [];
  const all: RunnerEvent[] = [];
  const note = (event: RunnerEvent) => {
    all.push(event);
    if ('cellId' in event) {
      if (event.kind !== 'queued') events.push(`${event.kind} ${event.cellId}`);
    } else if (event.kind === 'parse-start') {
      events.push(`parse-start ${event.dataset} ${event.bytes} bytes`);
    } else if (event.kind === 'parse-end') {
      events.push(`parse-end ${event.dataset} ${event.bytes} bytes ${event.rows} rows`);
    } else if (event.kind === 'parse-error') {
      events.push(`parse-error ${event.dataset} ${event.bytes} bytes: ${event.error}`);
    }
  };
  const runtime = new NotebookRuntime(
    { loadDataset: async () => bytes.slice(), onEvent: note, onDatasetEvent: note },
    { datasets: { x: spec } },
  );
  return { runtime, events, all };
}

describe('dataset parse events', () => {
  it('tells when a parse starts, with the byte count, and ends, with the rows, in order', async () => {
    const { bytes, spec } = await pinned('a,b\n1,2\n3,4\n5,6\n');
    const { runtime, events, all } = runtimeWith(bytes, spec);
    runtime.update([{ id: 'c1', source: 'const t = await dataset("x")' }]);
    await runtime.idle();
    expect(events).toEqual([
      'running c1',
      `parse-start x ${bytes.byteLength} bytes`,
      `parse-end x ${bytes.byteLength} bytes 3 rows`,
      'done c1',
    ]);
    const end = all.find((e) => e.kind === 'parse-end');
    expect(end).toMatchObject({ sha256: spec.sha256 });
    expect(end && 'ms' in end && end.ms).toBeGreaterThanOrEqual(0);

    // A table read before comes from the cache: no parse, no events about one.
    events.length = 0;
    runtime.update([
      { id: 'c1', source: 'const t = await dataset("x")' },
      { id: 'c2', source: '(await dataset("x")).numRows()' },
    ]);
    await runtime.idle();
    expect(events).toEqual(['running c2', 'output c2', 'done c2']);
    runtime.dispose();
  });

  it('tells when a parse fails, with the reason', async () => {
    const { bytes, spec } = await pinned('a,b\n1,2\n3\n');
    const { runtime, events } = runtimeWith(bytes, spec);
    runtime.update([{ id: 'c1', source: 'const t = await dataset("x")' }]);
    await runtime.idle();
    expect(events).toEqual([
      'running c1',
      `parse-start x ${bytes.byteLength} bytes`,
      `parse-error x ${bytes.byteLength} bytes: Dataset "x" could not be read as csv: line 3 has 1 fields, fewer than the 2 of the header (line 1)`,
      'error c1',
    ]);
    runtime.dispose();
  });

  it('tells of bytes that do not match their pin as a failed read', async () => {
    const { spec } = await pinned('a\n1\n');
    const other = encode('a\n2\n');
    const { runtime, events } = runtimeWith(other, spec);
    runtime.update([{ id: 'c1', source: 'const t = await dataset("x")' }]);
    await runtime.idle();
    expect(events[1]).toBe(`parse-start x ${other.byteLength} bytes`);
    expect(events[2]).toMatch(/^parse-error x 4 bytes: .*(sha-?256|hash)/i);
    runtime.dispose();
  });

  it('reads the table even when the listener throws', async () => {
    const { bytes, spec } = await pinned('a\n1\n2\n');
    const datasets = new Datasets(
      async () => bytes,
      false,
      () => {
        throw new Error('listener broke');
      },
    );
    datasets.set({ x: spec });
    const quiet = console.error;
    console.error = () => {};
    try {
      expect((await datasets.table('x')).numRows()).toBe(2);
    } finally {
      console.error = quiet;
    }
  });
});
