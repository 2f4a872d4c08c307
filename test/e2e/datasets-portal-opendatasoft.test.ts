import { describe, expect, it } from 'vitest';
import { cell, newNotebook, storedDrafts, typeAndRun, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, openAddDialog, rowsCell, searchPortal } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

describe('an Opendatasoft portal', () => {
  it('is searched, and an export reduced by an ODSQL query is pinned with its metadata', async () => {
    const page = await app.page();
    await newNotebook(page, app.server.url);
    const dialog = await openAddDialog(page, 'Search a portal');
    // The demo portal comes first; Opendatasoft's default is Paris's, the test's portal replaces it.
    await dialog
      .getByLabel('Portal', { exact: true })
      .selectOption({ label: 'Opendatasoft (Explore API v2.1)' });
    expect(await dialog.getByLabel('Portal address').inputValue()).toBe(
      'https://opendata.paris.fr',
    );
    const results = await searchPortal(
      dialog,
      'Opendatasoft (Explore API v2.1)',
      portal.url,
      'arrondissements',
    );
    const item = results.getByRole('listitem').filter({ hasText: 'Arrondissements' });
    const text = await item.innerText();
    expect(text).toContain('Ville de Paris / Direction de l’Urbanisme');
    expect(text).toContain('ODbL-1.0');
    expect(text).toContain('2024-03-12');
    expect(text).toContain('20 records');

    await item.getByRole('button', { name: 'Choose Arrondissements' }).click();
    await dialog.getByLabel('Resource or export format').selectOption({ index: 0 });
    await dialog.getByRole('textbox', { name: 'where', exact: true }).fill('c_ar <= 4');
    await dialog
      .getByRole('textbox', { name: 'select', exact: true })
      .fill('c_ar, l_aroff, population');
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const card = datasetCard(page, 'arrondissements');
    expect(await field(card, 'License').count()).toBe(0);
    expect(await field(card, 'Licence').innerText()).toBe('ODbL-1.0');
    expect(await field(card, 'Source').innerText()).toBe(
      'Ville de Paris / Direction de l’Urbanisme',
    );
    expect(await field(card, 'Query').innerText()).toContain('where=c_ar <= 4');

    await typeAndRun(page, 1, rowsCell('arrondissements'));
    await waitForOutput(cell(page, 1), 'rows:', /^rows: 4$/);

    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toMatch(/kind: opendatasoft[\s\S]*dataset: arrondissements/);
    const stored = (await storedDrafts(page))[0].text;
    expect(stored).toContain('where: c_ar <= 4');
    expect(stored).toContain('license: ODbL-1.0');
    expect(stored).toMatch(/sha256: [0-9a-f]{64}/);
    expect(stored).toContain('modified: 2024-03-12');
    expect(stored).toContain('title: Arrondissements');
  });
});
