import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cell,
  errorOf,
  outputText,
  readerUrl,
  typeAndRun,
  typeCode,
  waitForOutput,
  waitForStatus,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

/** A fresh page (own storage) on a copy of `file` in the editor. */
const editorOn = (file: string): Promise<Page> => app.edit(file);

/** How many cells the editor shows. */
async function cellCount(page: Page): Promise<number> {
  return page.getByRole('region', { name: /^Cell \d+$/ }).count();
}

describe('the editor', () => {
  it('opens a copy in Monaco, and Shift+Enter re-runs an edited cell and its dependants only', async () => {
    const page = await editorOn('editor.algo.md');
    try {
      expect(page.url()).toMatch(/#\/draft\/editing-/);
      expect(new URL(page.url()).search).toBe('');
      await page.getByRole('heading', { level: 1, name: 'Editing' }).waitFor();
      await expect.poll(() => page.getByRole('code').count()).toBe(4);

      const dependant = cell(page, 3);
      const before = await waitForOutput(
        dependant,
        'dependant:',
        /^dependant: 10 with base 0\.\d+, drawn 0\.\d+$/,
      );
      const independent = await waitForOutput(
        cell(page, 5),
        'independent:',
        /^independent: 0\.\d+$/,
      );
      const base = /with base (\S+),/.exec(before)?.[1];

      await typeCode(page, 2, 'const a = 2;');
      await cell(page, 2).getByText('edited, not run').waitFor();
      await page.keyboard.press('Shift+Enter');

      const after = await waitForOutput(dependant, 'dependant:', /^dependant: 20 /);
      await expect.poll(() => cell(page, 2).getByText('edited, not run').count()).toBe(0);
      // The dependant ran again (a new draw); its other input and the independent cell did not.
      expect(after).not.toBe(before.replace('10', '20'));
      expect(after).toContain(`with base ${base},`);
      expect(await outputText(cell(page, 5), 'independent:')).toBe(independent);
      // Shift+Enter moves to the next cell.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Cell 3',
      );
    } finally {
      await page.context().close();
    }
  });

  it('adds, moves and deletes cells, and the notebook follows', async () => {
    const page = await editorOn('editor.algo.md');
    try {
      await waitForOutput(cell(page, 5), 'independent:', /^independent: /);
      expect(await cellCount(page)).toBe(5);

      await page
        .getByRole('toolbar', { name: 'Notebook' })
        .getByRole('button', { name: 'Add code cell' })
        .click();
      expect(await cellCount(page)).toBe(6);
      await typeCode(page, 6, 'md`added: ${a + 100}`');
      await page.keyboard.press('ControlOrMeta+Enter');
      await waitForOutput(cell(page, 6), 'added:', /^added: 101$/);
      expect(await cellCount(page)).toBe(6);

      await page.getByRole('button', { name: 'Add a code cell below cell 2' }).click();
      expect(await cellCount(page)).toBe(7);
      await typeAndRun(page, 3, 'md`inserted: ${a * 3}`');
      await waitForOutput(cell(page, 3), 'inserted:', /^inserted: 3$/);
      expect(await outputText(cell(page, 4), 'dependant:')).toMatch(/^dependant: 10 /);

      await page.getByRole('button', { name: 'Move cell 7 up' }).click();
      expect(await outputText(cell(page, 6), 'added:')).toBe('added: 101');
      expect(await outputText(cell(page, 7), 'independent:')).toMatch(/^independent: /);
      await page.getByRole('button', { name: 'Move cell 3 down' }).click();
      expect(await outputText(cell(page, 4), 'inserted:')).toBe('inserted: 3');
      expect(await outputText(cell(page, 3), 'dependant:')).toMatch(/^dependant: 10 /);

      await page.getByRole('button', { name: 'Delete cell 6' }).click();
      expect(await cellCount(page)).toBe(6);
      expect(await page.getByText('added: 101').count()).toBe(0);

      // Deleting the cell that defines `a` leaves its two readers without it, and no one else.
      await page.getByRole('button', { name: 'Delete cell 2' }).click();
      expect(await cellCount(page)).toBe(5);
      await waitForStatus(cell(page, 2), /^error$/);
      expect(await errorOf(cell(page, 2)).textContent()).toContain('a is not defined');
      await waitForStatus(cell(page, 3), /^error$/);
      await waitForStatus(cell(page, 4), /^done/);
      expect(await outputText(cell(page, 5), 'independent:')).toMatch(/^independent: /);
    } finally {
      await page.context().close();
    }
  });

  it('shows each cell queued, running with its elapsed time, done in N ms, in error or interrupted', async () => {
    const page = await app.page();
    // states.algo.md: cell 1 awaits 1.5 s, cell 2 reads it, cell 3 throws, cell 4 never ends.
    await page.goto(readerUrl(app.server.url, `${fixtures.url}states.algo.md`));
    await page.getByRole('button', { name: 'Edit a copy' }).waitFor();
    await recordStatuses(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    const [slow, reader, failing, never] = [1, 2, 3, 4].map((n) => cell(page, n));

    await waitForStatus(slow, /^done in \d/);
    await waitForStatus(reader, /^done in \d+ ms$/);
    await waitForOutput(reader, 'slow is', /^slow is 7$/);
    await waitForStatus(failing, /^error$/);
    expect(await errorOf(failing).textContent()).toMatch(/TypeError.*line 2.*null/s);

    const seen = await page.evaluate(() => (window as unknown as Recorded).statuses);
    // The slow cell showed its time counting up, then how long it took.
    const running = seen['Cell 1'].filter((s) => s.startsWith('running'));
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(elapsedMs(running[running.length - 1])).toBeGreaterThan(elapsedMs(running[0]));
    const done = elapsedMs(seen['Cell 1'][seen['Cell 1'].length - 1]);
    // It awaits 1.5 s: it cannot be done sooner (how much later is a machine's affair).
    expect(done).toBeGreaterThanOrEqual(1400);
    // Its reader waited, queued, until it was done.
    expect(seen['Cell 2']).toContain('queued');
    expect(seen['Cell 2'].indexOf('queued')).toBeLessThan(
      seen['Cell 2'].findIndex((s) => s.startsWith('done')),
    );

    // The cell that never ends runs until stopped, then is interrupted.
    expect(await waitForStatus(never, /^running/)).toMatch(/^running (\d+ ms|\d+\.\d s)$/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForStatus(never, /^interrupted$/);
    expect(await errorOf(never).textContent()).toContain('stopped');
    await page
      .getByRole('status')
      .filter({ hasText: /^Stopped Cell 4 after/ })
      .waitFor();
  });
});

type Recorded = { statuses: Record<string, string[]> };

/** Records, in the page, every status each cell shows from now on: a test could miss a short one. */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const statuses: Record<string, string[]> = {};
    Object.assign(window, { statuses });
    const status = /^(queued|running \d.*|done in \d.*|error|interrupted)$/;
    new MutationObserver(() => {
      // The editor's cells only, not the reader's before it.
      if (!document.querySelector('[role="toolbar"]')) return;
      for (const region of document.querySelectorAll('section[aria-label^="Cell "]')) {
        const label = region.getAttribute('aria-label') ?? '';
        const shown = [...region.querySelectorAll('[role="status"]')]
          .map((s) => s.textContent?.trim() ?? '')
          .find((text) => status.test(text));
        const seen = (statuses[label] ??= []);
        if (shown && seen[seen.length - 1] !== shown) seen.push(shown);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** "running 300 ms" → 300, "done in 1.5 s" → 1500. */
function elapsedMs(status: string): number {
  const match = /(\d+(?:\.\d+)?) (ms|s)$/.exec(status);
  if (!match) throw new Error(`no time in "${status}"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}
