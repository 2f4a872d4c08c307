import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './support/browser.ts';
import {
  cell,
  newNotebook,
  shownCode,
  typeAndRun,
  typeCode,
  waitForMonaco,
  waitForOutput,
} from './support/notebook.ts';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('an edit made just before the page reloads', () => {
  it('is kept: autosave had no time to store it, the reopened editor shows and runs it', async () => {
    const page = await app.newPage();
    try {
      await newNotebook(page, app.server.url);
      // Reloaded at once, well within autosave's quiet time: only what the page kept
      // synchronously as it went away can bring the edit back.
      await typeCode(page, 1, 'const kept = 41;');
      await page.reload();
      await waitForMonaco(page);
      expect(await shownCode(page, 1)).toContain('const kept = 41;');

      await typeAndRun(page, 1, 'md`sum: ${20 + 22}`');
      await waitForOutput(cell(page, 1), 'sum:', /^sum: 42$/);
      await page.reload();
      await waitForMonaco(page);
      expect(await waitForOutput(cell(page, 1), 'sum:', /^sum: \d+$/)).toBe('sum: 42');
    } finally {
      await page.context().close();
    }
  });
});
