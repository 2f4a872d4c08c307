import { describe, expect, it } from 'vitest';
import { useApp } from './support/use-app.ts';
import { settled } from './citizen-support.ts';
import { readFileSync } from 'node:fs';
import { EXAMPLES, LIBRARY, keyResult, sha256, usesLine } from './imports-support.ts';

const app = useApp();
const PIN = sha256(LIBRARY);

describe('a notebook that imports another', () => {
  it('runs the bundled importer: the imported names and the use() value, with no error', async () => {
    const page = await app.page();
    await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
    await settled(page);
    expect(await page.locator('.output[data-kind="error"]').allTextContents()).toEqual([]);
    // 8 µg/m³: class 1 by the arrêté's bounds (subIndex, LABELS imported), class 2 by the
    // library's PM2.5 bounds replaced through use().
    expect(await keyResult(page).innerText()).toBe(
      "At 8 µg/m³, the arrêté's bounds say Bon; bounds starting at the WHO guideline say Moyen.",
    );
    // Its inputs are not shown in the importer: only the importer's own slider is.
    expect(await page.getByRole('textbox', { name: /upper bounds/ }).count()).toBe(0);
    await page.getByRole('slider', { name: /PM2\.5/ }).waitFor();
  });

  it('says above the outputs which version it uses, and links to it read-only', async () => {
    const page = await app.page();
    await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
    const line = usesLine(page);
    await expect
      .poll(() => line.innerText())
      .toBe(`Uses: The ATMO sub-index (${PIN.slice(0, 8)}…)`);
    const link = line.getByRole('link', { name: 'The ATMO sub-index' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URL(href, app.url).hash).toBe(`#sha256=${PIN}`);
    await link.click();
    await page
      .getByRole('heading', { level: 1, name: 'The ATMO sub-index, as a library' })
      .waitFor();
    expect(decodeURIComponent(page.url())).toContain(
      `src=${app.url}examples/atmo-sub-index.algo.md`,
    );
    // Read-only: the reader, offering a copy to edit, and the text checked against the pin.
    await page.getByRole('button', { name: 'Edit a copy' }).waitFor();
    await settled(page);
  });

  it('says it in French for the French version', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(`${app.url}#/example/atmo-who-guideline.fr.algo.md`);
    const line = usesLine(page, 'Algorithmes que ce carnet utilise');
    const pin = sha256(readFileSync(`${EXAMPLES}/atmo-sub-index.fr.algo.md`, 'utf8'));
    await expect
      .poll(() => line.innerText())
      .toBe(`Utilise\u00a0: Le sous-indice ATMO (${pin.slice(0, 8)}…)`);
    await settled(page);
    expect(await page.locator('.output[data-kind="error"]').allTextContents()).toEqual([]);
    await page
      .getByText(/^À 8 µg\/m³, les bornes de l'arrêté disent Bon/)
      .first()
      .waitFor();
  });

  it('fits a phone’s width', async () => {
    const page = await app.page({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
    await usesLine(page).getByRole('link').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
