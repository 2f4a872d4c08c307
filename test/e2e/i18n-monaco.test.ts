/**
 * Monaco's own interface speaks the interface's language: its find widget and its context menu
 * are in French when the page is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl, waitForMonaco } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

/** Opens the errors fixture in the editor, in a browser set to `locale`. */
async function openEditor(locale: string, editLabel: string, codeLabel: string): Promise<Page> {
  const context = await app.browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(readerUrl(app.server.url, `${fixtures.url}errors.algo.md`));
  await page.getByRole('button', { name: editLabel }).click();
  await waitForMonaco(page);
  await page.getByRole('textbox', { name: codeLabel, exact: true }).focus();
  return page;
}

describe("Monaco's own interface", () => {
  it('is in French when the interface is: find widget and context menu', async () => {
    const page = await openEditor('fr-FR', 'Modifier une copie', 'Code de la cellule 2');
    try {
      await page.keyboard.press('ControlOrMeta+F');
      await page.getByRole('textbox', { name: 'Rechercher', exact: true }).waitFor();
      await page.keyboard.press('Escape');

      await page.locator('.monaco-editor .view-lines').first().click({ button: 'right' });
      const menu = page.getByRole('menu');
      await menu.first().waitFor();
      const items = await page.getByRole('menuitem').allInnerTexts();
      expect(items.join('\n')).toMatch(/Couper|Copier|Coller/);
      expect(items.join('\n')).not.toMatch(/\b(Cut|Copy|Paste)\b/);
    } finally {
      await page.context().close();
    }
  });

  it('stays in English when the interface is', async () => {
    const page = await openEditor('en-US', 'Edit a copy', 'Code of cell 2');
    try {
      await page.keyboard.press('ControlOrMeta+F');
      await page.getByRole('textbox', { name: 'Find', exact: true }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Rechercher', exact: true }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
