/**
 * The demo portal that ships with the app, used as a person would with the network cut: every
 * request that leaves the app's deployment (its origin and its sandbox's twin) fails.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '../../src/app/i18n/translate.ts';
import type { MessageKey, MessageParams } from '../../src/app/i18n/translate.ts';
import { outputText, storedDrafts } from './support/notebook.ts';
import { sha256 } from './datasets-support.ts';
import { useApp, type Language } from './support/use-app.ts';

const app = useApp();
const EXAMPLE_CSV = join(import.meta.dirname, '../../examples/data/seattle-weather.csv');

/** Lets the page reach only the app's deployment; returns the addresses it tried beyond it. */
async function cutNetwork(page: Page): Promise<string[]> {
  const own = new URL(app.url);
  const twin = new URL(app.url);
  twin.hostname = 'localhost';
  const blocked: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === own.origin || url.origin === twin.origin) return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return blocked;
}

/** A new notebook from the home page, named in its title dialog, open in the editor. */
async function newDraft(page: Page, t: (key: MessageKey) => string): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: t('home.new') }).click();
  const created = page.getByRole('dialog', { name: t('metadata.new.title') });
  await created.getByLabel(t('metadata.field.title')).fill('Demo');
  await created.getByRole('button', { name: t('metadata.new.create') }).click();
  await page.getByRole('toolbar', { name: t('editor.toolbar') }).waitFor();
}

describe.each<Language>(['en', 'fr'])('the demo portal (%s)', (language) => {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);

  it('is searched offline, and a dataset from it is pinned with its example’s licence and source, and read by a cell', async () => {
    const page = await app.page({ language });
    const blocked = await cutNetwork(page);
    await newDraft(page, t);
    await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });

    await page
      .getByRole('region', { name: t('data.title'), exact: true })
      .getByRole('button', { name: t('data.add') })
      .click();
    const dialog = page.getByRole('dialog', { name: t('data.add.title') });
    await dialog.getByRole('radio', { name: t('data.add.fromPortal') }).check();
    // Chosen by default, with no address to give.
    const kind = dialog.getByLabel(t('data.portal.kind'), { exact: true });
    expect(await kind.locator('option:checked').innerText()).toBe(t('demoportal.option'));
    expect(await dialog.getByLabel(t('data.portal.base')).count()).toBe(0);
    // What the demo can and cannot do is the choice's description.
    const described = await kind.evaluate((select) =>
      (select.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toBe(t('demoportal.note'));

    await dialog.getByLabel(t('data.portal.query'), { exact: true }).fill('météo');
    await dialog.getByRole('button', { name: t('data.portal.search'), exact: true }).click();
    const results = dialog.getByRole('region', { name: t('data.portal.results') });
    await results.waitFor();
    const items = results.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(1);
    const title = 'Daily precipitation, temperatures, wind and weather type in Seattle, 2012–2015';
    const text = await items.first().innerText();
    expect(text).toContain(title);
    expect(text).toContain('NOAA National Climatic Data Center, via vega-datasets 3.2.1');
    expect(text).toContain('LicenseRef-US-Government-Work');
    await items
      .first()
      .getByRole('button', { name: t('data.portal.chooseLabel', { title }) })
      .click();

    // The demo runs no ODSQL: no query to give; CSV is the first export.
    const format = dialog.getByLabel(t('data.portal.resource'));
    await format.waitFor();
    expect(await format.locator('option:checked').innerText()).toMatch(/\(csv\)$/);
    expect(await dialog.getByRole('group', { name: t('data.portal.odsql') }).count()).toBe(0);
    await dialog.getByRole('button', { name: t('data.add.download') }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const card = page.getByRole('region', { name: t('data.dataset', { name: 'seattle_weather' }) });
    const field = (key: MessageKey) => card.locator(`dt:text-is("${t(key)}") + dd`);
    expect(await field('data.field.license').innerText()).toBe('LicenseRef-US-Government-Work');
    expect(await field('data.field.source').innerText()).toBe(
      'NOAA National Climatic Data Center, via vega-datasets 3.2.1',
    );

    const code = page.getByRole('textbox', { name: t('cell.codeLabel', { n: 1 }), exact: true });
    await code.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(
      "const w = await dataset('seattle_weather');\ndisplay(md`rain: ${w.filter((d) => d.weather === 'rain').numRows()} of ${w.numRows()}`);",
    );
    await page.keyboard.press('Shift+Enter');
    const cell = page.getByRole('region', { name: t('cell.label', { n: 1 }), exact: true });
    await expect
      .poll(() => outputText(cell, 'rain:'), { timeout: 15_000 })
      .toBe('rain: 641 of 1461');

    // The pin: the export's address on this deployment, the example's bytes, licence and source.
    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '', { timeout: 5000 })
      .toContain('seattle_weather:');
    const stored = (await storedDrafts(page))[0].text;
    const url = `${app.url}demo-portal/api/explore/v2.1/catalog/datasets/seattle-weather/exports/csv?delimiter=%2C&with_bom=false`;
    expect(stored).toContain(`url: ${url}`);
    expect(stored).toContain(`sha256: ${sha256(readFileSync(EXAMPLE_CSV))}`);
    expect(stored).toContain('license: LicenseRef-US-Government-Work');
    expect(stored).toContain('source: NOAA National Climatic Data Center, via vega-datasets 3.2.1');
    expect(stored).toMatch(/portal:\n\s+kind: opendatasoft\n\s+base: .*\/demo-portal\n/);
    // Anyone can reach it on the same deployment, without the app.
    const reached = await fetch(url);
    expect(sha256(new Uint8Array(await reached.arrayBuffer()))).toBe(
      sha256(readFileSync(EXAMPLE_CSV)),
    );
    expect(blocked).toEqual([]);
  });
});

describe('the demo portal on a phone', () => {
  const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

  it('fits 390 px with its long name, and brings the chosen dataset into view', async () => {
    const page = await app.page({ language: 'fr', viewport: { width: 390, height: 844 } });
    await cutNetwork(page);
    await newDraft(page, t);
    await page
      .getByRole('region', { name: t('data.title'), exact: true })
      .getByRole('button', { name: t('data.add') })
      .click();
    const dialog = page.getByRole('dialog', { name: t('data.add.title') });
    await dialog.getByRole('radio', { name: t('data.add.fromPortal') }).check();
    const search = dialog.getByRole('button', { name: t('data.portal.search'), exact: true });
    const fits = async () => {
      const box = await search.boundingBox();
      const dialogBox = await dialog.boundingBox();
      return box && dialogBox && box.x + box.width <= Math.min(390, dialogBox.x + dialogBox.width);
    };
    await expect.poll(fits).toBe(true);

    await dialog.getByLabel(t('data.portal.query'), { exact: true }).fill('paris');
    await search.click();
    const title = 'Area of each arrondissement in km², transcribed from the Ville de Paris dataset';
    await dialog.getByRole('button', { name: t('data.portal.chooseLabel', { title }) }).click();
    const pin = dialog.getByRole('button', { name: t('data.add.download') });
    await pin.waitFor();
    const inView = async () => {
      const box = await pin.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    await expect.poll(inView).toBe(true);
  });
});
