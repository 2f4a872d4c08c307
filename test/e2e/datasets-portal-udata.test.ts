import { describe, expect, it } from 'vitest';
import { cell, newNotebook, storedDrafts, typeAndRun, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, openAddDialog, rowsCell, searchPortal } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

describe('a data.gouv.fr (udata) portal', () => {
  it('is searched, and a chosen resource is pinned with its licence as SPDX', async () => {
    const page = await app.page();
    await newNotebook(page, app.server.url);
    const dialog = await openAddDialog(page, 'Search a portal');
    const results = await searchPortal(dialog, 'data.gouv.fr (udata)', portal.url, 'population');
    const item = results
      .getByRole('listitem')
      .filter({ hasText: 'Population légale des arrondissements municipaux de Paris' });
    const text = await item.innerText();
    expect(text).toContain('Institut National de la Statistique et des Etudes Economiques');
    expect(text).toContain('etalab-2.0');
    expect(text).toContain('2024-01-02');

    await item.getByRole('button', { name: /^Choose Population légale/ }).click();
    const resource = dialog.getByLabel('Resource or export format');
    const options = await resource.locator('option').allInnerTexts();
    const json = options.findIndex((o) => o.startsWith('paris-arrondissements.json'));
    expect(json).toBeGreaterThanOrEqual(0);
    await resource.selectOption({ index: json });
    await dialog.getByLabel('Name in the notebook').fill('population');
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const card = datasetCard(page, 'population');
    expect(await field(card, 'Licence').innerText()).toBe('etalab-2.0');
    expect(await field(card, 'URL').innerText()).toBe(
      `${portal.url}/files/paris-arrondissements.json`,
    );
    await typeAndRun(page, 1, rowsCell('population'));
    await waitForOutput(cell(page, 1), 'rows:', /^rows: 20$/);

    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toContain('kind: udata');
    const stored = (await storedDrafts(page))[0].text;
    expect(stored).toContain('resource: b7e1f3c5-4d2e-4f60-9bac-1d2e3f4a5b6c');
    expect(stored).toContain('format: json');
    expect(stored).toContain('license: etalab-2.0');
    expect(stored).toContain(`sha256: ${portal.sha256('/files/paris-arrondissements.json')}`);
  });
});
