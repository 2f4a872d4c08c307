/**
 * In the editor, the transparency-card checklist lists what the card still lacks before
 * publishing, in English and French: the author fields missing from the front matter, and the
 * steps of the key results with no text before them (derived independently from the file); an
 * example with a complete card says so.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expected, CARD_FIELDS, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  async function checklistOf(page: Page, name: string) {
    await page.goto(`${app.server.url}#/example/${name}.algo.md`);
    await page.getByRole('button', { name: m['reader.editCopy'] }).click();
    await page.getByRole('toolbar', { name: m['editor.toolbar'] }).waitFor();
    return page.locator('details.checklist');
  }

  it('lists what the Paris card lacks', async () => {
    const want = expected('paris-arrondissements');
    const page = await app.page({ locale });
    const checklist = await checklistOf(page, 'paris-arrondissements');
    const given = want.front.transparency ?? {};
    const fields = CARD_FIELDS.filter((f) => !given[f]);
    const keys = want.cells.filter((c) => c.kind === 'indicator');
    const used = [...new Set(keys.flatMap((k) => want.ancestors(k.index)))].sort((a, b) => a - b);
    const unexplained = used.filter(
      (i) => want.cells[i].kind !== 'parameter' && want.cells[i - 1]?.code !== false,
    );
    const count = fields.length + unexplained.length;
    expect(count).toBeGreaterThan(0);
    await checklist
      .getByText(m['citizen.checklistCount'].split('|')[1].replace('{count}', String(count)))
      .waitFor();
    await checklist.locator('summary').click();
    const items = await checklist.locator('li').allInnerTexts();
    expect(items).toEqual([
      // Each missing field is a button that opens the metadata editor at it.
      ...fields.map((f) => m['metadata.gap.fill'].replace('{field}', m[`citizen.card.${f}`])),
      ...unexplained.map((i) =>
        m['citizen.gap.operationProse'].replace('{n}', String(i + 1)).replace(/`/g, ''),
      ),
    ]);
  });

  it('says the air-quality card is complete', async () => {
    const page = await app.page({ locale });
    const checklist = await checklistOf(page, 'indice-atmo');
    await checklist.getByText(m['citizen.checklistDone']).waitFor();
    expect(await checklist.locator('li').count()).toBe(0);
  });
});
