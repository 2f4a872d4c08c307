/**
 * The examples in French: a French reader is listed and opens the French texts, the English one
 * is a click away (and back), on a phone too; both versions show the same computed values.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { settled } from './citizen-support.ts';
import { oneVersionListing } from './fixtures/publish/listing.ts';
import type { ExampleEntry } from '../../vite/example-index.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

const index: ExampleEntry[] = JSON.parse(await readFile(join(DIST, 'examples/index.json'), 'utf8'));
const frenchOf = (entry: ExampleEntry) => entry.translations.find((t) => t.lang === 'fr')!;
const atmo = index.find((entry) => entry.id === 'indice-atmo')!;

function frenchPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  return app.page({ language: 'fr', viewport });
}

const title = (page: Page) => page.locator('.nb-header h1').textContent();

describe('the examples for a French reader', () => {
  it('the home page lists the French titles and opens the French text', async () => {
    const page = await frenchPage();
    try {
      await page.goto(app.server.url);
      const list = page.getByRole('region', { name: 'Exemples' });
      await expect.poll(() => list.getByRole('link').count()).toBe(index.length);
      const links = await list.getByRole('link').all();
      const shown = await Promise.all(
        links.map(async (link) => ({
          title: await link.textContent(),
          href: await link.getAttribute('href'),
          lang: await link.getAttribute('lang'),
        })),
      );
      expect(shown).toEqual(
        index.map((entry) => ({
          title: frenchOf(entry).title,
          href: `#/example/${encodeURIComponent(frenchOf(entry).file)}`,
          lang: 'fr',
        })),
      );

      await list.getByRole('link', { name: frenchOf(atmo).title }).click();
      await expect.poll(() => title(page)).toBe(frenchOf(atmo).title);
      await page.getByRole('heading', { name: 'Étape 1 : un sous-indice par polluant' }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('"Read in English" opens the English text, and "Lire en français" the French one again, from the reader and the editor', async () => {
    const page = await frenchPage();
    try {
      await page.goto(`${app.server.url}#/example/${frenchOf(atmo).file}`);
      await expect.poll(() => title(page)).toBe(frenchOf(atmo).title);
      const toEnglish = page.getByRole('link', { name: 'Read in English' });
      expect(await toEnglish.getAttribute('hreflang')).toBe('en');
      await toEnglish.click();
      await expect.poll(() => title(page)).toBe(atmo.title);
      expect(page.url()).toMatch(/#\/example\/indice-atmo\.algo\.md$/);
      // The interface stays in French: only the text changed.
      await page.getByRole('button', { name: 'Modifier une copie' }).waitFor();

      await page.getByRole('link', { name: 'Lire en français' }).click();
      await expect.poll(() => title(page)).toBe(frenchOf(atmo).title);

      await page.getByRole('button', { name: 'Modifier une copie' }).click();
      await page.waitForURL(/#\/draft\//);
      await page.getByRole('link', { name: 'Read in English' }).click();
      await expect.poll(() => title(page)).toBe(atmo.title);
    } finally {
      await page.context().close();
    }
  });

  it('a link by id opens the version in the reader’s language, on a phone with the switch on screen', async () => {
    const page = await frenchPage({ width: 390, height: 844 });
    try {
      await page.goto(`${app.server.url}#/example/indice-atmo`);
      await expect.poll(() => title(page)).toBe(frenchOf(atmo).title);
      const toEnglish = page.getByRole('link', { name: 'Read in English' });
      await expect.poll(() => toEnglish.isVisible()).toBe(true);
      const box = (await toEnglish.boundingBox())!;
      expect(
        box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844,
      ).toBe(true);
      await toEnglish.click();
      await expect.poll(() => title(page)).toBe(atmo.title);
    } finally {
      await page.context().close();
    }
  });

  it('indice-atmo shows the same tables, inputs and class in both versions', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    /** What the reader computed: every table's cells, every input's value, the index's class. */
    const computed = async (file: string) => {
      const page = await app.newPage(context);
      await page.goto(`${app.server.url}#/example/${file}`);
      await settled(page);
      // Two tables of five rows each (bounds, sub-indices), once their rows are drawn.
      const regions = page.getByRole('region', { name: 'Tableau\u00a0: 5 lignes' });
      await expect.poll(() => regions.count()).toBe(2);
      await regions.nth(0).getByText('SO2').waitFor();
      await regions.nth(1).getByText('SO2').waitFor();
      const tables = await regions.allInnerTexts();
      const inputs = await page
        .locator('.output[data-kind="input"]')
        .locator('input, select')
        .evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value));
      const prose = (await page.locator('.output[data-kind="markdown"]').allInnerTexts()).join();
      const index = /Indice ATMO\s?: (.+?) \(classe? (\d)/.exec(prose);
      await page.close();
      return { tables, inputs, index: index?.slice(1) };
    };
    try {
      const english = await computed(atmo.file);
      const french = await computed(frenchOf(atmo).file);
      expect(english.inputs.length).toBe(10);
      expect(english.index).toEqual(['Dégradé', '3']);
      expect(french).toEqual(english);
    } finally {
      await context.close();
    }
  });

  it('a catalog lists a notebook and its translation once, in the reader’s language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'algobook-catalog-'));
    const listing = (id: string, title: string, extra: object = {}) =>
      oneVersionListing(id, title, 'a'.repeat(64), extra);
    await writeFile(
      join(dir, 'catalog.json'),
      JSON.stringify({
        algobook: 1,
        notebooks: [
          listing('atmo', 'The ATMO index'),
          listing('atmo.fr', 'L’indice ATMO', { lang: 'fr', translationOf: 'atmo' }),
        ],
      }),
    );
    const host = await serveStatic(dir, { cors: true });
    const listed = async (locale: string, region: string) => {
      const page = await app.newPage(await app.browser.newContext({ locale }));
      try {
        await page.goto(
          `${app.server.url}?catalog=${encodeURIComponent(`${host.url}catalog.json`)}`,
        );
        const links = page
          .getByRole('region', { name: region })
          .getByRole('listitem')
          .getByRole('link');
        await links.first().waitFor();
        return await Promise.all(
          (await links.all()).map(async (link) => [
            await link.textContent(),
            await link.getAttribute('href'),
          ]),
        );
      } finally {
        await page.context().close();
      }
    };
    try {
      const address = encodeURIComponent(`${host.url}catalog.json`);
      // One row each: its reader, and its transparency card (the register, issue 16).
      expect(await listed('fr-FR', 'Catalogue tiers')).toEqual([
        ['L’indice ATMO', `?catalog=${address}#/atmo.fr`],
        ['Fiche de transparence', `?catalog=${address}#/atmo.fr/card`],
      ]);
      expect(await listed('en-US', 'Third-party catalog')).toEqual([
        ['The ATMO index', `?catalog=${address}#/atmo`],
        ['Transparency card', `?catalog=${address}#/atmo/card`],
      ]);
    } finally {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
