import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { newNotebook } from './support/notebook.ts';
import { MALFORMED, startFakePortal } from '../support/fake-portal.ts';
import { dataPanel, datasetCard, openAddDialog } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

/** Tries to add the file at `path` of the portal; returns the dialog. */
async function tryUrl(dialog: Locator, path: string): Promise<void> {
  await dialog.getByLabel('URL of the file').fill(`${portal.url}${path}`);
  await dialog.getByRole('button', { name: 'Download and pin' }).click();
}

describe('bad files', () => {
  it('are refused with a message that says what is wrong, and nothing is pinned', async () => {
    const page = await app.newPage();
    try {
      await newNotebook(page, app.server.url);
      const dialog = await openAddDialog(page, 'From a URL');
      const alert = dialog.getByRole('alert');

      await tryUrl(dialog, '/files/nowhere.csv');
      await expect
        .poll(() => alert.innerText())
        .toBe(`${portal.url}/files/nowhere.csv does not exist (404): the file may have moved.`);

      // A CSV in Windows-1252 is no bad file: it is pinned with its encoding (see
      // datasets-dialect-controls.test.ts).

      // 3 GB announced: refused before any download, with its size and a way to reduce it.
      await tryUrl(dialog, '/huge/files/big.csv');
      await expect
        .poll(() => alert.innerText())
        .toMatch(
          /is too large for the browser \(3\.2\sGB; the limit is 537\sMB\)\. Use a portal query \(select, where, group_by\)/,
        );

      expect(await dialog.getByRole('button', { name: 'Download and pin' }).isEnabled()).toBe(true);
      await dialog.getByRole('button', { name: 'Close' }).click();
      expect(await dataPanel(page).getByText('This notebook pins no datasets yet').count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });

  // The panel asks the runner about a dataset the person just pinned, once: asking again after
  // each failed parse made it ask for ever, until the flood cap ended the runner ("The cell
  // runner was stopped."), sooner or later depending on the machine.
  it('a malformed CSV is pinned as it is, and the panel names the line that is wrong', async () => {
    const page = await app.newPage();
    try {
      await newNotebook(page, app.server.url);
      const dialog = await openAddDialog(page, 'From a URL');
      await tryUrl(dialog, '/files/malformed-fields.csv');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      const card = datasetCard(page, 'malformed_fields');
      await expect
        .poll(() => card.getByRole('alert').innerText(), { timeout: 15_000 })
        .toMatch(new RegExp(`line ${MALFORMED.extraFieldLine}`));
    } finally {
      await page.context().close();
    }
  });
});
