/**
 * A notebook's own words carry its language (its `lang` key, English by default), so screen
 * readers and hyphenation read them right whatever the interface's language; and a notebook
 * opened from a site's catalog has the "Read in English" / "Lire en français" switch when the
 * catalog lists its translation.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic } from './support/static-server.ts';
import { useApp, useServer } from './support/use-app.ts';
import { readerUrl } from './support/notebook.ts';
import { textHash } from '../../src/core/publish/canonical-text.ts';
import { oneVersionListing } from './fixtures/publish/listing.ts';

const app = useApp();
let dir: string;
/** The site: a folder of its own, served with CORS on another origin, removed afterwards. */
const host = useServer(async () => {
  dir = await mkdtemp(join(tmpdir(), 'algobook-lang-'));
  const server = await serveStatic(dir, { cors: true });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

/** A notebook of one prose cell and one code cell; `front` is added to its front matter. */
const notebook = (id: string, title: string, prose: string, front = '') =>
  `---\nalgobook: 1\nid: ${id}\ntitle: ${title}\nsummary: ${title}.\n${front}---\n\n${prose}\n\n\`\`\`js\nconst n = 6 * 7;\n\`\`\`\n`;

const texts = {
  'atmo/v1.algo.md': notebook('atmo', 'The air index', 'The index, step by step.'),
  'atmo.fr/v1.algo.md': notebook(
    'atmo.fr',
    'L’indice de l’air',
    'L’indice, pas à pas.',
    'lang: fr\ntranslationOf: atmo\n',
  ),
  'alone/v1.algo.md': notebook('alone', 'Alone', 'No translation.'),
  'hostile.algo.md': notebook(
    'hostile',
    'Hostile',
    'Its lang is no language.',
    'lang: \'fr" onmouseover="alert(1)\'\n',
  ),
};

beforeAll(async () => {
  for (const [path, text] of Object.entries(texts)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const listing = (path: keyof typeof texts, extra: object = {}) =>
    oneVersionListing(
      path.split('/')[0],
      /title: (.*)/.exec(texts[path])![1],
      textHash(texts[path]),
      extra,
    );
  await writeFile(
    join(dir, 'catalog.json'),
    JSON.stringify({
      algobook: 1,
      notebooks: [
        listing('atmo/v1.algo.md'),
        listing('atmo.fr/v1.algo.md', { lang: 'fr', translationOf: 'atmo' }),
        listing('alone/v1.algo.md'),
      ],
    }),
  );
});

const title = (page: Page) => page.locator('.nb-header h1');
const inCatalog = (id: string) =>
  `${app.server.url}?catalog=${encodeURIComponent(`${host.url}catalog.json`)}#/${id}`;

describe('a notebook opened from a catalog that lists its translation', () => {
  it('has "Lire en français" in its reader, and the French one "Read in English"', async () => {
    const page = await app.newPage();
    try {
      await page.goto(inCatalog('atmo'));
      await expect.poll(() => title(page).textContent()).toBe('The air index');
      const toFrench = page.getByRole('link', { name: 'Lire en français' });
      expect(await toFrench.getAttribute('hreflang')).toBe('fr');
      await toFrench.click();
      await expect.poll(() => title(page).textContent()).toBe('L’indice de l’air');
      expect(new URL(page.url()).hash).toBe('#/atmo.fr');
      await page.getByRole('link', { name: 'Read in English' }).click();
      await expect.poll(() => title(page).textContent()).toBe('The air index');
      expect(new URL(page.url()).hash).toBe('#/atmo');

      // A notebook the catalog lists alone has no switch.
      await page.goto(inCatalog('alone'));
      await expect.poll(() => title(page).textContent()).toBe('Alone');
      expect(
        await page.getByRole('navigation', { name: 'This notebook in other languages' }).count(),
      ).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('the notebook’s own words carry its language', () => {
  /** The lang of the title, summary, prose and card's author fields shown. */
  const langs = (page: Page) =>
    page
      .locator('.nb-header h1, .nb-header .summary, .prose')
      .evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute('lang')))]);

  it('in the reader and the editor, French for a French text in an English interface, English by default', async () => {
    const page = await app.newPage();
    try {
      await page.goto(inCatalog('atmo.fr'));
      await expect.poll(() => title(page).textContent()).toBe('L’indice de l’air');
      expect(await langs(page)).toEqual(['fr']);
      // The interface's own words stay in its language, the page's.
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(
        await page.getByRole('button', { name: 'Edit a copy' }).getAttribute('lang'),
      ).toBeNull();

      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.waitForURL(/#\/draft\//);
      await page.locator('.rendered.prose').first().waitFor();
      expect(await langs(page)).toEqual(['fr']);

      await page.goto(inCatalog('atmo'));
      await expect.poll(() => title(page).textContent()).toBe('The air index');
      expect(await langs(page)).toEqual(['en']);
    } finally {
      await page.context().close();
    }
  });

  it('in the citizen view’s card: the author’s fields and each step’s prose', async () => {
    const page = await app.newPage();
    try {
      await page.goto(`${app.server.url}#/example/indice-atmo.fr.algo.md`);
      await page.getByText('Transparency card').click();
      const purpose = page.locator('dd[data-field="purpose"]');
      await purpose.waitFor();
      expect(await purpose.getAttribute('lang')).toBe('fr');
      const steps = page.locator('.operations li span[lang]');
      await steps.first().waitFor();
      expect(await steps.evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).not.toContain(
        'en',
      );
    } finally {
      await page.context().close();
    }
  });

  it('is English when a stranger’s lang is no language tag', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${host.url}hostile.algo.md`));
      await expect.poll(() => title(page).textContent()).toBe('Hostile');
      expect(await langs(page)).toEqual(['en']);
      expect(await page.locator('[onmouseover]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
