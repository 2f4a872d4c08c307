import { describe, expect, it } from 'vitest';
import {
  cell,
  newNotebook,
  shownCode,
  typeAndRun,
  typeCode,
  waitForMonaco,
  waitForOutput,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

describe('an edit made just before the page reloads', () => {
  it('is kept: autosave had no time to store it, the reopened editor shows and runs it', async () => {
    const page = await app.page();
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
  });
});
