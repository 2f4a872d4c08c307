/**
 * French portal files in the app, as a data scientist meets them (issue 13): INSEE's communes
 * exported by a data.gouv.fr producer (Windows-1252, `;`, decimal commas, CRLF, `dd/mm/yyyy`,
 * thousands grouped by a no-break space; and the same table as an Excel sheet) are added from the
 * computer through "Add a dataset", and a cell sums the population and reads the accented names.
 * What the cells must show is computed from the package the files were made from. In English and
 * in French; each result is also saved as a phone-width screenshot to look at:
 * $ALGOBOOK_SCREENSHOTS, or algobook-screenshots/ in the system's temporary folder.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { translate, type MessageKey, type MessageParams } from '../../src/app/i18n/translate.ts';
import { errorText } from '../../src/core/errors/index.ts';
import { expected, PORTAL_FILE, portalFile } from '../support/portal-files.ts';
import { waitForMonaco, waitForOutput } from './support/notebook.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { useApp, type Language } from './support/use-app.ts';

const app = useApp();
const SCREENSHOTS = process.env.ALGOBOOK_SCREENSHOTS ?? join(tmpdir(), 'algobook-screenshots');
const PHONE = { width: 390, height: 844 };

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file of issue 13 that failed with "line 2 has 2 fields, more than the 1 of the header". */
const ISSUE_FILE = 'code_insee;nom;population;surface_km2\n75101;Paris 1er;15917;1,83\n';

/** A cell reading dataset `name`: its rows, the population's total, the names with accents. */
const communesCell = (name: string) =>
  [
    `const t = await dataset('${name}');`,
    'display(md`rows: ${t.numRows()}`);',
    "display(md`sum: ${t.rollup({ s: op.sum('population') }).get('s', 0)}`);",
    'display(md`names: ${t.objects().filter((d) => /[^ -~]/.test(d["nom"])).map((d) => d["nom"]).join(", ")}`);',
  ].join('\n');

function helpers(page: Page, language: Language) {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const panel = page.getByRole('region', { name: t('data.title'), exact: true });
  return {
    t,
    /** Code cell `n` in the page's language ("Cell 2", "Cellule 2"). */
    cell: (n: number) => page.getByRole('region', { name: t('cell.label', { n }), exact: true }),
    card: (name: string) => panel.getByRole('region', { name: t('data.dataset', { name }) }),

    /** A new notebook from the home page, named in its title dialog, open in the editor. */
    async newNotebook() {
      await page.goto(app.url);
      await page.getByRole('button', { name: t('home.new') }).click();
      const dialog = page.getByRole('dialog', { name: t('metadata.new.title') });
      await dialog.getByLabel(t('metadata.field.title')).fill('Communes');
      await dialog.getByRole('button', { name: t('metadata.new.create') }).click();
      await page.getByRole('toolbar', { name: t('editor.toolbar') }).waitFor();
      await waitForMonaco(page);
    },

    /** "Add a dataset" → "From a local file": the file chooser, then the name, then Pin. */
    async addFromComputer(file: string, buffer: Buffer, name: string) {
      await panel.getByRole('button', { name: t('data.add') }).click();
      const dialog = page.getByRole('dialog', { name: t('data.add.title') });
      await dialog.getByRole('radio', { name: t('data.add.fromFile') }).check();
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByLabel(t('data.add.file')).click();
      const xlsx = file.endsWith('.xlsx');
      // The system's file dialog offers only the kinds the page accepts.
      const accept = await (await chooser).element().getAttribute('accept');
      expect(accept?.split(',')).toContain(xlsx ? '.xlsx' : '.csv');
      await (await chooser).setFiles({ name: file, mimeType: xlsx ? MIME.xlsx : MIME.csv, buffer });
      const nameField = dialog.getByLabel(t('data.add.name'));
      await expect.poll(() => nameField.inputValue()).not.toBe('');
      await nameField.fill(name);
      await dialog.getByRole('button', { name: t('data.add.pin'), exact: true }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    },

    /** Replaces the code of cell `n` as a person types it, and runs it with Shift+Enter. */
    async typeAndRun(n: number, code: string) {
      await page.getByRole('textbox', { name: t('cell.codeLabel', { n }), exact: true }).focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(code);
      await page.keyboard.press('Shift+Enter');
    },

    async addCellBelow(n: number) {
      await page.getByRole('button', { name: t('cell.addBelowLabel', { n }) }).click();
      // Monaco's edit context is a hidden element: attached is what "the cell exists" means.
      await page
        .getByRole('textbox', { name: t('cell.codeLabel', { n: n + 1 }), exact: true })
        .waitFor({ state: 'attached' });
    },

    /** The type the card's column list gives column `column` ("inferred: decimal"). */
    columnType(card: Locator, column: string) {
      return card
        .getByRole('combobox', { name: t('data.column.typeOf', { column }) })
        .locator('option:checked')
        .innerText();
    },
  };
}

/** Narrows the page to a phone, shows `target`, checks nothing sticks out, saves a screenshot. */
async function phoneScreenshot(page: Page, target: Locator, file: string) {
  await page.setViewportSize(PHONE);
  await target.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, PHONE.width);
  await page.screenshot({ path: join(SCREENSHOTS, file) });
}

