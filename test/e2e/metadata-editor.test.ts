/**
 * The metadata editor (issue 12): a person names a notebook, writes its summary, authors,
 * licence (with what the datasets' licences oblige beside it), language and transparency card,
 * in English or French; every field is checked, and the values go into the front matter, are
 * stored by autosave, survive a reload and travel in the downloaded file under a name made from
 * the title. The card's checklist opens the field it asks for; "New notebook" asks for a title.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { readerUrl, storedDrafts, waitForMonaco } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const SHA = '6d75e11261f8ca924fd3e58e32d3581da8a9aed5e24169d75aac3ad8a765a1a4';
const NOTEBOOK = `---
algobook: 1
id: city-air
title: City air
x-city: kept
datasets:
  cities:
    url: data/cities.csv
    format: csv
    sha256: ${SHA}
    license: ODbL-1.0
    source: Test city
---

The cities.

\`\`\`js
const cities = await dataset('cities');
\`\`\`
`;

const app = useApp({ notebooks: { 'city-air.algo.md': NOTEBOOK } });
type Messages = Record<keyof typeof en, string>;

/** A copy of the notebook in the editor, in the interface's language `m`. */
async function editCopy(page: Page, m: Messages): Promise<void> {
  await page.goto(readerUrl(app.url, `${app.fixtures.url}city-air.algo.md`));
  await page.getByRole('button', { name: m['reader.editCopy'] }).click();
  await page.getByRole('toolbar', { name: m['editor.toolbar'] }).waitFor();
  await waitForMonaco(page);
}

/** Opens the metadata editor from the notebook's header. */
async function openDetails(page: Page, m: Messages): Promise<Locator> {
  await page.getByRole('button', { name: m['metadata.open'] }).click();
  const dialog = page.getByRole('dialog', { name: m['metadata.title'] });
  await dialog.waitFor();
  return dialog;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** Clicks a download button of the Download panel; the file's name and text. */
async function download(page: Page, m: Messages): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: m['publish.download'], exact: true }).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: m['publish.download.md'] }).click();
  const file = await downloaded;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

function frontOf(text: string): Record<string, unknown> {
  return parseYaml(text.split(/^---$/m)[1]) as Record<string, unknown>;
}

const CARD = {
  purpose: 'Rank the districts by their air quality, to choose where to plant trees first.',
  contribution: 'One criterion among three.',
  automation: 'A person reviews every ranking.',
  legalBasis: 'Deliberation 2026-14 of the city council.',
  administration: 'City of Besançon, environment department.',
  contact: 'Environment department, air@besancon.example.org',
  updated: '2026-12-01',
};

