import { afterAll, beforeAll, describe, it } from 'vitest';
import { startApp, type AppHarness } from './support/browser.ts';
import { cell, editCopy, serveFixtures, waitForStatus } from './support/notebook.ts';
import type { StaticServer } from './support/static-server.ts';

// "Run all" after a Stop runs the stopped cell again, instead of leaving it stopped.

let app: AppHarness;
let fixtures: StaticServer;
beforeAll(async () => {
  [app, fixtures] = await Promise.all([startApp(), serveFixtures()]);
});
afterAll(async () => {
  await Promise.all([app?.close(), fixtures?.close()]);
});

describe('Run all', () => {
  it('runs a stopped cell again', { timeout: 120_000 }, async () => {
    const page = await app.newPage();
    try {
      await editCopy(page, app.server.url, `${fixtures.url}stop.algo.md`);
      const loop = cell(page, 3);
      await waitForStatus(loop, /^running/);
      await page.getByRole('button', { name: 'Stop' }).click();
      await waitForStatus(loop, /^interrupted$/);

      await page.getByRole('button', { name: 'Run all' }).click();
      await waitForStatus(loop, /^running/);
      await page.getByRole('button', { name: 'Stop' }).click();
      await waitForStatus(loop, /^interrupted$/);
    } finally {
      await page.context().close();
    }
  });
});
