/**
 * Runtime benchmarks: `npx tsx bench/runtime.bench.ts`. Prints a JSON summary.
 *
 * - chain: 100 cells, each reading the previous one; change the first, wait for idle.
 * - fanout: 1 source cell read by 100 cells; change the source, wait for idle.
 * - dataset: a 1M-row (~50 MB) CSV through `dataset()` (hash check + parse, inside the
 *   runtime) against `aq.fromCSV` on the same bytes.
 */
import * as aq from 'arquero';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sha256Hex } from '../src/core/data/sha256.ts';
import { NotebookRuntime } from '../src/core/runtime/index.ts';

const quiet = { loadDataset: async () => new Uint8Array(), onEvent: () => {} };

// Each CSV run leaves hundreds of MB of garbage; collecting it between runs keeps one run from
// paying for the previous one (the figures otherwise swing by ±40 %).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function rerunTimes(
  cells: (k: number) => { id: string; source: string }[],
  runs: number,
  // Enough warm-up runs for the JIT to optimise the runtime's hot paths, as in a session.
  warmup = 100,
) {
  const runtime = new NotebookRuntime(quiet);
  runtime.update(cells(0));
  await runtime.idle();
  const times: number[] = [];
  for (let k = 1; k <= warmup + runs; ++k) {
    const start = performance.now();
    runtime.update(cells(k));
    await runtime.idle();
    if (k > warmup) times.push(performance.now() - start);
  }
  runtime.dispose();
  return {
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
  };
}

const N = 100;
const chain = (k: number) => [
  { id: 'c0', source: `const v0 = ${k}` },
  ...Array.from({ length: N - 1 }, (_, i) => ({
    id: `c${i + 1}`,
    source: `const v${i + 1} = v${i} + 1`,
  })),
];
const fanout = (k: number) => [
  { id: 's', source: `const s = ${k}` },
  ...Array.from({ length: N }, (_, i) => ({ id: `r${i}`, source: `const r${i} = s + ${i}` })),
];

function makeCsv(rows: number): Uint8Array {
  const parts: string[] = ['id,category,value,label,flag\n'];
  for (let i = 0; i < rows; ++i) {
    parts.push(
      `${i},cat${i % 17},${(i * 0.6180339887) % 1000},label number ${i % 1000} here,${i % 3 === 0}\n`,
    );
  }
  return new TextEncoder().encode(parts.join(''));
}

async function datasetBench(runs: number) {
  const bytes = makeCsv(1_000_000);
  const spec = { url: 'big.csv', format: 'csv' as const, sha256: await sha256Hex(bytes) };
  const text = new TextDecoder().decode(bytes);
  const viaDataset: number[] = [];
  const fromText: number[] = [];
  const decodeAndParse: number[] = [];
  let numRows = 0;
  async function throughDataset() {
    // A fresh runtime each time: the parsed table is cached per (name, sha256).
    const runtime = new NotebookRuntime(
      { loadDataset: async () => bytes, onEvent: () => {} },
      { datasets: { big: spec } },
    );
    runtime.update([{ id: 'load', source: 'const big = await dataset("big")' }]);
    await runtime.idle();
    runtime.dispose();
  }
  const contenders: [number[], () => unknown][] = [
    [viaDataset, throughDataset],
    [fromText, () => (numRows = aq.fromCSV(text).numRows())],
    [decodeAndParse, () => aq.fromCSV(new TextDecoder().decode(bytes))],
  ];
  for (let i = 0; i < runs; ++i) {
    // Rotate the order so that no contender always runs first (or last).
    for (let j = 0; j < contenders.length; ++j) {
      const [times, run] = contenders[(i + j) % contenders.length];
      gc();
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  }
  const m = {
    dataset: median(viaDataset),
    fromCSV: median(fromText),
    decodeAndFromCSV: median(decodeAndParse),
  };
  return {
    rows: numRows,
    megabytes: round(bytes.length / 1e6),
    runs,
    medianMs: {
      dataset: round(m.dataset),
      fromCSVText: round(m.fromCSV),
      decodeThenFromCSV: round(m.decodeAndFromCSV),
    },
    ratioVsFromCSVText: round(m.dataset / m.fromCSV),
    ratioVsDecodeThenFromCSV: round(m.dataset / m.decodeAndFromCSV),
  };
}

const summary = {
  node: process.version,
  chain100: await rerunTimes(chain, 30),
  fanout100: await rerunTimes(fanout, 30),
  csv1M: await datasetBench(Number(process.env.DATASET_RUNS ?? 5)),
};
console.log(JSON.stringify(summary, null, 2));