describe('the metadata editor', () => {
  it(
    'writes every field into the front matter; they survive a reload and travel in the download',
    { timeout: 120_000 },
    async () => {
      const m = en;
      const page = await app.page({ context: { acceptDownloads: true } });
      await editCopy(page, m);
      const dialog = await openDetails(page, m);
      expect(await focusedId(page)).toBe('metadata-title');

      await dialog
        .getByLabel(m['metadata.field.title'], { exact: true })
        .fill('Qualité de l’air à Besançon');
      await dialog.getByLabel(m['metadata.field.summary']).fill('Air quality by district.');
      await dialog.getByRole('button', { name: m['metadata.field.addAuthor'] }).click();
      await page.keyboard.type('Ada Lovelace');
      await dialog.getByRole('button', { name: m['metadata.field.addAuthor'] }).click();
      await page.keyboard.type('Émile Zola');

      // The licence: searched among the common ones, chosen with the keyboard; beside it, what
      // the ODbL dataset obliges: EUPL-1.2 breaks its share-alike clause, ODbL-1.0 honours it.
      const licence = dialog.getByRole('combobox', { name: m['metadata.field.license'] });
      await licence.fill('european');
      await dialog.getByRole('option', { name: /EUPL-1\.2/ }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await licence.inputValue()).toBe('EUPL-1.2');
      await dialog.getByRole('listbox').waitFor({ state: 'hidden' });
      await dialog
        .getByRole('paragraph')
        .filter({ hasText: 'European Union Public Licence 1.2' })
        .waitFor();
      const obligations = dialog.getByRole('group', { name: m['metadata.field.datasetLicences'] });
      await obligations.getByRole('alert').waitFor();
      await licence.fill('odbl-1.0');
      await obligations.getByRole('alert').waitFor({ state: 'detached' });

      await dialog.getByLabel(m['metadata.field.lang']).selectOption('fr');
      for (const [key, value] of Object.entries(CARD))
        await dialog
          .getByLabel(m[`citizen.card.${key}` as keyof Messages], { exact: true })
          .fill(value);

      // A script address is refused, in words, and Save goes to the field instead of saving.
      const contact = dialog.getByLabel(m['citizen.card.contact'], { exact: true });
      await contact.fill('javascript:alert(1)');
      await dialog.getByRole('button', { name: m['metadata.save'] }).click();
      await dialog.getByText(m['metadata.error.contact']).waitFor();
      await dialog
        .getByRole('alert')
        .filter({ hasText: m['metadata.errors'].split('|')[0] })
        .waitFor();
      expect(await focusedId(page)).toBe('metadata-contact');
      expect(await contact.getAttribute('aria-invalid')).toBe('true');
      await contact.fill(CARD.contact);
      await dialog.getByRole('button', { name: m['metadata.save'] }).click();
      await dialog.waitFor({ state: 'hidden' });

      const heading = page.getByRole('heading', { level: 1, name: 'Qualité de l’air à Besançon' });
      await heading.waitFor();
      await page.getByText(m['editor.saved']).waitFor();
      expect(await page.title()).toBe('Qualité de l’air à Besançon · algobook');
      const [draft] = await storedDrafts(page);
      expect(draft.title).toBe('Qualité de l’air à Besançon');

      await page.reload();
      await heading.waitFor();
      const again = await openDetails(page, m);
      expect(await again.getByLabel(m['metadata.field.summary']).inputValue()).toBe(
        'Air quality by district.',
      );
      expect(
        await again
          .getByRole('textbox', { name: m['metadata.field.author'].replace('{n}', '2') })
          .inputValue(),
      ).toBe('Émile Zola');
      expect(await again.getByLabel(m['citizen.card.updated'], { exact: true }).inputValue()).toBe(
        CARD.updated,
      );
      await again.getByRole('button', { name: m['metadata.cancel'] }).click();
      await again.waitFor({ state: 'hidden' });

      const file = await download(page, m);
      expect(file.name).toBe('qualite-de-l-air-a-besancon.algo.md');
      const front = frontOf(file.text);
      expect(front).toMatchObject({
        id: expect.any(String),
        title: 'Qualité de l’air à Besançon',
        lang: 'fr',
        summary: 'Air quality by district.',
        authors: ['Ada Lovelace', 'Émile Zola'],
        license: 'ODbL-1.0',
        'x-city': 'kept',
        transparency: CARD,
      });
      expect(Object.keys(front.datasets as object)).toEqual(['cities']);
    },
  );

  it('speaks French, and refuses a title left empty in French, at a phone’s width', async () => {
    const m = fr;
    const page = await app.page({ language: 'fr', viewport: { width: 390, height: 844 } });
    await editCopy(page, m);
    const dialog = await openDetails(page, m);
    for (const label of [
      m['metadata.field.title'],
      m['metadata.field.summary'],
      m['metadata.field.lang'],
    ])
      await dialog.getByLabel(label, { exact: true }).waitFor();
    await dialog.getByRole('combobox', { name: m['metadata.field.license'] }).waitFor();
    await dialog.getByRole('group', { name: m['metadata.section.card'] }).waitFor();

    await dialog.getByLabel(m['metadata.field.title'], { exact: true }).fill('   ');
    await dialog.getByRole('combobox', { name: m['metadata.field.license'] }).fill('Ma licence');
    await dialog.getByRole('button', { name: m['metadata.save'] }).click();
    await dialog.getByText(m['metadata.error.required']).waitFor();
    await dialog.getByText(m['metadata.error.license']).waitFor();
    await dialog
      .getByRole('alert')
      .filter({ hasText: m['metadata.errors'].split('|')[1].replace('{count}', '2') })
      .waitFor();
    expect(await focusedId(page)).toBe('metadata-title');
    // Nothing was written: the header keeps the old title.
    await page.getByRole('heading', { level: 1, name: 'City air' }).waitFor();
    // The dialog fits the phone's width: nothing to scroll sideways.
    expect(
      await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth && d.clientWidth <= 390),
    ).toBe(true);
  });

  it('opens from a line of the card’s checklist with that field focused', async () => {
    const m = en;
    const page = await app.page();
    await editCopy(page, m);
    const checklist = page.locator('details.checklist');
    await checklist.locator('summary').click();
    const field = m['citizen.card.legalBasis'];
    await checklist
      .getByRole('button', { name: m['metadata.gap.fill'].replace('{field}', field) })
      .click();
    await page.getByRole('dialog', { name: m['metadata.title'] }).waitFor();
    expect(await focusedId(page)).toBe('metadata-legalBasis');

    // Filled in and saved, the line leaves the checklist.
    await page.keyboard.type('Deliberation 2026-14.');
    await page.getByRole('button', { name: m['metadata.save'] }).click();
    await checklist
      .getByRole('button', { name: m['metadata.gap.fill'].replace('{field}', field) })
      .waitFor({ state: 'detached' });
    await checklist
      .getByRole('button', {
        name: m['metadata.gap.fill'].replace('{field}', m['citizen.card.purpose']),
      })
      .waitFor();
  });

  it('asks a new notebook for its title, which names the draft and the download', async () => {
    const m = en;
    const page = await app.page({ context: { acceptDownloads: true } });
    await page.goto(app.url);
    await page.getByRole('button', { name: m['home.new'] }).click();
    const dialog = page.getByRole('dialog', { name: m['metadata.new.title'] });
    // The dialog's chunk loads on the first click (not with the home page).
    await dialog.waitFor();
    expect(await focusedId(page)).toBe('new-notebook-name');
    await dialog.getByRole('button', { name: m['metadata.new.create'] }).click();
    await dialog.getByRole('alert').filter({ hasText: m['metadata.error.required'] }).waitFor();

    await dialog.getByLabel(m['metadata.field.title']).fill('Budget participatif 2027');
    await dialog.getByRole('button', { name: m['metadata.new.create'] }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget participatif 2027' }).waitFor();
    await waitForMonaco(page);
    const file = await download(page, m);
    expect(file.name).toBe('budget-participatif-2027.algo.md');
    expect(frontOf(file.text).title).toBe('Budget participatif 2027');

    await page.goto(app.url);
    await page
      .getByRole('region', { name: m['home.drafts'] })
      .getByText('Budget participatif 2027')
      .waitFor();
  });
});
