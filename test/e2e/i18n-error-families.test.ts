/**
 * A French reader meets no English, whatever fails: for each family of error (bad CSV, GeoJSON,
 * Parquet, forced column types, a download answered 404, bad front matter, syntax errors the
 * analysis or the engine finds, the sandbox refusing the network, the runner failing on its own or
 * not starting), every text of the interface
 * is looked at for English words, not only for the app's own English sentences. Every error in
 * a cell here is algobook's own, so each must carry a code (the page words it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectPageErrors } from './support/browser.ts';
import { readerUrl } from './support/notebook.ts';
import { englishIn, englishWordsIn } from './support/english.ts';
import { interfaceText } from './support/interface-text.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { notebookText, sha256 } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const FILES = {
  'unclosed.csv': 'a,b\n1,"2\n3,4\n',
  'bad.geojson': '{"type": "FeatureCollection", "features": [1]}',
  'bad.parquet': 'not a parquet file at all',
  'typed.csv': 'a\nx\ny\n',
};

/** Front matter that the checks of datasets, network and publishing refuse. */
const BAD_FRONTS = [
  'datasets:\n  d:\n    url: a.csv\n    format: xlsb\n',
  'network:\n  - https://*.fr\n',
  'version: 0\n',
];

// The notebook's title is its own text, but also the page's title: a French one.
const FRONT = { title: 'Essai' };

beforeAll(() => {
  for (const [name, text] of Object.entries(FILES)) portal.setFile(`/files/${name}`, text);
  const pin = (file: keyof typeof FILES, format: string, extra: Record<string, unknown> = {}) => ({
    url: `${portal.url}/files/${file}`,
    format,
    sha256: sha256(FILES[file]),
    ...extra,
  });
  portal.setFile(
    '/nb/data.algo.md',
    notebookText(
      {
        csv: pin('unclosed.csv', 'csv'),
        geo: pin('bad.geojson', 'geojson'),
        pq: pin('bad.parquet', 'parquet'),
        typed: pin('typed.csv', 'csv', { columns: { a: 'integer' } }),
        // The portal answers 404: the download fails before any reader.
        perdu: { ...pin('typed.csv', 'csv'), url: `${portal.url}/files/perdu.csv` },
      },
      ['csv', 'geo', 'pq', 'typed', 'perdu'].map((n) => `const ${n}Table = await dataset('${n}');`),
      FRONT,
    ),
  );
  portal.setFile(
    '/nb/code.algo.md',
    notebookText(
      {},
      [
        // Found by the analysis (acorn), in words it has no code of its own for.
        'return 1;',
        // Accepted by acorn, refused by the engine when the cell is compiled.
        'import.meta.url',
        // Refused by the sandbox, before any request leaves.
        "await fetch('http://127.0.0.1:9/')",
      ],
      FRONT,
    ),
  );
  portal.setFile(
    '/nb/runner.algo.md',
    notebookText(
      {},
      // An error no cell catches: the worker's own, worded by the engine.
      ["setTimeout(() => { throw new TypeError('perdu'); }, 0);\n1"],
      FRONT,
    ),
  );
  BAD_FRONTS.forEach((front, i) =>
    portal.setFile(
      `/nb/front-${i}.algo.md`,
      `---\nalgobook: 1\nid: front\ntitle: Essai\n${front}---\n\n1\n`,
    ),
  );
  portal.setFile(
    '/nb/front.algo.md',
    "---\nalgobook: 1\nid: front\ntitle: ''\n---\n\n```js\n1\n```\n",
  );
});

async function openInFrench(path: string, pageErrors?: RegExp): Promise<Page> {
  const page = await app.page({ language: 'fr' });
  if (pageErrors) expectPageErrors(page, pageErrors);
  await page.goto(readerUrl(app.server.url, `${portal.url}${path}`));
  return page;
}

/** The codes of the error boxes of the page, once there are `count` of them. */
async function errorCodes(page: Page, count: number): Promise<(string | null)[]> {
  const boxes = page.getByRole('group', { name: 'Erreur', exact: true });
  await expect.poll(() => boxes.count(), { timeout: 20_000 }).toBe(count);
  return boxes.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-code')));
}

/** English on the page: the app's own sentences, and any text with an English word. */
async function englishOn(page: Page): Promise<string[]> {
  const texts = await interfaceText(page);
  return [...englishIn(texts), ...englishWordsIn(texts)];
}

describe('errors of every family, in French', () => {
  it('datasets that cannot be read: in the cells and in the data panel', async () => {
    const page = await openInFrench('/nb/data.algo.md');
    try {
      const codes = await errorCodes(page, 5);
      // Each card says what is wrong with its dataset.
      for (const name of ['csv', 'geo', 'pq', 'typed', 'perdu'])
        await page
          .getByRole('region', { name: `Jeu de données ${name}`, exact: true })
          .getByRole('alert')
          .first()
          .waitFor({ timeout: 20_000 });
      expect({ codes, english: await englishOn(page) }).toEqual({
        codes: [
          'csv-unclosed-quote',
          'geojson-not-feature',
          'parquet-invalid',
          'column-type',
          'dataset-unavailable',
        ],
        english: [],
      });
      // The cell's error follows the interface into English, its cause (the 404) too.
      await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
      await expect
        .poll(() => page.locator('[data-code="dataset-unavailable"]').innerText())
        .toContain(
          `Dataset "perdu" could not be loaded. ${portal.url}/files/perdu.csv does not exist (404)`,
        );
    } finally {
      await page.context().close();
    }
  });

  it('syntax errors, of the analysis and of the engine, and the sandbox refusing the network', async () => {
    const page = await openInFrench('/nb/code.algo.md');
    try {
      const codes = await errorCodes(page, 3);
      expect({ codes, english: await englishOn(page) }).toEqual({
        codes: ['syntax-error', 'syntax-engine', 'network-blocked'],
        english: [],
      });
    } finally {
      await page.context().close();
    }
  });

  it("the runner's own failures: an error no cell caught, a runner that does not start", async () => {
    // The worker's uncaught error reaches the page as such too.
    const page = await openInFrench('/nb/runner.algo.md', /perdu/);
    try {
      const notice = page.getByRole('status').and(page.locator('[data-code]'));
      await expect.poll(() => notice.getAttribute('data-code')).toBe('runner-worker-error');
      expect(await englishOn(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
    // A sandbox page that never says it is ready.
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    await context.route('**/sandbox.html*', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>vide</title>' }),
    );
    const silent = await context.newPage();
    expectPageErrors(silent, /did not start within/);
    try {
      await silent.goto(readerUrl(app.server.url, `${portal.url}/nb/code.algo.md`));
      const notice = silent.getByRole('status').and(silent.locator('[data-code]'));
      await expect
        .poll(() => notice.getAttribute('data-code'), { timeout: 20_000 })
        .toBe('runner-start-timeout');
      expect(await englishOn(silent)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('front matter that is not valid', async () => {
    // An empty title; a dataset's checks; the network's; the publishing keys'.
    for (const path of [
      '/nb/front.algo.md',
      ...BAD_FRONTS.map((_, i) => `/nb/front-${i}.algo.md`),
    ]) {
      const page = await openInFrench(path);
      try {
        await page.getByText('Ce fichier n’est pas un carnet valide.', { exact: false }).waitFor();
        expect({ path, english: await englishOn(page) }).toEqual({ path, english: [] });
      } finally {
        await page.context().close();
      }
    }
  });
});
