/**
 * Timings the browser tests used to assert, which depend on the machine: here they are figures
 * to watch, not pass/fail checks. `npx tsx bench/responsiveness.bench.ts` after `npm run build`.
 * Prints a JSON summary; targets in parentheses.
 *
 * - autosaveStoredMs: an edit typed in a new notebook to its text in IndexedDB (< 1,000).
 * - loopFrameGapMs: the page's worst gap between animation frames while a cell loops, over 1 s
 *   (< 200).
 * - stopToInterruptedMs: a click on Stop to "interrupted" on screen (< 500).
 * - timeLimitStoppedMs: with a 1 s limit, Shift+Enter on a runaway cell to "interrupted"
 *   (>= 1,000, < 3,000).
 */
import type { Locator, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { DIST, launch } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

const FIXTURES = fileURLToPath(new URL('../test/e2e/fixtures', import.meta.url));
const round = (x: number) => Math.round(x);

const cell = (page: Page, n: number): Locator =>
  page.getByRole('region', { name: `Cell ${n}`, exact: true });

/** Waits until cell `n` shows a status matching `status`. */
async function waitForStatus(page: Page, n: number, status: RegExp): Promise<void> {
  await cell(page, n).getByRole('status').filter({ hasText: status }).first().waitFor();
}

async function autosaveStoredMs(page: Page, appUrl: string): Promise<number> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
  await page.getByRole('textbox', { name: 'Code of cell 1', exact: true }).focus();
  const t0 = performance.now();
  await page.keyboard.insertText('const width = 3;');
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('algobook');
        open.onsuccess = () => {
          const read = open.result.transaction('drafts').objectStore('drafts').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result.some((d: { text: string }) => d.text.includes('const width = 3;')));
          };
        };
      }),
    undefined,
    { polling: 20 },
  );
  return round(performance.now() - t0);
}

/**
 * The worst gap between frames over `ms`, measured in the page. Written as text: tsx would wrap
 * a named helper of a function in a `__name` call, which the page does not have.
 */
function frameGap(page: Page, ms: number): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let worst = 0;
    const frame = (now) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (now - start < ${Number(ms)}) requestAnimationFrame(frame);
      else resolve(worst);
    };
    requestAnimationFrame(frame);
  })`);
}

/** From a click on Stop to "interrupted" in cell `n`, timed in the page. */
function stopToInterrupted(page: Page, n: number): Promise<number> {
  return page.evaluate((label) => {
    const region = document.querySelector(`section[aria-label="${label}"]`);
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
    return new Promise<number>((resolve) => {
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        const statuses = [...(region?.querySelectorAll('[role="status"]') ?? [])];
        if (!statuses.some((s) => s.textContent?.trim() === 'interrupted')) return;
        observer.disconnect();
        resolve(performance.now() - t0);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      button?.click();
    });
  }, `Cell ${n}`);
}

async function main() {
  const [app, fixtures] = await Promise.all([
    serveStatic(DIST),
    serveStatic(FIXTURES, { cors: true }),
  ]);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const autosave = await autosaveStoredMs(page, app.url);

    // stop.algo.md: cell 3 loops forever.
    const src = `${app.url}?src=${encodeURIComponent(`${fixtures.url}stop.algo.md`)}`;
    await page.goto(src);
    await waitForStatus(page, 3, /^running \d/);
    const gap = await frameGap(page, 1000);
    const stopped = await stopToInterrupted(page, 3);

    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    await waitForStatus(page, 3, /^running/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForStatus(page, 3, /^interrupted$/);
    const limit = page.getByRole('spinbutton', { name: 'Time limit (s)' });
    await limit.fill('1');
    await limit.press('Tab');
    await page.getByRole('textbox', { name: 'Code of cell 3', exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('let spins = 0;\nwhile (true) spins++;');
    const t0 = performance.now();
    await page.keyboard.press('Shift+Enter');
    await waitForStatus(page, 3, /^running/);
    await waitForStatus(page, 3, /^interrupted$/);
    const timeLimit = performance.now() - t0;
    await context.close();

    console.log(
      JSON.stringify(
        {
          autosaveStoredMs: autosave,
          loopFrameGapMs: round(gap),
          stopToInterruptedMs: round(stopped),
          timeLimitStoppedMs: round(timeLimit),
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await Promise.all([app.close(), fixtures.close()]);
  }
}

await main();
