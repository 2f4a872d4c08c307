/**
 * Column names as French portals write them (accents, spaces, punctuation, a superscript) work
 * everywhere a person meets them: in cells (`d["libellé"]`, `aq.escape`, `op`), in the table
 * view, and in the column-type dropdown, whose choice goes into `columns:` and back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/index.ts';
import { cell, editCopy, readerUrl, storedDrafts, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, notebookText } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const CSV =
  'code-insee;libellé;Nom de la commune;surface (km²)\n' +
  '01004;Ambérieu;Ambérieu-en-Bugey;24,6\n' +
  '2A004;Ajaccio;Ajaccio;82,03\n';
const FILE = '/files/communes-accents.csv';
const CELLS = [
  "const t = await dataset('c');",
  't.derive({ double: (d) => d["surface (km²)"] * 2 }).select("Nom de la commune", "double")',
  'md`surface: ${JSON.stringify(t.get("surface (km²)", 0))}`',
  'md`code: ${t.filter(aq.escape((d) => d["libellé"] === "Ajaccio")).get("code-insee", 0)}`',
  'md`sum: ${t.rollup({ s: op.sum("surface (km²)") }).get("s", 0)}`',
];

beforeAll(() => {
  portal.setFile(FILE, CSV, 'text/csv');
  portal.setFile(
    '/nb/accents.algo.md',
    notebookText({ c: { url: `..${FILE}`, format: 'csv', sha256: portal.sha256(FILE) } }, CELLS),
  );
});

describe('column names with accents, spaces and punctuation', () => {
  it('work in cells and in the table view', async () => {
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/accents.algo.md`));
    await waitForOutput(cell(page, 4), 'code:', /^code: 2A004$/);
    await waitForOutput(cell(page, 5), 'sum:', /^sum: 106\.63$/);
    const table = cell(page, 2).getByRole('table');
    await expect
      .poll(() => table.locator('thead th .name').allInnerTexts())
      .toEqual(['#', 'Nom de la commune', 'double']);
    expect(await table.locator('tbody tr').first().innerText()).toMatch(
      /Ambérieu-en-Bugey\s+49\.2/,
    );
  });

  it('in the column-type dropdown: a forced type goes into columns: and back, and applies', async () => {
    const page = await app.page();
    await editCopy(page, app.server.url, `${portal.url}/nb/accents.algo.md`);
    await waitForOutput(cell(page, 3), 'surface:', /^surface: 24\.6$/);
    const columns = datasetCard(page, 'c').getByRole('table', { name: 'Columns' });
    expect(await columns.getByRole('rowheader').allInnerTexts()).toEqual([
      'code-insee',
      'libellé',
      'Nom de la commune',
      'surface (km²)',
    ]);
    const surface = columns.getByRole('combobox', { name: 'Type of column surface (km²)' });
    await surface.selectOption({ label: 'text' });
    await waitForOutput(cell(page, 3), 'surface:', /^surface: "24,6"$/);
    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toContain('columns:');
    // The stored text reads back with the same key and type.
    const text = (await storedDrafts(page))[0].text;
    expect(parse(text).front.datasets?.c.columns).toEqual({ 'surface (km²)': 'string' });
    expect(await surface.locator('option:checked').innerText()).toBe('text');

    await columns.getByRole('combobox', { name: 'Type of column libellé' }).selectOption({
      label: 'text',
    });
    await expect
      .poll(async () => parse((await storedDrafts(page))[0]?.text ?? '').front.datasets?.c.columns)
      .toEqual({ 'surface (km²)': 'string', libellé: 'string' });
    await waitForOutput(cell(page, 4), 'code:', /^code: 2A004$/);
  });

  it('are shown in French with their types', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/accents.algo.md`));
    const card = page.getByRole('region', { name: 'Jeu de données c', exact: true });
    const columns = card.getByRole('table', { name: 'Colonnes' });
    await columns.waitFor({ timeout: 15_000 });
    const row = columns
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'surface (km²)', exact: true }) });
    expect(await row.getByRole('cell').innerText()).toBe('nombre décimal');
  });
});
