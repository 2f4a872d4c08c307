/**
 * CSV parsing, `parseCsv` against `aq.fromCSV` on the same bytes in the same run:
 * `npx tsx bench/csv-parse.bench.ts` (needs no build; `CSV_BENCH=chromium` leaves out Node).
 * Prints a JSON summary.
 *
 * Two files of 1,000,000 rows, about 50 MB (bench/csv-parse/make-csv.ts): comma-separated, and
 * semicolon-separated with decimal commas and dd/mm/yyyy dates. Each is parsed in Node, then in
 * a Web Worker in Debian's Chromium (the worker bundled here with esbuild), medians of 3 runs:
 * - aqMs: `aq.fromCSV(new TextDecoder().decode(bytes))` (with `delimiter`, `decimal`);
 * - parseMs: `parseCsv(bytes, {dialect})`; ratio = aqMs / parseMs (target at least 2.5);
 * - MB/s of each;
 * - separateCheckShare: the structural check kept apart. In parseCsv the check is folded into the
 *   pass: one integer comparison a record (`fields !== width`, parse-csv.ts), which costs well
 *   under 1 % of the parse (the limit is 10 %). This figure times the stand-alone
 *   `checkCsv` that the aq.fromCSV path needs, over parseMs: what folding it in saves;
 * - peakMB, tableMB: in the worker, the heap (V8 heap plus ArrayBuffer backing stores, CDP
 *   `Runtime.getHeapUsage` sampled on the worker's target) at its highest during the parse,
 *   beyond what it holds after it with the table kept and garbage collected (target at most
 *   2× the file); tableMB is that heap less the one before the parse. In Node, the same from
 *   `process.memoryUsage()` sampled at each progress report.
 * - cancelMs (Chromium): a cancel message posted to the worker 200 ms into a parse, to the
 *   parse's rejection (the worker looks at its messages every 4 MB).
 * - aqCpuMs, parseCpuMs, cpuRatio (Chromium, Linux): the CPU time of the worker's thread during
 *   each (/proc), medians of the same runs: on a machine others share, the wall clock stretches
 *   with their load, the CPU time much less (the engine's helper threads, which collect some
 *   garbage in parallel, are not counted, for either).
 *
 * In Chromium the timed runs are left alone; the heap is sampled during one more parse, apart
 * (each sample interrupts the worker's thread, which would slow the parse it times).
 */
import { build } from 'esbuild';
import * as aq from 'arquero';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import type { CDPSession } from 'playwright-core';
import { checkCsv } from '../src/core/data/csv-check.ts';
import { parseCsv } from '../src/core/data/csv/parse-csv.ts';
import type { CsvDialect } from '../src/core/data/csv/types.ts';
import { launch } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';
import { makeCsv } from './csv-parse/make-csv.ts';
import { threadCpu } from './csv-parse/thread-cpu.ts';

const ROWS = 1_000_000;
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;
const MB = 1e6;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FILES: { name: string; dialect: CsvDialect; bytes: Uint8Array }[] = [
  {
    name: 'comma',
    dialect: { delimiter: ',', decimal: '.', encoding: 'utf-8', dates: 'iso', header: true },
    bytes: makeCsv(ROWS),
  },
  {
    name: 'semicolonDecimalComma',
    dialect: { delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'dmy', header: true },
    bytes: makeCsv(ROWS, true),
  },
];

interface Figures {
  aqMs: number;
  parseMs: number;
  checkMs: number;
  peakMB: number;
  tableMB: number;
  cancelMs?: number;
  aqCpuMs?: number;
  parseCpuMs?: number;
}

function summary(bytes: number, f: Figures) {
  return {
    megabytes: round(bytes / MB),
    aqMs: Math.round(f.aqMs),
    parseMs: Math.round(f.parseMs),
    ratio: Math.round((f.aqMs / f.parseMs) * 100) / 100,
    aqMBps: round(bytes / MB / (f.aqMs / 1000)),
    parseMBps: round(bytes / MB / (f.parseMs / 1000)),
    separateCheckShare: Math.round((f.checkMs / f.parseMs) * 1000) / 1000,
    peakMB: round(f.peakMB),
    peakPerFile: Math.round((f.peakMB * MB * 100) / bytes) / 100,
    tableMB: round(f.tableMB),
    ...(f.cancelMs === undefined ? {} : { cancelMs: round(f.cancelMs) }),
    ...(f.aqCpuMs === undefined || f.parseCpuMs === undefined
      ? {}
      : {
          aqCpuMs: Math.round(f.aqCpuMs),
          parseCpuMs: Math.round(f.parseCpuMs),
          cpuRatio: Math.round((f.aqCpuMs / f.parseCpuMs) * 100) / 100,
        }),
  };
}

