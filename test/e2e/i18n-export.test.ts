/**
 * The standalone web page a French reader downloads is in French: its labels, its numbers and
 * algobook's own errors; the notebook's own words and errors stay as written.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './support/browser.ts';
import type { StaticServer } from './support/static-server.ts';
import { readerUrl, serveFixtures } from './support/notebook.ts';
import { EXPORT_LABELS } from '../../src/core/publish/export-labels.ts';

let app: AppHarness;
let fixtures: StaticServer;

beforeAll(async () => {
  [app, fixtures] = await Promise.all([startApp(), serveFixtures()]);
});
afterAll(async () => {
  await Promise.all([app?.close(), fixtures?.close()]);
});

/** The export's English labels that French words differently, as whole words. */
const ENGLISH = Object.entries(EXPORT_LABELS.en)
  .filter(([key, text]) => text !== EXPORT_LABELS.fr[key as keyof typeof EXPORT_LABELS.fr])
  .flatMap(([, text]) => text.replace(/<[^>]+>/g, '').split(/\{\w+\}|\|/))
  .map((part) => part.trim())
  // A lone lowercase word ("rows", "dataset") may be a name of the notebook's own.
  .filter((part) => part.length >= 4 && (/\s/.test(part) || /^\p{Lu}/u.test(part)))
  .map((part) => {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u');
  });

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

      expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
      expect(html).toContain('<summary>Code de la cellule 1</summary>');
      expect(html).toContain('<h2>Jeux de données</h2>');
      expect(html).toContain('nowhere n’est pas défini');
      expect(html).toContain('dup est défini plusieurs fois (cellules 4 et 5)');
      // The notebook's own words and its own error stay as written.
      expect(html).toContain('Every kind of error');
      expect(html).toContain('The author wrote this');
      // What the page says around the notebook's own code and names.
      const text = html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<pre>[\s\S]*?<\/pre>/g, '')
        .replace(/<code>[\s\S]*?<\/code>/g, '')
        .replace(/<[^>]*>/g, ' ');
      for (const english of ENGLISH) expect(text).not.toMatch(english);
      expect(text).not.toContain('is not defined');
    } finally {
      await context.close();
    }
  });
});
