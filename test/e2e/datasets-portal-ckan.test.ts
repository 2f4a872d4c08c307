import { describe, expect, it } from 'vitest';
import { cell, newNotebook, storedDrafts, typeAndRun, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, openAddDialog, rowsCell, searchPortal } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

describe('a CKAN portal', () => {
  it('is searched by its base URL, and a resource is pinned with its metadata', async () => {
    const page = await app.page();
    await newNotebook(page, app.server.url);
    const dialog = await openAddDialog(page, 'Search a portal');
    const results = await searchPortal(dialog, 'CKAN', portal.url, 'arrondissements');
    const item = results.getByRole('listitem').filter({ hasText: 'Arrondissements de Paris' });
    const text = await item.innerText();
    expect(text).toContain('Ville de Paris');
    expect(text).toContain('ODbL-1.0');
    expect(text).toContain('2024-03-12');

    await item.getByRole('button', { name: 'Choose Arrondissements de Paris' }).click();
    expect(await dialog.getByLabel('Resource or export format').inputValue()).toBe('0');
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const card = datasetCard(page, 'arrondissements_de_paris');
    expect(await field(card, 'Licence').innerText()).toBe('ODbL-1.0');
    expect(await field(card, 'Source').innerText()).toBe('Ville de Paris');
    await typeAndRun(page, 1, rowsCell('arrondissements_de_paris'));
    await waitForOutput(cell(page, 1), 'rows:', /^rows: 20$/);

    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toContain('kind: ckan');
    const stored = (await storedDrafts(page))[0].text;
    expect(stored).toContain('dataset: arrondissements-de-paris');
    expect(stored).toContain('resource: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    expect(stored).toContain(`sha256: ${portal.sha256('/files/paris-arrondissements.csv')}`);
  });
});
