/**
 * The data panel says how a csv/tsv file is written (separator, decimal mark, encoding, dates,
 * first line) in words; in the editor each can be changed, which writes `csv:` into the entry
 * and reads the table again at once. Pinning a file in the app writes the detected dialect in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cell,
  editCopy,
  newNotebook,
  readerUrl,
  storedDrafts,
  typeAndRun,
  waitForOutput,
} from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, field, notebookText, openAddDialog } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

// As a French portal exports it: semicolons, decimal commas, dd/mm/yyyy dates.
const SEMI = 'commune;surface;maj\nParis 1er;1,83;01/02/2024\nParis 2e;0,99;15/03/2024\n';
const FILE = '/files/semi.csv';
const CELLS = [
  "const t = await dataset('s');",
  "md`surface: ${JSON.stringify(t.get('surface', 0))}`",
  "md`columns: ${t.columnNames().join('|')}`",
];

beforeAll(() => {
  portal.setFile(FILE, SEMI, 'text/csv');
  portal.setFile(
    '/nb/semi.algo.md',
    notebookText({ s: { url: `..${FILE}`, format: 'csv', sha256: portal.sha256(FILE) } }, CELLS),
  );
});

describe('the dialect in the data panel', () => {
  it('is shown in words to a reader, read-only', async () => {
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/semi.algo.md`));
    await waitForOutput(cell(page, 2), 'surface:', /^surface: 1\.83$/);
    const card = datasetCard(page, 's');
    const dialect = card.getByRole('region', { name: 'How the file is written' });
    await expect.poll(() => field(dialect, 'Separator').innerText()).toBe('semicolon');
    expect(await field(dialect, 'Decimal mark').innerText()).toBe('comma (1,5)');
    expect(await field(dialect, 'Encoding').innerText()).toBe('UTF-8');
    expect(await field(dialect, 'Dates').innerText()).toBe('day/month/year (31/03/2024)');
    expect(await field(dialect, 'First line').innerText()).toBe('names the columns');
    expect(await dialect.getByRole('combobox').count()).toBe(0);
  });

  it('is shown in French', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/semi.algo.md`));
    const card = page.getByRole('region', { name: 'Jeu de données s', exact: true });
    const dialect = card.getByRole('region', { name: 'Comment le fichier est écrit' });
    await expect.poll(() => field(dialect, 'Séparateur').innerText()).toBe('point-virgule');
    expect(await field(dialect, 'Séparateur décimal').innerText()).toBe('virgule (1,5)');
    expect(await field(dialect, 'Dates').innerText()).toBe('jour/mois/année (31/03/2024)');
    expect(await field(dialect, 'Première ligne').innerText()).toBe('nomme les colonnes');
  });

  it('changed in the editor, is written into csv: and the table is read again at once', async () => {
    const page = await app.page();
    await editCopy(page, app.server.url, `${portal.url}/nb/semi.algo.md`);
    await waitForOutput(cell(page, 2), 'surface:', /^surface: 1\.83$/);
    const card = datasetCard(page, 's');
    const decimal = card.getByRole('combobox', { name: 'Decimal mark of s' });
    await expect.poll(() => decimal.locator('option:checked').innerText()).toBe('comma (1,5)');

    await decimal.selectOption({ label: 'point (1.5)' });
    // Read again with a decimal point: "1,83" is no number, the column is text.
    await waitForOutput(cell(page, 2), 'surface:', /^surface: "1,83"$/);
    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toMatch(/csv:\n(\s+\w+: .+\n){5}/);
    const text = (await storedDrafts(page))[0].text;
    expect(text).toMatch(/\n\s+delimiter: ;\n/);
    expect(text).toMatch(/\n\s+decimal: \.\n/);
    expect(text).toMatch(/\n\s+encoding: utf-8\n/);
    expect(text).toMatch(/\n\s+dates: dmy\n/);
    expect(text).toMatch(/\n\s+header: true\n/);
    expect(await decimal.locator('option:checked').innerText()).toBe('point (1.5)');

    // The separator too: with vertical bars, each line is one field.
    await card
      .getByRole('combobox', { name: 'Separator of s' })
      .selectOption({ label: 'vertical bar' });
    await waitForOutput(cell(page, 3), 'columns:', /^columns: commune;surface;maj$/);
    // And back: the table is as it was.
    await card
      .getByRole('combobox', { name: 'Separator of s' })
      .selectOption({ label: 'semicolon' });
    await decimal.selectOption({ label: 'comma (1,5)' });
    await waitForOutput(cell(page, 2), 'surface:', /^surface: 1\.83$/);
    await waitForOutput(cell(page, 3), 'columns:', /^columns: commune\|surface\|maj$/);
  });

  it('is written into the entry when a person pins a file: a Windows-1252 CSV reads right', async () => {
    const page = await app.page();
    await newNotebook(page, app.server.url);
    const dialog = await openAddDialog(page, 'From a URL');
    await dialog.getByLabel('URL of the file').fill(`${portal.url}/files/latin1.csv`);
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toMatch(/\n\s+encoding: windows-1252\n/);
    const text = (await storedDrafts(page))[0].text;
    expect(text).toMatch(/\n\s+delimiter: ","\n|\n\s+delimiter: ','\n/);
    const card = datasetCard(page, 'latin1');
    const dialect = card.getByRole('region', { name: 'How the file is written' });
    await expect
      .poll(() =>
        dialect
          .getByRole('combobox', { name: 'Encoding of latin1' })
          .locator('option:checked')
          .innerText(),
      )
      .toBe('Windows-1252 (Western European)');
    // Read with it, accents and all.
    await typeAndRun(page, 1, "md`nom: ${(await dataset('latin1')).get('nom', 0)}`");
    await waitForOutput(cell(page, 1), 'nom:', /^nom: Préfecture de Police$/);
  });
});
