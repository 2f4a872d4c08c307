/**
 * Dataset loading in the built app (`dist/`, or ALGOBOOK_DIST), in Debian's Chromium:
 * `npx tsx bench/datasets.bench.ts` (after a build). Prints a JSON summary.
 *
 * A 1,000,000-row CSV of about 50 MB is pinned by a notebook. A first visit downloads it into
 * the browser's cache; each measured visit then loads it from the cache to a ready table in the
 * runner's worker:
 * - pageMs: the page's part (read from IndexedDB by SHA-256), between the loader's marks;
 * - workerMs: from the cell's `dataset()` call to the parsed table, in the worker (transfer,
 *   UTF-8 decoding, type inference, parse); it may overlap the page's part, so the sum errs
 *   on the slow side;
 * - plainMs: `aq.fromCSV(new TextDecoder().decode(bytes))` on the same bytes in the same worker;
 * - ratio: (pageMs + workerMs) / plainMs, target at most 1.2;
 * - longestTaskMs: the main thread's longest task starting between the load's start and the
 *   load cell's end, target at most 50 ms (PerformanceObserver `longtask`). The task that
 *   starts the load is the page's own start-up (timed by app.bench.ts), so it is not counted.
 * Medians of 3 visits.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DIST, launch } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

const ROWS = 1_000_000;
const VISITS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

/** About 50 bytes a row: an id, a date, a station, a measure, a category and a flag. */
function makeCsv(): Buffer {
  const categories = ['urbain', 'trafic', 'periurbain', 'rural'];
  const parts = ['id,date,station,no2,typologie,valide\n'];
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    parts.push(
      `${i},2024-${month}-${day},STATION_${String(i % 97).padStart(3, '0')},${((i * 7919) % 100000) / 1000},${categories[i % 4]},${i % 13 !== 0}\n`,
    );
  }
  return Buffer.from(parts.join(''));
}

function notebook(url: string, sha256: string, bytes: number): string {
  return `---
algobook: 1
id: dataset-bench
title: Dataset bench
datasets:
  big:
    url: ${url}
    format: csv
    sha256: ${sha256}
    bytes: ${bytes}
---

\`\`\`js
const t0 = performance.now();
const big = await dataset('big');
const workerMs = performance.now() - t0;
\`\`\`

\`\`\`js
md\`loaded: \${big.numRows()} rows in \${workerMs.toFixed(1)} ms\`
\`\`\`

\`\`\`js
void big; // after the load, so the two never share the worker
const response = await fetch(${JSON.stringify(url)});
const bytes = new Uint8Array(await response.arrayBuffer());
const t1 = performance.now();
const plain = aq.fromCSV(new TextDecoder().decode(bytes));
const plainMs = performance.now() - t1;
\`\`\`

\`\`\`js
md\`plain: \${plain.numRows()} rows in \${plainMs.toFixed(1)} ms; \${big.numRows() === plain.numRows()}\`
\`\`\`
`;
}

const OBSERVE = () => {
  const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
  w.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function paragraph(page: Page, prefix: string): Promise<string> {
  const p = page.getByRole('paragraph').filter({ hasText: new RegExp(`^${prefix}`) });
  await p.first().waitFor({ timeout: 180_000 });
  return (await p.first().textContent()) ?? '';
}

async function main() {
  const csv = makeCsv();
  const sha256 = createHash('sha256').update(csv).digest('hex');
  const server = await serveStatic(DIST, {
    cors: true,
    routes: {
      '/bench/big.csv': () => ({ type: 'text/csv', body: csv }),
      '/bench/datasets.algo.md': () => ({
        type: 'text/markdown',
        body: notebook(`${serverUrl}bench/big.csv`, sha256, csv.byteLength),
      }),
    },
  });
  const serverUrl = server.url;
  const browser = await launch();
  const url = `${server.url}?src=${encodeURIComponent(`${server.url}bench/datasets.algo.md`)}`;
  const visits: { pageMs: number; workerMs: number; plainMs: number; longestTaskMs: number }[] = [];
  try {
    const context = await browser.newContext();
    // The first visit downloads the file into the cache.
    {
      const page = await context.newPage();
      await page.goto(url);
      await paragraph(page, 'plain:');
      await page.close();
    }
    for (let k = 0; k < VISITS; k++) {
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(url);
      const loaded = await paragraph(page, 'loaded:');
      const plain = await paragraph(page, 'plain:');
      if (!plain.endsWith('true')) throw new Error(`the two tables differ: ${plain}`);
      const state = await page
        .getByRole('region', { name: 'Dataset big' })
        .locator('dt:text-is("State") + dd')
        .innerText();
      if (!state.includes('cache')) throw new Error(`not loaded from the cache: ${state}`);
      const marks = await page.evaluate(() => {
        // No named helper here: the bundler would wrap it in a `__name` the page lacks.
        const start =
          performance.getEntriesByName('algobook:dataset:start:big', 'mark')[0]?.startTime ?? NaN;
        const bytes =
          performance.getEntriesByName('algobook:dataset:bytes:big', 'mark')[0]?.startTime ?? NaN;
        // The load cell ends first: the others wait for its table.
        const done = Math.min(
          ...performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('algobook:done:') && m.startTime > bytes)
            .map((m) => m.startTime),
        );
        const tasks = (
          window as unknown as { __longtasks: { start: number; duration: number }[] }
        ).__longtasks.filter((t) => t.start >= start && t.start <= done);
        return {
          tasks: tasks.map((t) => [Math.round(t.start - start), Math.round(t.duration)]),
          bytesAt: Math.round(bytes - start),
          doneAt: Math.round(done - start),
          pageMs: bytes - start,
          longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
        };
      });
      if (process.env.DEBUG) console.log(JSON.stringify(marks));
      visits.push({
        pageMs: marks.pageMs,
        workerMs: Number(/in ([\d.]+) ms/.exec(loaded)?.[1]),
        plainMs: Number(/in ([\d.]+) ms/.exec(plain)?.[1]),
        longestTaskMs: marks.longestTaskMs,
      });
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const pageMs = median(visits.map((v) => v.pageMs));
  const workerMs = median(visits.map((v) => v.workerMs));
  const plainMs = median(visits.map((v) => v.plainMs));
  console.log(
    JSON.stringify(
      {
        datasetFromCache: {
          rows: ROWS,
          megabytes: round(csv.byteLength / 1e6),
          pageMs: round(pageMs),
          workerMs: round(workerMs),
          plainMs: round(plainMs),
          ratio: Math.round(((pageMs + workerMs) / plainMs) * 100) / 100,
          longestTaskMs: Math.round(median(visits.map((v) => v.longestTaskMs))),
          visits,
        },
      },
      null,
      2,
    ),
  );
}

await main();
