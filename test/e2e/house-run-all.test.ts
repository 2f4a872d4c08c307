import { describe, it } from 'vitest';
import { cell, waitForStatus } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

// "Run all" after a Stop runs the stopped cell again, instead of leaving it stopped.

const app = useApp({ fixtures: true });

describe('Run all', () => {
  it('runs a stopped cell again', { timeout: 120_000 }, async () => {
    const page = await app.edit('stop.algo.md');
    const loop = cell(page, 3);
    await waitForStatus(loop, /^running/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForStatus(loop, /^interrupted$/);

    await page.getByRole('button', { name: 'Run all' }).click();
    await waitForStatus(loop, /^running/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await waitForStatus(loop, /^interrupted$/);
  });
});
