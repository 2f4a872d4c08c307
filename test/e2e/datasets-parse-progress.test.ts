/**
 * A large dataset is read into a table in the runner, chunk by chunk: the card's bar shows the
 * bytes done, and Cancel stops the reading alone. The runner is not restarted: a cell that does
 * not read the dataset keeps its value, and the runner's frame stays the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, errorOf, outputText, readerUrl, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, notebookText } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const ROWS = 600_000;

/** A CSV of some 35 MB: the runner reads it in several chunks, telling the page after each. */
function bigCsv(rows: number): string {
  const lines = ['id,station,value,note'];
  for (let i = 0; i < rows; ++i)
    lines.push(`${i},station-${i % 97},${(i % 1000) / 10},"a quoted note, number ${i}"`);
  return lines.join('\n') + '\n';
}

// Cell 1 reads the table, cell 2 counts its rows, cell 3 reads nothing: a new runner, or any
// re-run of it, would draw another number.
const CELLS = [
  "const t = await dataset('big');",
  'md`rows: ${t.numRows()}`',
  'md`stamp: ${Math.random()}`',
];

let notebookUrl = '';
beforeAll(async () => {
  portal.setFile('/files/parse.csv', bigCsv(ROWS), 'text/csv');
  const big = {
    url: `${portal.url}/files/parse.csv`,
    format: 'csv',
    sha256: portal.sha256('/files/parse.csv'),
  };
  portal.setFile('/nb/parse.algo.md', notebookText({ big }, CELLS));
  notebookUrl = `${portal.url}/nb/parse.algo.md`;
});

/**
 * Records, in the page, each state of the progress bar named `label` (bytes done, total; `null`
 * done while indeterminate) from the first paint on, and, with `cancel`, presses the Cancel
 * beside it as soon as it shows some bytes done: in the same turn as that progress, while the
 * runner still has most of the file to read.
 */
async function watchBar(page: Page, label: string, cancel: boolean) {
  await page.addInitScript(
    ({ label, cancel }) => {
      if (window.top !== window) return;
      const seen: { done: number | null; total: number }[] = [];
      Object.assign(window, { barStates: seen });
      let cancelled = false;
      const look = () => {
        const bar = document.querySelector<HTMLProgressElement>(`progress[aria-label="${label}"]`);
        if (!bar) return;
        const state = { done: bar.position < 0 ? null : bar.value, total: bar.max };
        const last = seen.at(-1);
        if (!last || last.done !== state.done || last.total !== state.total) seen.push(state);
        if (cancel && !cancelled && state.done) {
          cancelled = true;
          bar.parentElement?.querySelector('button')?.click();
        }
      };
      new MutationObserver(look).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    },
    { label, cancel },
  );
  return () => page.evaluate(() => (window as unknown as { barStates: unknown[] }).barStates);
}

/** Marks the runner's frame, to tell later whether it is the same one. */
const markRunner = (page: Page) =>
  page
    .locator('iframe[title="algobook cell runner"]')
    .evaluate((frame) => (frame.dataset.testMark = 'first'));
const runnerMarks = (page: Page) =>
  page
    .locator('iframe[title="algobook cell runner"]')
    .evaluateAll((frames) => frames.map((frame) => (frame as HTMLElement).dataset.testMark));

describe('parsing a large dataset', () => {
  it('shows the bytes read so far on a bar that moves, then the rows', async () => {
    const size = portal.file('/files/parse.csv').byteLength;
    expect(size).toBeGreaterThan(30_000_000);
    const page = await app.page();
    const states = await watchBar(page, 'Reading of big', false);
    await page.goto(readerUrl(app.server.url, notebookUrl));
    await waitForOutput(cell(page, 2), 'rows:', new RegExp(`^rows: ${ROWS}$`), 60_000);
    const bar = datasetCard(page, 'big').getByRole('progressbar', { name: 'Reading of big' });
    await expect.poll(() => bar.count()).toBe(0);

    const seen = (await states()) as { done: number; total: number }[];
    // Of the whole file, from none to all, through several steps in between, never back.
    expect(seen.every((s) => s.total === size)).toBe(true);
    const done = seen.map((s) => s.done);
    expect(done[0]).toBe(0);
    expect(done.filter((d) => d > 0 && d < size).length).toBeGreaterThanOrEqual(3);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('Cancel stops the reading: the cell says so, the runner stays, Read again reads it', async () => {
    const page = await app.page();
    const states = await watchBar(page, 'Reading of big', true);
    await page.goto(readerUrl(app.server.url, notebookUrl));
    const stamp = await waitForOutput(cell(page, 3), 'stamp:', /^stamp: 0\.\d+/);
    await markRunner(page);

    await expect
      .poll(() => errorOf(cell(page, 1)).innerText(), { timeout: 60_000 })
      .toContain('Reading “big” was cancelled.');
    const card = datasetCard(page, 'big');
    expect(await card.getByRole('alert').innerText()).toBe('Reading “big” was cancelled.');
    const bar = card.getByRole('progressbar', { name: 'Reading of big' });
    await expect.poll(() => bar.count()).toBe(0);
    // It was cancelled midway: some bytes done, not all.
    const seen = (await states()) as { done: number; total: number }[];
    expect(seen.at(-1)!.done).toBeGreaterThan(0);
    expect(seen.at(-1)!.done).toBeLessThan(seen.at(-1)!.total);
    // The runner was not restarted: the same frame, and the cell reading nothing kept its value.
    expect(await runnerMarks(page)).toEqual(['first']);
    expect(await outputText(cell(page, 3), 'stamp:')).toBe(stamp);
    expect(await outputText(cell(page, 2), 'rows:')).toBe('');

    await card.getByRole('button', { name: 'Read big again' }).click();
    await waitForOutput(cell(page, 2), 'rows:', new RegExp(`^rows: ${ROWS}$`), 60_000);
    expect(await card.getByRole('alert').count()).toBe(0);
    expect(await runnerMarks(page)).toEqual(['first']);
    expect(await outputText(cell(page, 3), 'stamp:')).toBe(stamp);
  });

  it('in French: the bar, Annuler, the message and Relire', async () => {
    const page = await app.page({ language: 'fr' });
    await watchBar(page, 'Lecture de big', true);
    await page.goto(readerUrl(app.server.url, notebookUrl));
    const cellule = (n: number) => page.getByRole('region', { name: `Cellule ${n}`, exact: true });
    await expect
      .poll(() => cellule(1).innerText(), { timeout: 60_000 })
      .toContain('La lecture de «\u00a0big\u00a0» a été annulée.');
    const card = page.getByRole('region', { name: 'Jeu de données big', exact: true });
    expect(await card.getByRole('alert').innerText()).toBe(
      'La lecture de «\u00a0big\u00a0» a été annulée.',
    );
    await card.getByRole('button', { name: 'Relire big' }).click();
    await waitForOutput(cellule(2), 'rows:', new RegExp(`^rows: ${ROWS}$`), 60_000);
  });
});
