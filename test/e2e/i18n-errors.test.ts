/**
 * algobook's own errors shown in cells are worded in the reader's language: a French reader
 * meets no English sentence of the runtime's (syntax, names, cycles, datasets, inputs, charts,
 * a failed input), while an error the notebook's own code throws is shown as it was thrown.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from './support/notebook.ts';
import { englishIn } from './support/english.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

// i18n-errors.algo.md: 13 code cells, each failing; the last throws the author's own error.
const FAILING = 13;

/** Each error box of the page: its code (if algobook's own), title and message. */
async function errors(page: Page, label: string) {
  const boxes = page.getByRole('group', { name: label, exact: true });
  await expect.poll(() => boxes.count(), { timeout: 20_000 }).toBe(FAILING);
  return boxes.evaluateAll((elements) =>
    elements.map((element) => ({
      code: element.getAttribute('data-code'),
      title: element.querySelector('.name')?.textContent ?? '',
      message: element.querySelector('.message')?.textContent ?? '',
    })),
  );
}

async function open(locale: string): Promise<Page> {
  const context = await app.browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(readerUrl(app.server.url, `${fixtures.url}i18n-errors.algo.md`));
  return page;
}

describe('errors in cells, in French', () => {
  it('are worded in French, each kind of them, with no English sentence left', async () => {
    const page = await open('fr-FR');
    try {
      const shown = await errors(page, 'Erreur');
      const own = shown.filter((e) => e.code !== null);
      expect(own.map((e) => e.code).sort()).toEqual(
        [
          'chart-not-spec',
          'circular-definition',
          'circular-definition',
          'csv-unclosed-quote',
          'duplicate-definition',
          'duplicate-definition',
          'input-failed',
          'inputs-range-extent',
          'syntax-unexpected-token',
          'undefined-name',
          'unknown-dataset',
          'view-not-input',
        ].sort(),
      );
      expect(englishIn(own.flatMap((e) => [e.title, e.message]))).toEqual([]);
      const messages = own.map((e) => e.message);
      expect(messages).toContain('nowhere n’est pas défini');
      expect(messages).toContain('dup est défini plusieurs fois (cellules 4 et 5)');
      expect(messages).toContain(
        'Le jeu de données «\u00a0broken\u00a0» n’a pas pu être lu en csv\u00a0: le champ entre guillemets qui commence ligne 2 n’est jamais fermé',
      );
      expect(messages).toContain(
        'l’entrée «\u00a0rows\u00a0» a échoué\u00a0: Le jeu de données «\u00a0broken\u00a0» n’a pas pu être lu en csv\u00a0: le champ entre guillemets qui commence ligne 2 n’est jamais fermé',
      );
      expect(own.map((e) => e.title)).toContain('Nom inconnu');

      // The notebook's own error is its own text: shown as it was thrown.
      const author = shown.filter((e) => e.code === null);
      expect(author).toEqual([{ code: null, title: 'Error', message: 'The author wrote this' }]);
    } finally {
      await page.context().close();
    }
  });

  it('switch language with the interface, and read in English as the command line does', async () => {
    const page = await open('fr-FR');
    try {
      await errors(page, 'Erreur');
      await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
      const shown = await errors(page, 'Error');
      const messages = shown.map((e) => e.message);
      expect(messages).toContain('nowhere is not defined');
      expect(messages).toContain('dup is defined more than once (cells 4 and 5)');
      expect(messages).toContain(
        'input "rows" failed: Dataset "broken" could not be read as csv: the quoted field that starts on line 2 is never closed',
      );
    } finally {
      await page.context().close();
    }
  });
});
