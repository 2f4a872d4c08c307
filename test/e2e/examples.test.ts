import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, startApp, type AppHarness } from './support/browser.ts';
import type { StaticServer } from './support/static-server.ts';
import { cell, readerUrl, serveFixtures } from './support/notebook.ts';

let app: AppHarness;
let fixtures: StaticServer;

beforeAll(async () => {
  [app, fixtures] = await Promise.all([startApp(), serveFixtures()]);
});
afterAll(async () => {
  await Promise.all([app?.close(), fixtures?.close()]);
});

/** Waits until every code cell has finished (done, error or interrupted). */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('[data-status]')];
      return (
        cells.length > 0 &&
        cells.every((c) => /^(done|error|interrupted)$/.test(c.getAttribute('data-status') ?? ''))
      );
    },
    null,
    { timeout: 20_000 },
  );
}

const examples: { file: string; title: string }[] = JSON.parse(
  await readFile(join(DIST, 'examples/index.json'), 'utf8'),
);

describe('the bundled examples', () => {
  it('are listed on the home page with their title, summary and licence', async () => {
    const page = await app.newPage();
    try {
      await page.goto(app.server.url);
      const list = page.getByRole('region', { name: 'Examples' });
      for (const example of examples)
        await list.getByRole('link', { name: example.title }).waitFor();
      expect(await list.getByRole('listitem').count()).toBe(examples.length);
      expect(examples.length).toBeGreaterThanOrEqual(3);
    } finally {
      await page.context().close();
    }
  });

  for (const example of examples) {
    it(`${example.file} shows its tables, charts and inputs from its pinned datasets, without errors`, async () => {
      const page = await app.newPage();
      try {
        await page.goto(`${app.server.url}#/example/${example.file}`);
        await settled(page);
        expect(await page.locator('.output[data-kind="error"]').allTextContents()).toEqual([]);
        expect(await page.getByRole('region', { name: /^Table: / }).count()).toBeGreaterThan(0);
        await page.getByRole('button', { name: 'Download SVG' }).first().waitFor();
        const inputs = page.locator('.output[data-kind="input"]').locator('input, select');
        expect(await inputs.count()).toBeGreaterThan(0);
      } finally {
        await page.context().close();
      }
    });
  }

  it('indice-atmo recomputes the index when a concentration slider moves', async () => {
    const page = await app.newPage();
    try {
      await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
      await settled(page);
      const text = () => page.locator('main').innerText();
      const before = await text();
      expect(before).toMatch(/Indice ATMO: Dégradé/);
      const slider = page.getByRole('slider').first();
      await slider.focus();
      await page.keyboard.press('End');
      await expect.poll(text, { timeout: 10_000 }).toMatch(/Indice ATMO: Extrêmement mauvais/);
    } finally {
      await page.context().close();
    }
  });
});

describe('datasets in the browser', () => {
  it('loads a pinned dataset, and names a changed or unreachable one on its cell while others run', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${fixtures.url}datasets.algo.md`));
      await settled(page);
      await expect.poll(() => cell(page, 2).innerText()).toContain('2');
      const changed = await cell(page, 3).getByRole('group', { name: 'Error' }).innerText();
      expect(changed).toContain('DatasetHashMismatch');
      expect(changed).toContain('"changed"');
      expect(changed).toContain('a'.repeat(64));
      // The new bytes' hash is not handed to the worker (nor shown in the cell): the data panel has it.
      expect(changed).not.toMatch(/got [0-9a-f]{64}/);
      expect(changed).toContain('got …');
      const missing = await cell(page, 4).getByRole('group', { name: 'Error' }).innerText();
      expect(missing).toContain('"missing"');
      expect(missing).toContain('404');
    } finally {
      await page.context().close();
    }
  });
});
