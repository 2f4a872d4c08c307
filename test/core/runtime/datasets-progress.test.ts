import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetEvent, RunnerEvent } from '../../../src/core/runtime/events.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';

/** Some 14 MB of CSV: the parser reads it in a few chunks, telling its progress after each. */
function bigCsv(rows = 250_000): Uint8Array {
  const lines = ['id,station,value,note'];
  for (let i = 0; i < rows; ++i)
    lines.push(`${i},station-${i % 97},${(i % 1000) / 10},"a quoted note, number ${i}"`);
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

describe('a large dataset read by a cell (the real parser)', () => {
  it('tells its progress as it reads, and Cancel midway fails its reader only', async () => {
    const bytes = bigCsv();
    const spec = { url: 'x.csv', format: 'csv' as const, sha256: await sha256Hex(bytes) };
    const datasetEvents: DatasetEvent[] = [];
    const cellEvents: RunnerEvent[] = [];
    let cancelOnProgress = true;
    const runtime: NotebookRuntime = new NotebookRuntime(
      {
        loadDataset: async () => bytes.slice(),
        onEvent: (event) => cellEvents.push(event),
        onDatasetEvent: (event) => {
          datasetEvents.push(event);
          // The person presses Cancel on the first progress the page shows.
          if (event.kind === 'parse-progress' && cancelOnProgress) runtime.cancelParse('x');
        },
      },
      { datasets: { x: spec } },
    );
    runtime.update([
      { id: 'reader', source: 'const t = await dataset("x")' },
      { id: 'rows', source: 't.numRows()' },
    ]);
    await runtime.idle();
    const kinds = datasetEvents.map((e) => e.kind);
    expect(kinds).toEqual(['parse-start', 'parse-progress', 'parse-error']);
    const progress = datasetEvents[1];
    expect(progress.kind === 'parse-progress' && progress.done).toBeGreaterThan(0);
    expect(progress.kind === 'parse-progress' && progress.done).toBeLessThan(bytes.byteLength);
    expect(cellEvents.find((e) => e.kind === 'error')).toMatchObject({
      cellId: 'reader',
      error: { code: 'parse-cancelled', message: 'Reading “x” was cancelled.' },
    });

    // Run again, not cancelled: it reads to the end, its progress growing to all the bytes.
    datasetEvents.length = 0;
    cancelOnProgress = false;
    runtime.rerun('reader');
    await runtime.idle();
    const done = datasetEvents.flatMap((e) => (e.kind === 'parse-progress' ? [e.done] : []));
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(bytes.byteLength);
    expect(datasetEvents.at(-1)).toMatchObject({ kind: 'parse-end', rows: 250_000 });
    runtime.dispose();
  });
});
