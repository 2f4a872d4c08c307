/**
 * The page keeps a heartbeat with its runner: a runner that stops answering while it has
 * nothing to run (its worker crashed, its frame is gone) is said to have stopped, with Restart.
 */
import { describe, expect, it } from 'vitest';
import { cell, readerUrl } from '../support/notebook.ts';
import { notebook, serveNotebook } from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook()));

describe('a runner that is gone', () => {
  it('is noticed by the heartbeat, and Restart runs the notebook again', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      await expect.poll(() => cell(page, 2).innerText()).toMatch(/\b2\b/);
      const runner = page.locator('iframe[title="algobook cell runner"]');
      expect(await runner.count()).toBe(1);

      // The frame disappears as a crashed renderer's would: its worker with it.
      await runner.evaluate((frame) => frame.remove());
      const alert = page.getByRole('alert').filter({ hasText: 'The cell runner stopped working' });
      await alert.waitFor({ timeout: 20_000 });

      await alert.getByRole('button', { name: 'Restart' }).click();
      await expect.poll(() => alert.count()).toBe(0);
      await expect.poll(() => runner.count()).toBe(1);
      await expect.poll(() => cell(page, 2).innerText()).toMatch(/\b2\b/);
    } finally {
      await page.context().close();
    }
  });
});
