import { describe, expect, it } from 'vitest';
import { cell, errorOf, readerUrl, waitForOutput, waitForStatus } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, notebookText, rowsAndSum, waitForState } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const FILE = '/files/big.csv';

describe('a slow download', () => {
  it('shows its progress in bytes of the total, and Cancel stops it; trying again loads it', async () => {
    portal.setSlow({ chunkBytes: 4096, intervalMs: 40 });
    const total = portal.file(FILE).byteLength;
    portal.setFile(
      '/nb/slow.algo.md',
      notebookText(
        { big: { url: `${portal.url}/slow${FILE}`, format: 'csv', sha256: portal.sha256(FILE) } },
        rowsAndSum('big', 'arrondissement'),
      ),
    );
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/slow.algo.md`));
    const card = datasetCard(page, 'big');
    const bar = card.getByRole('progressbar', { name: 'Download of big' });
    await bar.waitFor();
    expect(Number(await bar.getAttribute('max'))).toBe(total);
    const first = Number(await bar.getAttribute('value'));
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(first);
    // "120 kB of 288 kB": bytes loaded, of the total the server announced.
    expect(await card.getByText(/ of \d+(\.\d)?\skB$/).innerText()).toMatch(
      /^\d+(\.\d)?\s(bytes|kB) of \d+(\.\d)?\skB$/,
    );

    await card.getByRole('button', { name: 'Cancel' }).click();
    expect(await waitForState(card, /cancelled/)).toBe('cancelled');
    await waitForStatus(cell(page, 1), /^error$/);
    expect(await errorOf(cell(page, 1)).innerText()).toContain('was cancelled');
    expect(await bar.count()).toBe(0);

    portal.setSlow({ chunkBytes: 1 << 20, intervalMs: 1 });
    await card.getByRole('button', { name: 'Try again' }).click();
    await waitForOutput(cell(page, 2), 'rows:', /^rows: 20000$/);
    await waitForState(card, /downloaded from its source/);
  });
});