const want = expected();

describe.each<Language>(['en', 'fr'])('French portal files in the app (%s)', (language) => {
  it('a data scientist adds the Windows-1252 `;` file from the computer: a cell sums the population and reads the accented names; the issue’s file gives surface 1.83 as a number', async () => {
    const page = await app.page({ language });
    const { t, cell, card, newNotebook, addFromComputer, typeAndRun, addCellBelow, columnType } =
      helpers(page, language);
    await newNotebook();
    await addFromComputer(PORTAL_FILE.windows1252, portalFile(PORTAL_FILE.windows1252), 'communes');
    await typeAndRun(1, communesCell('communes'));
    const first = cell(1);
    await waitForOutput(first, 'rows:', new RegExp(`^rows: ${want.rows}$`), 30_000);
    expect(await waitForOutput(first, 'sum:', /^sum: \d+$/)).toBe(`sum: ${want.population}`);
    // “œ” in Chambœuf is byte 0x9C, which Latin-1 reads as a control character.
    expect(want.accented).toEqual(expect.arrayContaining(['Évry-Courcouronnes', 'Chambœuf']));
    expect(await waitForOutput(first, 'names:', /^names: ./)).toBe(
      `names: ${want.accented.join(', ')}`,
    );
    // The data panel reads the columns as a person would name their types.
    const communes = card('communes');
    const inferred = (key: MessageKey) => t('data.column.inferred', { type: t(key) });
    expect(await columnType(communes, 'population')).toBe(inferred('citizen.type.wholeNumber'));
    expect(await columnType(communes, 'surface_km2')).toBe(inferred('citizen.type.decimal'));
    expect(await columnType(communes, 'nom')).toBe(inferred('citizen.type.text'));

    await addFromComputer('paris-1er.csv', Buffer.from(ISSUE_FILE), 'paris');
    await addCellBelow(1);
    await typeAndRun(
      2,
      "const p = await dataset('paris');\ndisplay(md`surface: ${typeof p.get('surface_km2', 0)} ${p.get('surface_km2', 0)}`);\ndisplay(p);",
    );
    const second = cell(2);
    await waitForOutput(second, 'surface:', /^surface: number 1\.83$/, 30_000);
    // The table shows the number as the reader's language writes it.
    const shown = language === 'fr' ? '1,83' : '1.83';
    await second.getByRole('cell', { name: shown, exact: true }).waitFor();

    await phoneScreenshot(page, first, `portal-files-communes-${language}-phone.png`);
  });

  it('a decimal-comma column with one “NC” stays text, and the data panel says why', async () => {
    const page = await app.page({ language });
    const { t, cell, card, newNotebook, addFromComputer, typeAndRun, columnType } = helpers(
      page,
      language,
    );
    const bytes = portalFile(PORTAL_FILE.surfaceNotGiven);
    // The line of the one surface written "NC", counted in the file as a person would.
    const line =
      bytes
        .toString('latin1')
        .split('\r\n')
        .findIndex((l) => l.includes(';NC;')) + 1;
    expect(line).toBeGreaterThan(1);

    await newNotebook();
    await addFromComputer(PORTAL_FILE.surfaceNotGiven, bytes, 'communes');
    await typeAndRun(
      1,
      "const t = await dataset('communes');\ndisplay(md`surface: ${typeof t.get('surface_km2', 0)}`);\ndisplay(md`sum: ${t.rollup({ s: op.sum('population') }).get('s', 0)}`);",
    );
    await waitForOutput(cell(1), 'surface:', /^surface: string$/, 30_000);
    expect(await waitForOutput(cell(1), 'sum:', /^sum: \d+$/)).toBe(`sum: ${want.population}`);
    const communes = card('communes');
    expect(await columnType(communes, 'surface_km2')).toBe(
      t('data.column.inferred', { type: t('citizen.type.text') }),
    );
    const why = errorText(
      language,
      'column-not-number',
      { column: 'surface_km2', value: 'NC', line },
      'no text for column-not-number',
    );
    await communes.getByText(why).waitFor();
    // A file from the computer has no address: the card says so, and offers no check of it.
    await communes.getByText(t('data.state.noSource'), { exact: false }).waitFor();
    expect(await communes.getByRole('button', { name: t('data.check') }).count()).toBe(0);

    await phoneScreenshot(page, communes, `portal-files-surface-nc-${language}-phone.png`);
  });
});

describe('the Excel variant in the app', () => {
  it('added from the computer, gives the same sum and names as the CSV', async () => {
    const page = await app.page();
    const { cell, newNotebook, addFromComputer, typeAndRun } = helpers(page, 'en');
    await newNotebook();
    await addFromComputer(PORTAL_FILE.xlsx, portalFile(PORTAL_FILE.xlsx), 'communes');
    await typeAndRun(1, communesCell('communes'));
    const first = cell(1);
    await waitForOutput(first, 'rows:', new RegExp(`^rows: ${want.rows}$`), 30_000);
    expect(await waitForOutput(first, 'sum:', /^sum: \d+$/)).toBe(`sum: ${want.population}`);
    expect(await waitForOutput(first, 'names:', /^names: ./)).toBe(
      `names: ${want.accented.join(', ')}`,
    );
  });
});
