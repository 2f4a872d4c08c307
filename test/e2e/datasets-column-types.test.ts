import { beforeAll, describe, expect, it } from 'vitest';
import { cell, editCopy, readerUrl, storedDrafts, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, notebookText } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const FILE = '/files/paris-arrondissements.csv';

beforeAll(async () => {
  portal.setFile(
    '/nb/types.algo.md',
    notebookText({ arr: { url: `..${FILE}`, format: 'csv', sha256: portal.sha256(FILE) } }, [
      "md`code is a ${typeof (await dataset('arr')).get('code', 0)}`",
    ]),
  );
  portal.setFile(
    '/nb/forced.algo.md',
    notebookText(
      {
        arr: {
          url: `..${FILE}`,
          format: 'csv',
          sha256: portal.sha256(FILE),
          columns: { code: 'string' },
        },
      },
      ["md`code is a ${typeof (await dataset('arr')).get('code', 0)}`"],
    ),
  );
});

describe('column types', () => {
  it('are inferred and shown, and a forced type is kept in the front matter and applied', async () => {
    const page = await app.newPage();
    try {
      await editCopy(page, app.server.url, `${portal.url}/nb/types.algo.md`);
      await waitForOutput(cell(page, 1), 'code is', /^code is a number$/);
      const card = datasetCard(page, 'arr');
      await expect.poll(() => field(card, 'Rows').innerText()).toBe('20');
      const columns = card.getByRole('table', { name: 'Columns' });
      const type = columns.getByRole('combobox', { name: 'Type of column code' });
      expect(await type.locator('option:checked').innerText()).toBe('inferred: whole number');
      expect(
        await columns
          .getByRole('combobox', { name: 'Type of column name' })
          .locator('option:checked')
          .innerText(),
      ).toBe('inferred: text');

      // Nothing forced, so nothing shown beside the types.
      expect(await columns.getByRole('note').count()).toBe(0);

      await type.selectOption({ label: 'text' });
      await waitForOutput(cell(page, 1), 'code is', /^code is a string$/);
      // The forced type is chosen, and what the values suggest is shown beside it.
      await expect
        .poll(() => columns.getByRole('note').allInnerTexts())
        .toEqual(['inferred: whole number']);
      expect(await type.locator('option:checked').innerText()).toBe('text');
      expect(await type.locator('option').first().innerText()).toBe('inferred: whole number');
      await expect
        .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
        .toMatch(/columns:\n\s+code: string/);
      await card.getByText('Pin in the front matter').click();
      expect(await card.locator('pre').innerText()).toMatch(/columns:\n\s+code: string/);

      await type.selectOption({ index: 0 });
      await waitForOutput(cell(page, 1), 'code is', /^code is a number$/);
      await expect
        .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
        .not.toContain('columns:');
    } finally {
      await page.context().close();
    }
  });

  it('forced by the author, are shown in French beside the inferred type', async () => {
    const page = await app.newPage(await app.browser.newContext({ locale: 'fr-FR' }));
    try {
      await page.goto(readerUrl(app.server.url, `${portal.url}/nb/forced.algo.md`));
      const card = page.getByRole('region', { name: 'Jeu de données arr', exact: true });
      const columns = card.getByRole('table', { name: 'Colonnes' });
      // Shown once the cell read the dataset.
      await columns.waitFor({ timeout: 15_000 });
      const code = columns
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'code', exact: true }) });
      expect(await code.getByRole('cell').innerText()).toBe(
        'texte (fixé par l’auteur) déduit\u00a0: nombre entier',
      );
      expect(await columns.getByRole('note').allInnerTexts()).toEqual([
        'déduit\u00a0: nombre entier',
      ]);
    } finally {
      await page.context().close();
    }
  });
});
