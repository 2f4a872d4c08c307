import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, errorOf, typeAndRun, waitForOutput, waitForStatus } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

// errors.algo.md: cell 1 is prose; 2 `ok`, 3 shows `ok + 1`; 4 a syntax error on its line 2; 5 a
// TypeError on its line 2; 6 and 7 both declare `dup`; 8 and 9 read each other.

const app = useApp({ fixtures: true });

/** The text of the error shown in cell `n`, once the cell has failed. */
async function errorText(page: Page, n: number): Promise<string> {
  await waitForStatus(cell(page, n), /^error$/);
  return (await errorOf(cell(page, n)).textContent()) ?? '';
}

describe('errors', () => {
  it('each shows on its own cell, with its line, and the other cells run', async () => {
    const page = await app.read('errors.algo.md');

    expect(await errorText(page, 4)).toMatch(/^\s*SyntaxError\s*\(line 2, column \d+\)/);
    const runtime = await errorText(page, 5);
    expect(runtime).toMatch(/^\s*TypeError\s*\(line 2, column \d+\)/);
    expect(runtime).toContain("reading 'length'");
    // Other cells are named by the numbers the page shows them under.
    for (const n of [6, 7])
      expect(await errorText(page, n)).toContain('dup is defined more than once (cells 6 and 7)');
    for (const n of [8, 9])
      expect(await errorText(page, n)).toContain('circular definition: cells 8 (p) and 9 (q)');

    await waitForOutput(cell(page, 3), 'fine:', /^fine: 42$/);
    expect(await errorOf(cell(page, 2)).count()).toBe(0);
    expect(await errorOf(cell(page, 3)).count()).toBe(0);
    // One error box per failing cell, and no more.
    expect(await page.getByRole('group', { name: 'Error' }).count()).toBe(6);
  });

  it('leave the rest of the notebook working, and fixing each one recovers its cells', async () => {
    const page = await app.edit('errors.algo.md');
    await waitForStatus(cell(page, 9), /^error$/);

    // The healthy cells still react while the others are broken.
    await typeAndRun(page, 2, 'const ok = 1;');
    await waitForOutput(cell(page, 3), 'fine:', /^fine: 2$/);
    await waitForStatus(cell(page, 4), /^error$/);

    await typeAndRun(page, 4, 'const s = 1;\nconst t = s + 1;');
    await waitForStatus(cell(page, 4), /^done/);
    await typeAndRun(page, 5, 'const list = [1, 2];\nconst bad = list.length;');
    await waitForStatus(cell(page, 5), /^done/);
    await typeAndRun(page, 7, 'const dup2 = 2;');
    await waitForStatus(cell(page, 6), /^done/);
    await waitForStatus(cell(page, 7), /^done/);
    await typeAndRun(page, 9, 'const q = 1;');
    await waitForStatus(cell(page, 8), /^done/);
    await waitForStatus(cell(page, 9), /^done/);

    await expect.poll(() => page.getByRole('group', { name: 'Error' }).count()).toBe(0);
    expect(await waitForOutput(cell(page, 3), 'fine:', /^fine: /)).toBe('fine: 2');
  });
});
