/**
 * The standalone web page a reader downloads shows the transparency card as the app does, opened
 * as the file it is: words for keys, cells numbered and linked as in the app, the author's
 * Markdown rendered, readable dates, and a hostile notebook's `javascript:` source left as text.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { useApp, type Language } from './support/use-app.ts';

const CITIES = await readFile(new URL('./fixtures/data/cities.csv', import.meta.url));
const SHA = (await import('node:crypto')).createHash('sha256').update(CITIES).digest('hex');

const NOTEBOOK = `---
algobook: 1
id: city-card
title: Cities, with a card
datasets:
  cities:
    source: javascript:alert(document.domain)
    url: data/cities.csv
    format: csv
    sha256: ${SHA}
    license: etalab-2.0
    retrieved: 2026-11-25
transparency:
  updated: 2026-12-01
  purpose: Count the people of the cities
  contact: algo@example.org
---

## The cities

\`\`\`js
const cities = await dataset('cities');
\`\`\`

## Total population

Sum the **population** of [every city](https://example.org/cities).

\`\`\`js indicator
md\`Total: \${cities.rollup({ total: op.sum('population') }).get('total', 0)}\`
\`\`\`
`;

const app = useApp({ notebooks: { 'card.algo.md': NOTEBOOK } });
const saved: string[] = [];
afterAll(() => Promise.all(saved.map((dir) => rm(dir, { recursive: true, force: true }))));

const WORDS = {
  en: {
    download: 'Download',
    page: 'Web page (.html)',
    card: 'Transparency card',
    cell: 'Cell 4',
    date: 'November 25, 2026',
    missing: 'Not given by the author',
  },
  fr: {
    download: 'Télécharger',
    page: 'Page web (.html)',
    card: 'Fiche de transparence',
    cell: 'Cellule 4',
    date: '25 novembre 2026',
    missing: 'Non indiqué par l’auteur',
  },
} as const;

/** Reads the notebook, downloads its web page and opens that file; the page showing it. */
async function exported(language: Language, viewport = { width: 1280, height: 900 }) {
  const words = WORDS[language];
  const page = await app.page({ language, viewport });
  await page.goto(readerUrl(app.server.url, `${app.fixtures.url}card.algo.md`));
  await page
    .getByText(/^Total: \d+$/)
    .first()
    .waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: words.download, exact: true }).click();
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: words.page }).click();
  // Saved under its own name, as a browser saves it: a `.html` file opens as a page.
  const download = await downloaded;
  const path = join(
    await mkdtemp(join(tmpdir(), 'algobook-export-')),
    download.suggestedFilename(),
  );
  await download.saveAs(path);
  const file = await app.page({ language, viewport });
  await file.goto(pathToFileURL(path).href);
  return { file, words, card: file.getByRole('region', { name: words.card }) };
}

/** Whether the page is wider than its window (a phone would scroll sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the transparency card of the downloaded web page', () => {
  it('reads as the app shows it, its steps linked to cells numbered as in the app', async () => {
    const { file, words, card } = await exported('en');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Purpose\nCount the people of the cities');
    expect(text).toContain(`Contribution to the decision\n${words.missing}`);
    expect(text).toContain(`Retrieved\n${words.date}`);
    expect(text).toContain('Updated\nDecember 1, 2026');
    // No key of the card's JSON, no raw Markdown, no cell counted from 0.
    expect(text).not.toMatch(/Sha256|\bUrl\b|legalBasis|\*\*|##|\bCell 0\b/);
    expect(await card.locator('strong', { hasText: 'population' }).count()).toBe(1);
    expect(await card.getByRole('link', { name: 'every city' }).getAttribute('href')).toBe(
      'https://example.org/cities',
    );
    expect(await card.getByRole('link', { name: 'algo@example.org' }).getAttribute('href')).toBe(
      'mailto:algo@example.org',
    );

    // The hostile source stays text: nothing on the page links to a script.
    await card.getByText('javascript:alert(document.domain)', { exact: true }).waitFor();
    expect(await file.locator('a[href^="javascript:" i]').count()).toBe(0);

    // The step is named by the author's heading, as the app names it, and leads to its cell.
    await card.getByRole('link', { name: 'Total population' }).click();
    expect(new URL(file.url()).hash).toBe('#cell-4');
    const cell = file.getByRole('region', { name: words.cell });
    expect(await cell.innerText()).toMatch(/Total: \d+/);
    expect(await cell.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
  });

  it('is in French for a French reader, and fits a phone', async () => {
    const { file, words, card } = await exported('fr', { width: 390, height: 844 });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(words.date);
    expect(text).toContain(words.missing);
    expect(await card.getByRole('link', { name: 'Total population' }).count()).toBe(1);
    expect(await overflows(file)).toBe(false);
  });
});
