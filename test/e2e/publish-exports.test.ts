import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shownCode, waitForMonaco } from './support/notebook.ts';
import { PUBLISH_FIXTURES, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });

/** Clicks a download button of the open Download panel; returns the file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: button }).click();
  const file = await downloaded;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('downloads and imports', () => {
  it('downloads the notebook as .algo.md, .ipynb with its outputs, and a standalone .html', async () => {
    const page = await app.read('publish/total.algo.md');
    await waitForText(page, TOTAL);
    await page.getByRole('button', { name: 'Download' }).click();

    const md = await download(page, 'Notebook (.algo.md)');
    expect(md.name).toBe('population-of-the-cities.algo.md');
    expect(md.text).toBe(await readFile(join(PUBLISH_FIXTURES, 'total.algo.md'), 'utf8'));

    const ipynb = await download(page, 'Jupyter (.ipynb)');
    expect(ipynb.name).toBe('population-of-the-cities.ipynb');
    const nb = JSON.parse(ipynb.text) as {
      nbformat: number;
      cells: { cell_type: string; outputs?: { data?: Record<string, unknown> }[] }[];
    };
    expect(nb.nbformat).toBe(4);
    expect(nb.cells.map((c) => c.cell_type)).toEqual(['markdown', 'code', 'code', 'code']);
    expect(JSON.stringify(nb.cells[3].outputs)).toContain('Total: 5252056');

    const html = await download(page, 'Web page (.html)');
    expect(html.name).toBe('population-of-the-cities.html');
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('Total: 5252056');
    expect(html.text).toContain('Population of the cities');
  });

  it('opens an exported .ipynb from "Open file" as a new draft', async () => {
    const page = await app.read('publish/total.algo.md');
    await waitForText(page, TOTAL);
    await page.getByRole('button', { name: 'Download' }).click();
    const ipynb = await download(page, 'Jupyter (.ipynb)');
    await page.goto(app.server.url);
    await page.getByLabel('Open file').setInputFiles({
      name: 'city-total.ipynb',
      mimeType: 'application/x-ipynb+json',
      buffer: Buffer.from(ipynb.text),
    });
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await waitForMonaco(page);
    await page.getByRole('heading', { level: 1, name: 'Population of the cities' }).waitFor();
    expect(await shownCode(page, 4)).toContain('md`Total: ${cities.rollup');
  });

  it('refuses a notebook in another language, saying why in English and French', async () => {
    const buffer = await readFile(join(PUBLISH_FIXTURES, 'python.ipynb'));
    for (const [locale, message] of [
      [
        'en-US',
        /python\.ipynb could not be opened\. This notebook is written in python; algobook runs JavaScript only, so its code cannot be imported\./i,
      ],
      [
        'fr-FR',
        /Ce carnet est écrit en python\u00a0; algobook n’exécute que du JavaScript, son code ne peut donc pas être importé\./i,
      ],
    ] as const) {
      const page = await app.page({ locale });
      await page.goto(app.server.url);
      await page.getByLabel(locale === 'en-US' ? 'Open file' : 'Ouvrir un fichier').setInputFiles({
        name: 'python.ipynb',
        mimeType: 'application/x-ipynb+json',
        buffer,
      });
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(new URL(page.url()).hash).not.toMatch(/^#\/draft\//);
    }
  });
});
