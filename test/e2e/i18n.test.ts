/**
 * The French interface is complete: once French is chosen, no English message of the app's own
 * (src/app/i18n/en.ts) is left on the home page, the reader or the editor. The notebook's own
 * text is not translated and is left out of the check.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readerUrl, waitForMonaco } from './support/notebook.ts';
import { englishIn } from './support/english.ts';
import { interfaceText } from './support/interface-text.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

/** The English messages found in the page's interface, as `key: text`. */
async function englishLeft(page: Page): Promise<string[]> {
  return englishIn(await interfaceText(page));
}

async function chooseLanguage(page: Page, label: 'Language' | 'Langue', locale: 'en' | 'fr') {
  await page.getByRole('combobox', { name: label }).selectOption(locale);
}

async function newPage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

async function openShowcase(page: Page): Promise<void> {
  await page.goto(readerUrl(app.server.url, `${fixtures.url}showcase.algo.md`));
  await page.getByRole('region', { name: 'Table: 200 rows' }).waitFor();
  await page.getByRole('button', { name: 'Download PNG' }).waitFor();
  await page.getByRole('group', { name: 'Error' }).waitFor();
}

describe('the French interface', () => {
  it('replaces every English message of the home page, its list of drafts included, when Français is chosen', async () => {
    const page = await app.newPage();
    try {
      // A draft, so that the home page lists it with its date and a Delete button. (Not a new
      // notebook: its title, "Untitled notebook", would be the notebook's own text.)
      await openShowcase(page);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
      await page.getByRole('link', { name: 'algobook' }).click();
      await page.getByRole('button', { name: 'Delete Every kind of output' }).waitFor();
      const english = await englishLeft(page);
      expect(english).toContain('home.new: New notebook');
      expect(english).toContain('home.delete: Delete');

      await chooseLanguage(page, 'Language', 'fr');
      await page.getByRole('heading', { level: 1, name: 'Carnets' }).waitFor();
      await page.getByRole('button', { name: 'Nouveau carnet' }).waitFor();
      await page.getByText(/^enregistré le /).waitFor();
      expect(await englishLeft(page)).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await page.context().close();
    }
  });

  it('replaces every English message of the reader, outputs included, when Français is chosen', async () => {
    const page = await app.newPage();
    try {
      await openShowcase(page);
      await page.getByText('Code', { exact: true }).first().click();
      expect(await englishLeft(page)).toContain('reader.editCopy: Edit a copy');

      await chooseLanguage(page, 'Language', 'fr');
      await page.getByRole('button', { name: 'Modifier une copie' }).waitFor();
      await page.getByRole('region', { name: 'Tableau\u00a0: 200 lignes' }).waitFor();
      await page.getByRole('button', { name: 'Télécharger en PNG' }).waitFor();
      await page.getByRole('group', { name: 'Erreur' }).waitFor();
      expect(await englishLeft(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('replaces every English message of the editor, Monaco and the shortcuts help included, when Français is chosen', async () => {
    const page = await app.newPage();
    try {
      await openShowcase(page);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
      await waitForMonaco(page);
      await page.getByRole('region', { name: 'Table: 200 rows' }).waitFor();
      expect(await englishLeft(page)).toContain('editor.runAll: Run all');

      await chooseLanguage(page, 'Language', 'fr');
      await page.getByRole('toolbar', { name: 'Carnet' }).waitFor();
      await page.getByRole('button', { name: 'Tout exécuter' }).waitFor();
      await page
        .getByRole('textbox', { name: 'Code de la cellule 2', exact: true })
        .waitFor({ state: 'attached' });
      expect(await englishLeft(page)).toEqual([]);

      await page.getByRole('button', { name: 'Raccourcis clavier' }).click();
      const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
      await help.waitFor();
      await help.getByText('Maj+Entrée').first().waitFor();
      expect(await englishLeft(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is kept when the page is reloaded, and sets the language of the document', async () => {
    const page = await app.newPage();
    try {
      await page.goto(app.server.url);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await chooseLanguage(page, 'Language', 'fr');
      await page.getByRole('heading', { level: 1, name: 'Carnets' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Carnets' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');

      await chooseLanguage(page, 'Langue', 'en');
      await page.getByRole('heading', { level: 1, name: 'Notebooks' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    } finally {
      await page.context().close();
    }
  });

  it('words a notebook file that cannot be read, its line and what is wrong, in French', async () => {
    const page = await newPage(app.browser, 'fr-FR');
    try {
      await page.goto(readerUrl(app.server.url, `${fixtures.url}malformed.algo.md`));
      await page.getByText('Ce fichier n’est pas un carnet valide.', { exact: false }).waitFor();
      await page
        .getByText(/Ligne 9\u00a0: bloc de code ouvert ici \(```js\) jamais fermé/)
        .waitFor();
      expect(await englishLeft(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('words the errors of cells in French, and leaves the notebook’s own error as thrown', async () => {
    const page = await newPage(app.browser, 'fr-FR');
    try {
      // errors.algo.md: a syntax error, the notebook's own TypeError, a duplicate, a cycle.
      await page.goto(readerUrl(app.server.url, `${fixtures.url}errors.algo.md`));
      const errors = page.getByRole('group', { name: 'Erreur', exact: true });
      await expect.poll(() => errors.count(), { timeout: 20_000 }).toBe(6);
      await page.getByText('dup est défini plusieurs fois (cellules 6 et 7)').first().waitFor();
      expect(await englishLeft(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is where a browser set to French starts', async () => {
    const page = await newPage(app.browser, 'fr-FR');
    try {
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1, name: 'Carnets' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
      expect(await englishLeft(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
