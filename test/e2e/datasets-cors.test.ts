import { describe, expect, it } from 'vitest';
import { cell, newNotebook, typeAndRun, waitForMonaco, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, openAddDialog, rowsCell, sha256 } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const FILE = '/files/stations-qualite-air.csv';

describe('a host that refuses cross-origin requests', () => {
  it('is named as such, and a downloaded copy loads as a local file kept in the browser', async () => {
    const page = await app.page();
    await newNotebook(page, app.server.url);
    const dialog = await openAddDialog(page, 'From a URL');
    await dialog.getByLabel('URL of the file').fill(`${portal.url}/nocors${FILE}`);
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(
        `${portal.url}/nocors${FILE} refuses requests from other sites (its server does not allow cross-origin requests)`,
      );

    await alert.getByRole('button', { name: 'Load a downloaded copy as a local file' }).click();
    expect(await dialog.getByRole('radio', { name: 'From a local file' }).isChecked()).toBe(true);
    const bytes = portal.file(FILE);
    await dialog.getByLabel('Choose a file').setInputFiles({
      name: 'stations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bytes),
    });
    // The name is proposed from the file's name once the file is read.
    await expect
      .poll(() => dialog.getByLabel('Name in the notebook').inputValue())
      .toBe('stations');
    await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const card = datasetCard(page, 'stations');
    expect(await field(card, 'URL').innerText()).toBe('data/stations.csv');
    expect(await field(card, 'SHA-256').innerText()).toBe(sha256(bytes).slice(0, 12));
    await typeAndRun(page, 1, rowsCell('stations'));
    await waitForOutput(cell(page, 1), 'rows:', /^rows: \d+$/);
    const rows = await waitForOutput(cell(page, 1), 'rows:', /^rows: \d+$/);

    // The draft opens again with its local file, from the browser's cache.
    await page.reload();
    await waitForMonaco(page);
    expect(await waitForOutput(cell(page, 1), 'rows:', /^rows: \d+$/)).toBe(rows);
  });
});