function heapNow(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** One run: the times, and the heap before, at its highest during, and after the parse. */
interface Run {
  aqMs: number;
  checkMs: number;
  parseMs: number;
  before: number;
  high: number;
  after: number;
}

function figures(runs: Run[]): Figures {
  return {
    aqMs: median(runs.map((r) => r.aqMs)),
    parseMs: median(runs.map((r) => r.parseMs)),
    checkMs: median(runs.map((r) => r.checkMs)),
    peakMB: Math.max(...runs.map((r) => r.high - r.after)) / MB,
    tableMB: median(runs.map((r) => r.after - r.before)) / MB,
  };
}

async function inNode(bytes: Uint8Array, dialect: CsvDialect): Promise<Figures> {
  const runs: Run[] = [];
  for (let k = 0; k < RUNS; k++) {
    gc();
    let t0 = performance.now();
    const plain = aq.fromCSV(new TextDecoder().decode(bytes), dialect);
    const aqMs = performance.now() - t0;
    if (plain.numRows() !== ROWS) throw new Error(`aq.fromCSV read ${plain.numRows()} rows`);
    const text = new TextDecoder().decode(bytes);
    t0 = performance.now();
    checkCsv(text, dialect.delimiter);
    const checkMs = performance.now() - t0;
    gc();
    const before = heapNow();
    let high = before;
    t0 = performance.now();
    const parsed = await parseCsv(bytes, {
      dialect,
      onProgress: () => (high = Math.max(high, heapNow())),
    });
    const parseMs = performance.now() - t0;
    high = Math.max(high, heapNow());
    if (parsed.table.numRows() !== ROWS) throw new Error(`parseCsv read ${parsed.table.numRows()}`);
    gc();
    runs.push({ aqMs, checkMs, parseMs, before, high, after: heapNow() });
  }
  return figures(runs);
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>csv bench</title><script>
const worker = new Worker('/worker.js');
let next;
worker.onmessage = (e) => next(e.data);
window.call = (message) => new Promise((resolve) => { next = resolve; worker.postMessage(message); });
window.cancelIn = (ms) => setTimeout(() => worker.postMessage({ task: 'cancel' }), ms);
</script>`;

/** The worker's heap, through CDP on its target (attached without flattening). */
class WorkerHeap {
  #id = 0;
  #waiting = new Map<number, (used: number) => void>();
  constructor(
    readonly session: CDPSession,
    readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as {
        id: number;
        result?: { usedSize: number; backingStorageSize?: number };
      };
      const result = reply.result;
      this.#waiting.get(reply.id)?.(
        result ? result.usedSize + (result.backingStorageSize ?? 0) : 0,
      );
      this.#waiting.delete(reply.id);
    });
  }

  static async attach(session: CDPSession): Promise<WorkerHeap> {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker');
    if (!worker) throw new Error('no worker target');
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    return new WorkerHeap(session, sessionId);
  }

  used(): Promise<number> {
    const id = ++this.#id;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      void this.session.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
      });
    });
  }
}

async function inChromium(): Promise<Record<string, Figures>> {
  const bundle = await build({
    entryPoints: [new URL('./csv-parse/worker.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2022',
  });
  const script = bundle.outputFiles[0].contents;
  const routes: Record<string, () => { type: string; body: string | Uint8Array }> = {
    '/': () => ({ type: 'text/html', body: PAGE }),
    '/worker.js': () => ({ type: 'text/javascript', body: script }),
  };
  for (const file of FILES) {
    routes[`/${file.name}.csv`] = () => ({ type: 'text/csv', body: file.bytes });
  }
  const server = await serveStatic(tmpdir(), { routes });
  const browser = await launch(['--js-flags=--expose-gc']);
  const out: Record<string, Figures> = {};
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const call = (message: object) =>
      page.evaluate(
        (m) =>
          (
            window as unknown as { call: (m: object) => Promise<{ ms: number; rows: number }> }
          ).call(m),
        message,
      );
    const heap = await WorkerHeap.attach(await browser.newBrowserCDPSession());
    const cpu = threadCpu('DedicatedWorker');
    /** A call to the worker, with the CPU time its thread spent on it (NaN if unknown). */
    const timed = async (message: object) => {
      const start = cpu?.() ?? NaN;
      const reply = await call(message);
      return { ...reply, cpuMs: (cpu?.() ?? NaN) - start };
    };
    for (const file of FILES) {
      await call({ task: 'load', url: `${server.url}${file.name}.csv` });
      const runs: Run[] = [];
      const aqCpu: number[] = [];
      const parseCpu: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        await call({ task: 'drop' });
        const plain = await timed({ task: 'aq', dialect: file.dialect });
        if (plain.rows !== ROWS) throw new Error(`aq.fromCSV read ${plain.rows} rows`);
        const checkMs = (await call({ task: 'check', dialect: file.dialect })).ms;
        await call({ task: 'drop' });
        const parsed = await timed({ task: 'parse', dialect: file.dialect });
        if (parsed.rows !== ROWS) throw new Error(`parseCsv read ${parsed.rows} rows`);
        aqCpu.push(plain.cpuMs);
        parseCpu.push(parsed.cpuMs);
        runs.push({ aqMs: plain.ms, checkMs, parseMs: parsed.ms, before: 0, high: 0, after: 0 });
      }
      // The heap, during one more parse.
      await call({ task: 'drop' });
      const before = await heap.used();
      let high = before;
      let running = true;
      const parsing = call({ task: 'parse', dialect: file.dialect }).finally(
        () => (running = false),
      );
      while (running) high = Math.max(high, await heap.used());
      await parsing;
      const after = await heap.used();
      for (const run of runs) Object.assign(run, { before, high, after });
      await page.evaluate(() =>
        (window as unknown as { cancelIn: (ms: number) => void }).cancelIn(200),
      );
      const cancel = await call({ task: 'parse-cancel', dialect: file.dialect });
      out[file.name] = {
        ...figures(runs),
        cancelMs: cancel.ms,
        ...(cpu ? { aqCpuMs: median(aqCpu), parseCpuMs: median(parseCpu) } : {}),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const node: Record<string, unknown> = {};
for (const file of process.env.CSV_BENCH === 'chromium' ? [] : FILES) {
  node[file.name] = summary(file.bytes.length, await inNode(file.bytes, file.dialect));
}
const chromium: Record<string, unknown> = {};
for (const [name, figures] of Object.entries(await inChromium())) {
  const file = FILES.find((f) => f.name === name);
  chromium[name] = summary(file?.bytes.length ?? 0, figures);
}
console.log(JSON.stringify({ csvParse: { rows: ROWS, node, chromium } }, null, 2));
