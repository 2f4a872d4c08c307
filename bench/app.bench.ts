/**
 * Browser benchmarks against the built app (`dist/`), in Debian's Chromium:
 * `npx tsx bench/app.bench.ts` (after `npm run build`). Prints a JSON summary.
 *
 * - initialJsGzipKB: the JavaScript the page loads before anything else, gzip.
 * - coldStartMs: navigation to the first output of each example in the reader (median of 5).
 * - sliderMs: a slider change to the updated dependent output (median of 10 steps).
 * - table1M: for a 1,000,000-row table, the cell's end to its first rows on screen, and the
 *   longest main-thread task meanwhile.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launch } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

function initialJsGzipKB(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const bytes = srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
  return round(bytes / 1024);
}

/** Records, in the page, when the first output and the first table row appear. */
const OBSERVE = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__longtasks = [] as { start: number; duration: number }[];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      (w.__longtasks as { start: number; duration: number }[]).push({
        start: e.startTime,
        duration: e.duration,
      });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (!w.__firstOutput && document.querySelector('.output[data-kind]'))
      w.__firstOutput = performance.now();
    if (!w.__firstRow && document.querySelector('.output[data-kind="table"] tbody tr td'))
      w.__firstRow = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

async function coldStart(page: Page, url: string): Promise<number> {
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstOutput?: number }).__firstOutput);
  return page.evaluate(() => (window as unknown as { __firstOutput: number }).__firstOutput);
}

async function main() {
  const server = await serveStatic(DIST, {
    routes: {
      '/bench/million.algo.md': () => ({
        type: 'text/markdown',
        body: readFileSync(new URL('./fixtures/million.algo.md', import.meta.url)),
      }),
    },
  });
  const browser = await launch();
  const results: Record<string, unknown> = { initialJsGzipKB: initialJsGzipKB() };
  try {
    const examples = (await (await fetch(`${server.url}examples/index.json`)).json()) as {
      file: string;
    }[];
    const cold: Record<string, number> = {};
    for (const { file } of examples) {
      const times: number[] = [];
      for (let k = 0; k < 5; k++) {
        const context = await browser.newContext();
        times.push(await coldStart(await context.newPage(), `${server.url}#/example/${file}`));
        await context.close();
      }
      cold[file] = round(median(times));
    }
    results.coldStartMs = cold;

    // A slider change to the updated output: the first slider of the ATMO example.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}#/example/indice-atmo.algo.md`);
      const slider = page.getByRole('slider').first();
      await slider.waitFor();
      await page.waitForFunction(
        () => !document.querySelector('[data-status="running"],[data-status="queued"]'),
      );
      const steps: number[] = [];
      for (let k = 0; k < 10; k++) {
        steps.push(
          await slider.evaluate(async (input: HTMLInputElement, k: number) => {
            const own = input.closest('.output');
            const changed = new Promise<number>((resolve) => {
              const observer = new MutationObserver((records) => {
                if (records.some((r) => !own?.contains(r.target))) {
                  observer.disconnect();
                  resolve(performance.now());
                }
              });
              observer.observe(document.querySelector('main')!, {
                subtree: true,
                childList: true,
                characterData: true,
              });
            });
            const start = performance.now();
            input.value = String(Number(input.min) + ((k * 7) % 50) + 1);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
            return (await changed) - start;
          }, k),
        );
        await page.waitForTimeout(50);
      }
      results.sliderMs = { median: round(median(steps)), max: round(Math.max(...steps)) };
      await context.close();
    }

    // A million-row table: the cell's end to its first rows, and the longest task meanwhile.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(
        `${server.url}?src=${encodeURIComponent(`${server.url}bench/million.algo.md`)}`,
      );
      await page.waitForFunction(
        () => (window as unknown as { __firstRow?: number }).__firstRow,
        null,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(300);
      results.table1M = await page.evaluate(() => {
        const w = window as unknown as {
          __firstRow: number;
          __longtasks: { start: number; duration: number }[];
        };
        const done = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('algobook:done:'))
          .map((m) => m.startTime);
        const end = Math.max(...done);
        const during = w.__longtasks.filter(
          (t) => t.start + t.duration >= end && t.start <= w.__firstRow + 50,
        );
        return {
          firstRowsMs: Math.round((w.__firstRow - end) * 10) / 10,
          longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
        };
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(JSON.stringify(results, null, 2));
}

await main();
