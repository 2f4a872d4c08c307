import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cell, readerUrl, storedDrafts, waitForOutput } from './support/notebook.ts';
import { datasetCard, notebookText, rowsAndSum, sha256, waitForState } from './datasets-support.ts';
import { DIST } from './support/browser.ts';
import { useApp, type Language } from './support/use-app.ts';

// `npm start` (vite preview) answers every unknown path with index.html and a 200. A dataset
// whose file is not there is "not found" then, never "changed since pinned"; re-pinning never
// pins the page as data; "keep the pinned bytes" is remembered across reloads.
const ORIGINAL = 'code,n\n1,100\n2,200\n';
const CHANGED = 'code,n\n1,100\n2,200\n3,300\n';

/** What the host serves at the changing dataset's address: data, or its index.html. */
let changing: { body: string; type: string } = { body: ORIGINAL, type: 'text/csv' };

const pinned = (url: string, csv: string, extra: Record<string, unknown> = {}) => ({
  url,
  format: 'csv',
  sha256: sha256(csv),
  retrieved: '2026-01-02',
  ...extra,
});

const markdown = (text: string) => () => ({ type: 'text/markdown; charset=utf-8', body: text });
const app = useApp({
  spa: true,
  appRoutes: {
    // Its file is not on the host: the host answers its index.html.
    '/nb/missing.algo.md': markdown(
      notebookText({ sales: pinned('data/sales.csv', ORIGINAL) }, rowsAndSum('sales', 'n')),
    ),
    // A published version, so that the reader offers Verify.
    '/nb/published.algo.md': markdown(
      notebookText({ sales: pinned('data/sales.csv', ORIGINAL) }, rowsAndSum('sales', 'n'), {
        version: 1,
        results: [],
      }),
    ),
    '/nb/changing.algo.md': markdown(
      notebookText({ sales: pinned('data/changing.csv', ORIGINAL) }, rowsAndSum('sales', 'n')),
    ),
    '/nb/data/changing.csv': () => changing,
  },
});

beforeEach(() => {
  changing = { body: ORIGINAL, type: 'text/csv' };
});

const open = (page: Page, name: string) =>
  page.goto(readerUrl(app.url, `${app.url}nb/${name}.algo.md`));

const WORDS = {
  en: {
    notThere:
      /nb\/data\/sales\.csv is not there: the host answered with a web page \(HTML\) instead of the data\./,
    verify:
      /Dataset “sales”: http:\/\/127\.0\.0\.1:\d+\/nb\/data\/sales\.csv is not there \(not found\)\./,
    changed: /changed since/i,
    verifyButton: 'Verify',
    verification: 'Verification',
  },
  fr: {
    notThere:
      /nb\/data\/sales\.csv n’est pas là\u00a0: le serveur a répondu par une page web \(HTML\) au lieu des données\./,
    verify:
      /Jeu de données «\u00a0sales\u00a0»\u00a0: http:\/\/127\.0\.0\.1:\d+\/nb\/data\/sales\.csv est introuvable\./,
    changed: /a changé|changed since/i,
    verifyButton: 'Vérifier',
    verification: 'Vérification',
  },
} as const;

describe('a host that answers every path with index.html', () => {
  for (const language of ['en', 'fr'] as Language[]) {
    const words = WORDS[language];
    it(`says "not found" in the data panel, the cells and Verify, never "changed" (${language})`, async () => {
      const page = await app.page({ language });
      await open(page, 'missing');
      const card = page.getByRole('region', { name: /sales$/ }).first();
      const alert = card.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toMatch(words.notThere);
      expect(await card.innerText()).not.toMatch(words.changed);
      const first = page.getByRole('region', { name: /^(Cell|Cellule) 1$/ });
      await expect.poll(() => first.innerText(), { timeout: 20_000 }).toMatch(words.notThere);

      await open(page, 'published');
      await page.getByRole('button', { name: words.verifyButton, exact: true }).click();
      const panel = page.getByRole('region', { name: words.verification });
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(words.verify);
      expect(await panel.innerText()).not.toMatch(/serves other bytes|sert d’autres octets/);

      // The home page: no catalog here is no catalog, not a red error.
      await page.goto(app.url);
      const catalog = page.getByRole('region', {
        name: /Published on this site|Publiés sur ce site/,
      });
      await catalog.getByRole('paragraph').first().waitFor();
      expect(await catalog.getByRole('alert').count()).toBe(0);
    });
  }

  it('"Edit a copy re-pinned to the new bytes" refuses a web page: no draft pins it', async () => {
    changing = { body: CHANGED, type: 'text/csv' };
    const page = await app.page();
    await open(page, 'changing');
    const card = datasetCard(page, 'sales');
    const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
    await alert.waitFor({ timeout: 20_000 });
    // Meanwhile the file goes away: the host answers its page.
    changing = { body: await readFile(join(DIST, 'index.html'), 'utf8'), type: 'text/html' };
    await alert.getByRole('button', { name: 'Edit a copy re-pinned to the new bytes' }).click();
    const refused = page
      .getByRole('region', { name: 'Data', exact: true })
      .getByRole('alert')
      .filter({ hasText: 'is not there: the host answered with a web page (HTML)' });
    await refused.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('toolbar', { name: 'Notebook' }).count()).toBe(0);
    expect(await storedDrafts(page)).toEqual([]);
  });

  it('"Keep using the pinned bytes" survives a reload, and "Ask again" undoes it', async () => {
    const page = await app.page();
    await open(page, 'changing');
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 300$/);
    changing = { body: CHANGED, type: 'text/csv' };
    await page.reload();
    const card = datasetCard(page, 'sales');
    const alert = card.getByRole('alert').filter({ hasText: 'changed since it was pinned' });
    await alert.waitFor({ timeout: 20_000 });
    await alert.getByRole('button', { name: 'Keep using the pinned bytes from the cache' }).click();
    await waitForState(card, /the pinned bytes from the cache are used/);

    await page.reload();
    await waitForState(card, /the pinned bytes from the cache are used/, 20_000);
    expect(await alert.count()).toBe(0);
    expect(await waitForOutput(cell(page, 3), 'sum:', /^sum: /)).toBe('sum: 300');

    await card
      .getByRole('button', { name: 'Ask again about the change of dataset "sales"' })
      .click();
    await alert.waitFor();
    await page.reload();
    await alert.waitFor({ timeout: 20_000 });
  });
});
