/**
 * The card's register fields (issue 16) in the browser: the reader's card says the status in
 * words, the start month in the reader's language, the organisation, theme, risks and human
 * review, and how complete it is, in English and French and on a phone; the metadata editor
 * writes status, start month and organisation into the file, whose card then shows them, and
 * keeps a stored day; a status the format does not know is refused with its key and line.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { waitForMonaco } from './support/notebook.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { useApp } from './support/use-app.ts';

type Messages = Record<keyof typeof en, string>;

const BODY = `
Count the files.

\`\`\`js indicator title="Files"
1 + 1
\`\`\`
`;

/** Every author field but contact and updated, and the four optional ones. */
const FULL = `---
algobook: 1
id: aide-logement
title: Aide au logement
transparency:
  purpose: Rank the housing applications
  contribution: One criterion among three
  automation: An agent reviews every ranking
  legalBasis: Délibération 2026-14
  organisation: Ville de Lyon
  administration: Direction de l'habitat
  status: in-use
  begin: 2024-03-15
  theme: Logement
  risks: A wrong rank delays an application
  humanReview: Un agent relit chaque dossier
---
${BODY}`;

/** Nothing but a purpose: the required fields say "not given", the optional ones are absent. */
const BARE = `---
algobook: 1
id: bare
title: Bare
transparency:
  purpose: Count
---
${BODY}`;

/** A status the format does not know, on line 7. */
const MAYBE = `---
algobook: 1
id: maybe
title: Maybe
transparency:
  purpose: Count
  status: maybe
---
${BODY}`;

const app = useApp({
  notebooks: { 'full.algo.md': FULL, 'bare.algo.md': BARE, 'maybe.algo.md': MAYBE },
});

async function openCard(page: Page, m: Messages) {
  // The key result's value comes in above the card with the first output, moving its heading
  // down by a line: a click in that moment can land on what was there before (once in CI).
  await page
    .getByRole('region', { name: m['citizen.indicators'] })
    .locator('.output[data-kind]')
    .first()
    .waitFor();
  await page.getByText(m['citizen.card'], { exact: true }).click();
  const card = page.locator('.card-part');
  await card.getByText(m['citizen.cardIntro']).waitFor();
  return card;
}

const fieldText = async (card: ReturnType<Page['locator']>, field: string) =>
  (await card.locator(`dd[data-field="${field}"]`).innerText()).trim();

/** Nine author fields, the key result and its step: 11 items, contact and updated missing. */
const FILLED = 9;
const TOTAL = 11;

describe.each([
  ['English', 'en', en, 'March 2024', `Completeness: ${FILLED} of ${TOTAL} fields`],
  ['French', 'fr', fr, 'mars 2024', `Complétude\u00a0: ${FILLED} champs sur ${TOTAL}`],
] as const)('in %s', (_, language, m, month, completeness) => {
  it('the card shows the register fields, the status in words and the start month', async () => {
    const page = await app.read('full.algo.md', { language });
    const card = await openCard(page, m);
    expect(await fieldText(card, 'status')).toBe(m['citizen.status.in-use']);
    expect(await fieldText(card, 'begin')).toBe(month);
    expect(await card.locator('dd[data-field="begin"] time').getAttribute('datetime')).toBe(
      '2024-03-15',
    );
    expect(await fieldText(card, 'organisation')).toBe('Ville de Lyon');
    expect(await fieldText(card, 'theme')).toBe('Logement');
    expect(await fieldText(card, 'risks')).toBe('A wrong rank delays an application');
    expect(await fieldText(card, 'humanReview')).toBe('Un agent relit chaque dossier');
    for (const field of ['status', 'begin', 'organisation', 'theme', 'risks', 'humanReview']) {
      const label = await card
        .locator(`dd[data-field="${field}"]`)
        .evaluate((dd) => dd.previousElementSibling?.textContent?.trim());
      expect(label, field).toBe(m[`citizen.card.${field}` as keyof Messages]);
    }
    // The completeness line, and what is missing in the checklist's words.
    const line = card.locator('[data-completeness]');
    expect((await line.locator('p').first().innerText()).trim()).toBe(completeness);
    const gaps = await line.locator('li').allInnerTexts();
    expect(gaps).toEqual(
      ['contact', 'updated'].map((key) =>
        m['metadata.gap.field'].replace('{field}', m[`citizen.card.${key}` as keyof Messages]),
      ),
    );
  });

  it('leaves out the optional fields not written, and says the required ones are not given', async () => {
    const page = await app.read('bare.algo.md', { language });
    const card = await openCard(page, m);
    expect(await fieldText(card, 'organisation')).toBe(m['citizen.card.notGiven']);
    expect(await fieldText(card, 'status')).toBe(m['citizen.card.notGiven']);
    for (const field of ['begin', 'theme', 'risks', 'humanReview'])
      expect(await card.locator(`dd[data-field="${field}"]`).count(), field).toBe(0);
    const gaps = await card.locator('[data-completeness] li').allInnerTexts();
    expect(gaps.join('\n')).toContain(m['citizen.card.organisation']);
    expect(gaps.join('\n')).toContain(m['citizen.card.status']);
  });

  it('fits a 390 px phone', async () => {
    const page = await app.read('full.algo.md', {
      language,
      viewport: { width: 390, height: 844 },
    });
    const card = await openCard(page, m);
    await card.locator('[data-completeness] li').first().waitFor();
    await expectNoSidewaysScroll(page, 390);
  });
});

