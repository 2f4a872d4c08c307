/**
 * The downloads of a notebook that imports another carry the imported cells, marked with their
 * source and hash (issue 14): the page hands its resolved imports to the exports.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/use-app.ts';
import { settled } from './citizen-support.ts';
import { LIBRARY, sha256 } from './imports-support.ts';

const app = useApp();
const PIN = sha256(LIBRARY);

async function download(page: import('playwright-core').Page, button: RegExp): Promise<string> {
  const format = page.getByRole('button', { name: button });
  if (!(await format.isVisible()))
    await page.getByRole('button', { name: 'Download', exact: true }).click();
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await format.click();
  return readFile(await (await downloaded).path(), 'utf8');
}

describe('the exports of an importer', () => {
  it('inline the imported notebook in the web page and the Jupyter file, with its hash', async () => {
    const page = await app.page();
    await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
    await settled(page);

    const html = await download(page, /Web page/);
    expect(html).toContain(`(sha256 <code class="hash">${PIN}</code>)`);
    expect(html).toContain('function subIndex');
    expect(html).toContain('The ATMO sub-index');

    const ipynb = JSON.parse(await download(page, /Jupyter/)) as {
      cells: { source: string | string[]; metadata?: { algobook?: { imported?: unknown } } }[];
    };
    const imported = ipynb.cells.filter((cell) => cell.metadata?.algobook?.imported);
    const text = (cell: { source: string | string[] }) =>
      Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    expect(imported.some((cell) => text(cell).includes('function subIndex'))).toBe(true);
    expect(imported.some((cell) => text(cell).includes(PIN))).toBe(true);
  });
});
