/**
 * Imports benchmarks (issue 14): `npx tsx bench/imports.bench.ts`. Prints a JSON summary.
 *
 * - importFirstValue: a library of 100 chained cells imported by one cell; the time from the
 *   importer's update to its value (the library built and run in the same process).
 * - useRerun: a cell calling `use()` on that library with a new override each time; each run
 *   makes a fresh instance of the library and disposes the previous one.
 * - heap after 50 and after 500 `use()` reruns, and the instances alive: no leak means the same
 *   number of instances and a heap that does not grow with the runs.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ImportedModuleSource } from '../src/core/imports/types.ts';
import { NotebookRuntime } from '../src/core/runtime/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const N = 100;
const library: ImportedModuleSource = {
  sha256: 'a'.repeat(64),
  label: 'chain',
  cells: [
    { id: 'c0', source: 'const v0 = 1' },
    ...Array.from({ length: N - 1 }, (_, i) => ({
      id: `c${i + 1}`,
      source: `const v${i + 1} = v${i} + 1`,
    })),
  ],
  datasets: {},
  imports: {},
};

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** An importer of the chain library whose events go nowhere. */
function importer(): NotebookRuntime {
  return new NotebookRuntime(
    { loadDataset: async () => new Uint8Array(), onEvent: () => {} },
    { imports: { chain: library } },
  );
}

async function importFirstValue(runs: number) {
  const times: number[] = [];
  for (let k = 0; k < runs; ++k) {
    const runtime = importer();
    const start = performance.now();
    runtime.update([{ id: 'i', source: `import {v${N - 1}} from "chain"` }]);
    await runtime.idle();
    times.push(performance.now() - start);
    runtime.dispose();
  }
  return { runs, medianMs: round(median(times)), minMs: round(Math.min(...times)) };
}

async function useReruns(runs: number, warmup = 20) {
  const runtime = importer();
  const times: number[] = [];
  const heapAt: Record<number, number> = {};
  for (let k = 1; k <= warmup + runs; ++k) {
    const start = performance.now();
    runtime.update([{ id: 'u', source: `(await use("chain", {v0: ${k}})).v${N - 1}` }]);
    await runtime.idle();
    if (k > warmup) times.push(performance.now() - start);
    if (k === warmup + 50 || k === warmup + runs) {
      gc();
      heapAt[k - warmup] = Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
    }
  }
  const alive = runtime.liveModules();
  runtime.dispose();
  return {
    runs,
    medianMs: round(median(times)),
    heapMBAfterRuns: heapAt,
    instancesAlive: alive,
    instancesAliveAfterDispose: runtime.liveModules(),
  };
}

console.log(
  JSON.stringify(
    {
      node: process.version,
      libraryCells: N,
      importFirstValue: await importFirstValue(30),
      useRerun: await useReruns(500),
    },
    null,
    2,
  ),
);