describe('the metadata editor and the register fields', () => {
  it(
    'writes status, start month and organisation; the file’s card shows them',
    { timeout: 120_000 },
    async () => {
      const m = en;
      const page = await app.edit('bare.algo.md', { context: { acceptDownloads: true } });
      await waitForMonaco(page);
      await page.getByRole('button', { name: m['metadata.open'] }).click();
      const dialog = page.getByRole('dialog', { name: m['metadata.title'] });
      await dialog.waitFor();
      const status = dialog.getByLabel(m['citizen.card.status'], { exact: true });
      // The three values in words, after an empty choice.
      expect(await status.locator('option').allInnerTexts()).toEqual([
        m['metadata.field.statusNone'],
        m['citizen.status.development'],
        m['citizen.status.in-use'],
        m['citizen.status.retired'],
      ]);
      await status.selectOption({ label: m['citizen.status.development'] });
      const begin = dialog.getByLabel(m['citizen.card.begin'], { exact: true });
      expect(await begin.getAttribute('type')).toBe('month');
      await begin.fill('2025-09');
      await dialog
        .getByLabel(m['citizen.card.organisation'], { exact: true })
        .fill('Métropole de Lyon');
      await dialog.getByLabel(m['citizen.card.theme'], { exact: true }).fill('Habitat');
      await dialog.getByRole('button', { name: m['metadata.save'] }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The checklist no longer asks for them.
      const checklist = page.locator('details.checklist');
      await checklist.locator('summary').click();
      for (const field of ['organisation', 'status'] as const)
        await checklist
          .getByRole('button', {
            name: m['metadata.gap.fill'].replace('{field}', m[`citizen.card.${field}`]),
          })
          .waitFor({ state: 'detached' });

      const text = await downloadFile(page, m);
      expect(text).toContain(
        [
          'transparency:',
          '  purpose: Count',
          '  status: development',
          '  begin: 2025-09',
          '  organisation: Métropole de Lyon',
          '  theme: Habitat',
        ].join('\n'),
      );
      // Read again, the file's card says them.
      const reader = await app.read(app.serve('written.algo.md', text));
      const card = await openCard(reader, m);
      expect(await fieldText(card, 'status')).toBe('In development');
      expect(await fieldText(card, 'begin')).toBe('September 2025');
      expect(await fieldText(card, 'organisation')).toBe('Métropole de Lyon');
      expect(await fieldText(card, 'theme')).toBe('Habitat');
    },
  );

  it('keeps a stored day when the month is left as it was', { timeout: 120_000 }, async () => {
    const m = en;
    const page = await app.edit('full.algo.md', { context: { acceptDownloads: true } });
    await waitForMonaco(page);
    await page.getByRole('button', { name: m['metadata.open'] }).click();
    const dialog = page.getByRole('dialog', { name: m['metadata.title'] });
    await dialog.waitFor();
    const begin = dialog.getByLabel(m['citizen.card.begin'], { exact: true });
    expect(await begin.inputValue()).toBe('2024-03');
    expect(await dialog.getByLabel(m['citizen.card.status'], { exact: true }).inputValue()).toBe(
      'in-use',
    );
    await dialog.getByLabel(m['citizen.card.organisation'], { exact: true }).fill('Ville de Paris');
    // Touched but set back to its month: still the stored day.
    await begin.fill('2024-04');
    await begin.fill('2024-03');
    await dialog.getByRole('button', { name: m['metadata.save'] }).click();
    await dialog.waitFor({ state: 'hidden' });
    const text = await downloadFile(page, m);
    expect(text).toContain('  organisation: Ville de Paris\n');
    expect(text).toContain('  begin: 2024-03-15\n');
  });
});

describe('a status the format does not know', () => {
  it('is refused in the page, naming the key and its line', async () => {
    const page = await app.read('maybe.algo.md');
    await page
      .getByText(
        'Line 7: `transparency.status` must be one of `development`, `in-use`, `retired`, not "maybe"',
      )
      .waitFor();
    const fr_ = await app.read('maybe.algo.md', { language: 'fr' });
    await fr_
      .getByText(
        'Ligne 7\u00a0: `transparency.status` doit valoir `development`, `in-use`, `retired`, pas "maybe"',
      )
      .waitFor();
  });
});

/** The notebook's file, from the editor's Download panel. */
async function downloadFile(page: Page, m: Messages): Promise<string> {
  await page.getByRole('button', { name: m['publish.download'], exact: true }).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: m['publish.download.md'] }).click();
  const file = await downloaded;
  return readFile((await file.path())!, 'utf8');
}
