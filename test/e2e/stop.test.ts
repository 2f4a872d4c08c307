import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cell,
  outputText,
  typeAndRun,
  typeCode,
  waitForOutput,
  waitForStatus,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

// stop.algo.md: cell 1 draws `base` and shows it, cell 2 reads it, cell 3 reads it and loops forever.

const app = useApp({ fixtures: true });

/**
 * Resolves once the page has drawn two more frames and answered a call: a cell looping in the
 * runner does not hold up the page. (How fast it answers is a figure of
 * bench/responsiveness.bench.ts, not a test.)
 */
async function pageAnswers(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** The number cell 1 draws and shows, once it is shown and differs from `previous` (a new runner). */
async function baseShown(page: Page, previous?: number): Promise<number> {
  const other = previous === undefined ? '' : `(?!${previous}$)`;
  const text = await waitForOutput(
    cell(page, 1),
    'upstream:',
    new RegExp(`^upstream: ${other}\\d+$`),
  );
  return Number(text.split(': ')[1]);
}

describe('stopping a runaway cell', () => {
  it('Stop ends `while (true) {}`, the page answering meanwhile, and the rest runs again', async () => {
    const page = await app.read('stop.algo.md');
    const [other, loop] = [cell(page, 2), cell(page, 3)];
    const firstBase = await baseShown(page);
    await waitForStatus(loop, /^running \d/);

    await pageAnswers(page);
    expect(await waitForStatus(loop, /^running \d/)).toMatch(/^running (\d+\.\d s|\d+ ms)$/);
    await pageAnswers(page);

    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await waitForStatus(loop, /^interrupted$/)).toBe('interrupted');
    const stop = page.getByRole('button', { name: 'Stop' });

    const notice = page.getByRole('status').filter({ hasText: /^Stopped / });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Stopped Cell 3 after \d+\.\d s\./);
    expect(await notice.textContent()).toContain('The other cells ran again');
    // A new runner ran the cells upstream again (a new draw), and the loop's sibling after them.
    const base = await baseShown(page, firstBase);
    await waitForOutput(other, 'other:', new RegExp(`^other: ${base % 10}$`));
    await waitForStatus(other, /^done/);
    expect(await stop.count()).toBe(0);
    expect(await waitForStatus(loop, /./)).toBe('interrupted');
    // The looping worker went with its frame: the page holds only the new runner's.
    expect(page.frames()).toHaveLength(2);
  });

  // Three runners in turn, and Monaco: more than the default minute on a loaded machine.
  it(
    'in the editor: the rest works after a stop, the fixed cell runs, and the time limit stops a runaway',
    { timeout: 180_000 },
    async () => {
      const page = await app.edit('stop.algo.md');
      const loop = cell(page, 3);
      const before = await baseShown(page);
      await waitForStatus(loop, /^running/);
      await page.getByRole('button', { name: 'Stop' }).click();
      await waitForStatus(loop, /^interrupted$/);
      const base = await baseShown(page, before);

      await typeAndRun(page, 2, 'md`other: ${base * 2}`');
      await waitForOutput(cell(page, 2), 'other:', new RegExp(`^other: ${base * 2}$`));
      expect(await waitForStatus(loop, /./)).toBe('interrupted');

      await typeAndRun(
        page,
        3,
        'let spins = base;\nwhile (spins < base + 1000) spins++;\ndisplay(md`spun: ${spins - base}`);',
      );
      await waitForOutput(loop, 'spun:', /^spun: 1000$/);
      await waitForStatus(loop, /^done in/);
      // Running the fixed cell did not re-run the cells it reads.
      expect(await outputText(cell(page, 1), 'upstream:')).toBe(`upstream: ${base}`);

      // With a limit of 1 s, a runaway cell is stopped without anyone pressing Stop.
      await page.getByRole('button', { name: 'Dismiss' }).click();
      const limit = page.getByRole('spinbutton', { name: 'Time limit (s)' });
      expect(await limit.inputValue()).toBe('30');
      await limit.fill('1');
      await limit.press('Tab');
      await typeCode(page, 3, 'let spins = base;\nwhile (true) spins++;');
      const t0 = performance.now();
      await page.keyboard.press('Shift+Enter');
      await waitForStatus(loop, /^running/);
      await waitForStatus(loop, /^interrupted$/);
      // Not before the limit; how soon after it is a figure of bench/responsiveness.bench.ts.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(1000);
      const notice = page.getByRole('status').filter({ hasText: /ran longer than the time limit/ });
      const said =
        /^Cell 3 ran longer than the time limit and was stopped after (\d+\.\d) s\./.exec(
          (await notice.textContent()) ?? '',
        );
      expect(Number(said?.[1])).toBeGreaterThanOrEqual(1);
      await waitForOutput(cell(page, 2), 'other:', /^other: \d+$/);
      await waitForStatus(cell(page, 2), /^done/);
    },
  );
});
