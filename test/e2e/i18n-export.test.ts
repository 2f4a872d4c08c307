/**
 * The standalone web page a French reader downloads is in French: its labels, its numbers and
 * algobook's own errors; the notebook's own words and errors stay as written.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { englishLabelsIn, exportText } from '../support/export-english.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe('the HTML export, in French', () => {
  it("is written in the reader's language, errors of algobook's own included", async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${fixtures.url}i18n-errors.algo.md`));
      const errors = page.getByRole('group', { name: 'Erreur', exact: true });
      await expect.poll(() => errors.count(), { timeout: 20_000 }).toBe(13);
      await page.getByRole('button', { name: 'Télécharger', exact: true }).click();
      const downloaded = page.waitForEvent('download', { timeout: 30_000 });
      await page.getByRole('button', { name: 'Page web (.html)' }).click();
      const html = await readFile(await (await downloaded).path(), 'utf8');

      // Its labels are the core's French ones (test/core/publish/html-export-lang.test.ts).
      expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
      expect(html).toContain('nowhere n’est pas défini');
      expect(html).toContain('dup est défini plusieurs fois (cellules 4 et 5)');
      // The notebook's own words and its own error stay as written.
      expect(html).toContain('Every kind of error');
      expect(html).toContain('The author wrote this');
      // What the page says around the notebook's own code and names.
      const options = { loneWords: false, withoutCode: true };
      expect(englishLabelsIn(html, options)).toEqual([]);
      expect(exportText(html, options)).not.toContain('is not defined');
    } finally {
      await context.close();
    }
  });
});
