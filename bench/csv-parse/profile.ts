/**
 * Where `parseCsv` spends its time in a Chromium worker: `npx tsx bench/csv-parse/profile.ts
 * [comma|french] [runs]`. Bundles the bench's worker unminified, parses the file `runs` times
 * (3) under the CPU profiler (CDP `Profiler` on the worker's target) and prints each function's
 * share of the samples (self time), the garbage collector included (by the function it stopped).
 * `LINES=1` adds the hottest lines; `JS_FLAGS=--trace-gc DEBUG=pw:browser` shows each collection.
 */
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import type { CDPSession } from 'playwright-core';
import type { CsvDialect } from '../../src/core/data/csv/types.ts';
import { launch } from '../../test/e2e/support/browser.ts';
import { serveStatic } from '../../test/e2e/support/static-server.ts';
import { makeCsv } from './make-csv.ts';

const french = process.argv[2] === 'french';
const RUNS = Number(process.argv[3] ?? 3);
const dialect: CsvDialect = french
  ? { delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'dmy', header: true }
  : { delimiter: ',', decimal: '.', encoding: 'utf-8', dates: 'iso', header: true };
const bytes = makeCsv(1_000_000, french);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** CDP commands to the worker, through the browser session (attached without flattening). */
class WorkerTarget {
  #id = 0;
  #waiting = new Map<number, (result: unknown) => void>();
  constructor(
    readonly session: CDPSession,
    readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (reply.id === undefined) return;
      this.#waiting.get(reply.id)?.(reply.result);
      this.#waiting.delete(reply.id);
    });
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.#id;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve as (result: unknown) => void);
      void this.session.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  }
}

const bundle = await build({
  entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  write: false,
  minify: false,
  target: 'es2022',
});
const PAGE = `<!doctype html><meta charset="utf-8"><title>csv profile</title><script>
const worker = new Worker('/worker.js');
let next;
worker.onmessage = (e) => next(e.data);
window.call = (message) => new Promise((resolve) => { next = resolve; worker.postMessage(message); });
</script>`;
const server = await serveStatic(tmpdir(), {
  routes: {
    '/': () => ({ type: 'text/html', body: PAGE }),
    '/worker.js': () => ({ type: 'text/javascript', body: bundle.outputFiles[0].contents }),
    '/file.csv': () => ({ type: 'text/csv', body: bytes }),
  },
});
const browser = await launch([`--js-flags=--expose-gc ${process.env.JS_FLAGS ?? ''}`]);
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const call = (message: object) =>
    page.evaluate(
      (m) =>
        (window as unknown as { call: (m: object) => Promise<{ ms: number; rows: number }> }).call(
          m,
        ),
      message,
    );
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const info = targetInfos.find((t) => t.type === 'worker');
  if (!info) throw new Error('no worker target');
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: info.targetId,
    flatten: false,
  });
  const worker = new WorkerTarget(session, sessionId);
  await call({ task: 'load', url: `${server.url}file.csv` });
  // Warm up once, unprofiled.
  await call({ task: 'parse', dialect });
  await call({ task: 'drop' });
  await worker.send('Profiler.enable');
  await worker.send('Profiler.setSamplingInterval', { interval: 200 });
  const times: number[] = [];
  const byName = new Map<string, number>();
  const byLine = new Map<string, number>();
  let total = 0;
  for (let k = 0; k < RUNS; k++) {
    // Profiled from just before the parse to just after it: the garbage collected between
    // two runs ('drop') is left out.
    await worker.send('Profiler.start');
    times.push(Math.round((await call({ task: 'parse', dialect })).ms));
    const { profile } = await worker.send<{ profile: Profile }>('Profiler.stop');
    await call({ task: 'drop' });
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
    for (const [id, us] of self) {
      const node = byId.get(id);
      const frame = node?.callFrame;
      let name = frame ? `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}` : '?';
      if (name.startsWith('(garbage collector)')) {
        // The collector's samples, by the function that was running when it started.
        const caller = byId.get(parentOf.get(id) ?? -1)?.callFrame.functionName;
        name = `(garbage collector) in ${caller || '?'}`;
      }
      if (name.startsWith('(idle)') || name.startsWith('(program)')) continue;
      byName.set(name, (byName.get(name) ?? 0) + us);
      total += us;
      const ticks = node?.positionTicks ?? [];
      const all = ticks.reduce((sum, t) => sum + t.ticks, 0);
      for (const t of ticks) {
        const where = `${frame?.functionName}@${t.line}`;
        byLine.set(where, (byLine.get(where) ?? 0) + (us * t.ticks) / all);
      }
    }
  }
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`parse ms: ${times.join(', ')}; profiled ${Math.round(total / 1000)} ms`);
  for (const [name, us] of rows) {
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
  if (process.env.LINES) {
    console.log('lines:');
    for (const [where, us] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${where}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
