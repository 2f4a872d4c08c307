import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/browser.ts';
import { cell } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';
import { settled } from './citizen-support.ts';

const app = useApp({ fixtures: true });

const examples: { file: string; title: string }[] = JSON.parse(
  await readFile(join(DIST, 'examples/index.json'), 'utf8'),
);

describe('the bundled examples', () => {
  it('are listed on the home page with their title, summary and licence', async () => {
    const page = await app.page();
    await page.goto(app.server.url);
    const list = page.getByRole('region', { name: 'Examples' });
    for (const example of examples) await list.getByRole('link', { name: example.title }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  for (const example of examples) {
    it(`${example.file} shows its tables, charts and inputs from its pinned datasets, without errors`, async () => {
      const page = await app.page();
      await page.goto(`${app.server.url}#/example/${example.file}`);
      await settled(page);
      expect(await page.locator('.output[data-kind="error"]').allTextContents()).toEqual([]);
      // A table's view appears once its first rows arrive, after its cell is done.
      await page
        .getByRole('region', { name: /^Table: / })
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Download SVG' }).first().waitFor();
      const inputs = page.locator('.output[data-kind="input"]').locator('input, select');
      expect(await inputs.count()).toBeGreaterThan(0);
    });
  }

  it('indice-atmo recomputes the index when a concentration slider moves', async () => {
    const page = await app.page();
    await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
    await settled(page);
    const text = () => page.locator('main').innerText();
    const before = await text();
    expect(before).toMatch(/Indice ATMO: Dégradé/);
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(text, { timeout: 10_000 }).toMatch(/Indice ATMO: Extrêmement mauvais/);
  });
});

describe('datasets in the browser', () => {
  it('loads a pinned dataset, and names a changed or unreachable one on its cell while others run', async () => {
    const page = await app.read('datasets.algo.md');
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
  });
});
