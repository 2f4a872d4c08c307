/**
 * The page keeps a heartbeat with its runner: a runner that stops answering while it has
 * nothing to run (its worker crashed, its frame is gone) is said to have stopped, with Restart.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { cell, readerUrl } from '../support/notebook.ts';
import { notebook, serveNotebook } from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook()));
const spinning = useServer(() =>
  serveNotebook(
    // The second cell yields once, so the page hears that it runs, then never again.
    notebook(['1 + 1', 'await new Promise((resolve) => setTimeout(resolve));\nfor (;;);']),
  ),
);

/** A cell's run status as the French reader shows it ('' while it has none). */
async function statutOf(cellLocator: Locator): Promise<string> {
  const status = cellLocator
    .getByRole('status')
    .filter({ hasText: /^(en attente|en cours .*|terminée en .*|erreur|interrompue)$/ });
  return (await status.count()) ? await status.first().innerText() : '';
}

describe('a runner that is gone', () => {
  it('is noticed by the heartbeat, and Restart runs the notebook again', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      await expect.poll(() => cell(page, 2).innerText()).toMatch(/\b2\b/);
      // Nothing left to run: the first cell (its dataset) may end after the second. A frame
      // gone while it runs fails that cell instead (the next test).
      await cell(page, 1)
        .getByRole('status')
        .filter({ hasText: /^done in / })
        .waitFor();
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

  it('while a cell runs fails that cell, in French too, and its Restart runs the notebook again', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await app.newPage(context);
    try {
      await page.goto(readerUrl(app.server.url, `${spinning.url}hostile.algo.md`));
      const first = page.getByRole('region', { name: 'Cellule 1', exact: true });
      const second = page.getByRole('region', { name: 'Cellule 2', exact: true });
      await expect.poll(() => first.innerText(), { timeout: 30_000 }).toMatch(/\b2\b/);
      await expect.poll(() => statutOf(second), { timeout: 30_000 }).toMatch(/^en cours/);

      // The frame disappears while its worker is busy with the cell: only the frame's own
      // heartbeat can tell.
      await page
        .locator('iframe[title="algobook cell runner"]')
        .evaluate((frame) => frame.remove());
      const crash = second.getByRole('group', { name: 'Erreur' });
      await crash.waitFor({ timeout: 60_000 });
      expect(await crash.innerText()).toMatch(
        /^Exécuteur arrêté\s+L’exécuteur des cellules s’est arrêté pendant que cette cellule tournait/,
      );
      expect(await statutOf(second)).toBe('erreur');
      // Said on the cell, not a second time above the notebook.
      expect(await page.getByRole('alert').count()).toBe(0);

      await second.getByRole('button', { name: 'Redémarrer' }).click();
      await expect
        .poll(() => page.locator('iframe[title="algobook cell runner"]').count(), {
          timeout: 30_000,
        })
        .toBe(1);
      await expect.poll(() => statutOf(second), { timeout: 30_000 }).toBe('interrompue');
      expect(await second.getByRole('button', { name: 'Redémarrer' }).count()).toBe(0);
      await expect.poll(() => statutOf(first), { timeout: 30_000 }).toMatch(/^terminée/);
    } finally {
      await context.close();
    }
  });
});
