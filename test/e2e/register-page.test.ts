/**
 * The home page's register (issue 16), in Chromium, against a site published with the command
 * line into a temporary folder and served beside the built app: one row per algorithm with its
 * card's fields, search, filters, order, a row opening the reader on its card, French, a
 * tampered version, a phone, axe, print, and a stranger's markup kept as text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { DIST } from './support/browser.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { useApp } from './support/use-app.ts';

const BIN = fileURLToPath(new URL('../../bin/algobook.mjs', import.meta.url));
const HOSTILE = '<img src=x onerror="window.__pwned=1">Hostile';

/** A notebook of one parameter and one key result, with the transparency fields given. */
function notebook(id: string, title: string, transparency: Record<string, string>): string {
  const fields = Object.entries(transparency)
    .map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---
algobook: 1
id: ${id}
title: ${JSON.stringify(title)}
license: EUPL-1.2
transparency:
${fields}
---

The rate, from the number of cars.

\`\`\`js
const cars = view(Inputs.range([1, 5], { label: 'Cars', value: 1, step: 1 }));
\`\`\`

The rate is ten per car.

\`\`\`js indicator title="Rate"
md\`Rate: \${cars * 10}\`
\`\`\`
`;
}

const NOTEBOOKS = {
  parking: notebook('parking', 'Residential parking rate', {
    purpose: 'Compute the yearly rate of a residential parking permit',
    contribution: 'The rate is charged as computed.',
    automation: 'Fully automated',
    legalBasis: 'CGCT L2333-87',
    organisation: 'City of Lyon',
    administration: 'Mobility department',
    status: 'in-use',
    contact: 'mobility@lyon.example',
    updated: '2026-01-01',
    theme: 'Mobility',
  }),
  canteen: notebook('canteen', 'School canteen prices', {
    purpose: 'Price of a school meal by family income',
    automation: 'Decision support',
    administration: 'Education department',
    theme: 'Education',
  }),
  bikes: notebook('bikes', 'Bike lane priority', {
    purpose: 'Rank streets for new bike lanes',
    administration: 'Mobility department',
    theme: 'Mobility',
  }),
  hostile: notebook('hostile', HOSTILE, {
    purpose: '<script>window.__pwned=2</script>Purpose in markup',
    theme: '<b>Bold</b>',
  }),
};

let dir = '';
let site: StaticServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'algobook-register-'));
  const sources = await mkdtemp(join(tmpdir(), 'algobook-register-src-'));
  for (const [name, text] of Object.entries(NOTEBOOKS)) {
    const file = join(sources, `${name}.algo.md`);
    await writeFile(file, text);
    await promisify(execFile)(process.execPath, [
      BIN,
      'publish',
      file,
      '--site',
      dir,
      '-m',
      'First',
    ]);
  }
  await rm(sources, { recursive: true, force: true });
  // Someone changed a published version on the host: its text no longer has its listed hash.
  const path = join(dir, 'bikes', 'v1.algo.md');
  await writeFile(path, (await readFile(path, 'utf8')).replace('ten per car', 'twenty per car'));
  site = await serveStatic(DIST, { also: dir });
}, 180_000);
afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

const app = useApp();

/** The home page of the site, its register's rows read. */
async function openRegister(options: Parameters<typeof app.page>[0] = {}): Promise<Page> {
  const page = await app.page(options);
  await page.goto(site!.url);
  await rowOf(page, 'School canteen prices')
    .getByText(/^Transparency card|^Fiche de/)
    .first()
    .waitFor();
  await expect
    .poll(() => page.getByText(/^(Reading its card|Lecture de sa fiche)/).count())
    .toBe(0);
  return page;
}

const register = (page: Page) =>
  page.getByRole('region', { name: /^(Published on this site|Publiés sur ce site)$/ });
const rowOf = (page: Page, title: string): Locator =>
  register(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title }) });
const rowTitles = (page: Page) =>
  register(page).getByRole('listitem').getByRole('heading', { level: 3 }).allInnerTexts();
const count = (page: Page) => register(page).getByRole('status').first().innerText();

describe('the register page', () => {
  it('shows a row per algorithm with its card’s fields, read from its version', async () => {
    const page = await openRegister();
    const parking = rowOf(page, 'Residential parking rate');
    const text = await parking.innerText();
    for (const shown of [
      'Compute the yearly rate of a residential parking permit',
      'City of Lyon',
      'Mobility department',
      'CGCT L2333-87',
      'Fully automated',
      'version 1',
      'EUPL-1.2',
    ])
      expect(text).toContain(shown);
    // Every checklist item filled: "n of n fields" and a visible "complete" mark.
    expect(text).toMatch(/(\d+) of \1 fields/);
    expect(await parking.getByText('✓ complete').isVisible()).toBe(true);
    const canteen = await rowOf(page, 'School canteen prices').innerText();
    expect(canteen).toMatch(/\d+ of \d+ fields/);
    expect(canteen).not.toContain('complete');
    expect(canteen).toContain('not given');
    expect(await count(page)).toBe('4 of 4 algorithms');
  });

  it('searches, filters and sorts', async () => {
    const page = await openRegister();
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('lyon');
    await expect.poll(() => rowTitles(page)).toEqual(['Residential parking rate']);
    expect(await count(page)).toBe('1 of 4 algorithms');
    await search.fill('');

    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await theme.locator('option').allInnerTexts()).toEqual([
      'All',
      '<b>Bold</b>',
      'Education',
      'Mobility',
    ]);
    await theme.selectOption('Mobility');
    // The tampered version's row has no card, so no theme: only the parking rate is left.
    await expect.poll(() => rowTitles(page)).toEqual(['Residential parking rate']);
    await theme.selectOption('');
    await page
      .getByRole('combobox', { name: 'Administration' })
      .selectOption('Education department');
    await expect.poll(() => rowTitles(page)).toEqual(['School canteen prices']);
    await page.getByRole('combobox', { name: 'Administration' }).selectOption('');

    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect
      .poll(() => rowTitles(page))
      .toEqual([
        HOSTILE,
        'Bike lane priority',
        'Residential parking rate',
        'School canteen prices',
      ]);
    await sort.selectOption('completeness');
    const byCompleteness = await rowTitles(page);
    expect(byCompleteness[0]).toBe('Residential parking rate');
    expect(byCompleteness.at(-1)).toBe('Bike lane priority');
  });

  it('opens a row’s reader on its transparency card', async () => {
    const page = await openRegister();
    await rowOf(page, 'School canteen prices')
      .getByRole('link', { name: 'Transparency card' })
      .click();
    expect(new URL(page.url()).hash).toBe('#/canteen/card');
    const card = page.locator('details.card-part');
    await expect.poll(() => card.getAttribute('open')).toBe('');
    // Its fields come with the citizen views' chunk.
    await expect.poll(() => card.innerText()).toContain('Price of a school meal by family income');
    await page.goBack();
    await rowOf(page, 'School canteen prices')
      .getByRole('link', { name: 'School canteen prices' })
      .click();
    expect(new URL(page.url()).hash).toBe('#/canteen');
    await page.getByText('Rate: 10').first().waitFor();
    // Without /card, the reader opens as usual: its card folded.
    expect(await page.locator('details.card-part').getAttribute('open')).toBeNull();
  });

  it('speaks French, and starts again from the whole register when the language changes', async () => {
    const page = await openRegister();
    await page.getByRole('searchbox', { name: 'Search' }).fill('lyon');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => count(page)).toBe('4 sur 4 algorithmes');
    expect(await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).toBe('');
    for (const label of ['Thème', 'Administration', 'Degré d’automatisation', 'Trier par'])
      expect(await page.getByRole('combobox', { name: label }).count()).toBe(1);
    const parking = await rowOf(page, 'Residential parking rate').innerText();
    expect(parking).toContain('Finalité');
    expect(parking).toMatch(/(\d+) sur \1 champs/);
    expect(parking).toContain('complète');
    expect(await rowOf(page, 'Bike lane priority').innerText()).toContain('Fiche indisponible');
  });

  it('says a tampered version’s card is unavailable, and shows the others', async () => {
    const page = await openRegister();
    const bikes = await rowOf(page, 'Bike lane priority').innerText();
    expect(bikes).toMatch(/Card unavailable: its file is not the text the catalog lists/);
    // What the catalog itself says is still there.
    expect(bikes).toContain('version 1');
    expect(bikes).toContain('EUPL-1.2');
    expect(bikes).not.toContain('Rank streets');
    expect(await rowOf(page, 'School canteen prices').innerText()).not.toContain('unavailable');
  });

  it('keeps a stranger’s markup as text', async () => {
    const page = await openRegister();
    const hostile = rowOf(page, HOSTILE);
    expect(await hostile.innerText()).toContain(
      '<script>window.__pwned=2</script>Purpose in markup',
    );
    expect(await register(page).locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('downloads the register in Etalab’s CSV, saying how many fields are empty', async () => {
    const page = await openRegister({ context: { acceptDownloads: true } });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Etalab inventory (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('register-etalab.csv');
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    expect(csv).toContain('Residential parking rate');
    expect(csv).not.toContain('Bike lane priority');
    await register(page)
      .getByRole('status')
      .filter({ hasText: /^register-etalab\.csv: \d+ fields? left empty/ })
      .waitFor();

    // The Dutch register's JSON: a record per algorithm whose card was read.
    const [dutch] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Dutch Algoritmeregister (JSON)' }).click(),
    ]);
    expect(dutch.suggestedFilename()).toBe('register-nl-algoritmeregister.json');
    const json: unknown = JSON.parse(await readFile(await dutch.path(), 'utf8'));
    expect(JSON.stringify(json)).toContain('School canteen prices');
    expect(JSON.stringify(json)).not.toContain('Bike lane priority');
  });

  it('stacks its rows on a phone, is axe clean, and prints without its controls', async () => {
    const page = await openRegister({ viewport: { width: 390, height: 800 } });
    await expectNoSidewaysScroll(page, 390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Catalog' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Etalab inventory (CSV)' }).isVisible()).toBe(
      false,
    );
    // A printed row carries the address a reader types.
    expect(await rowOf(page, 'School canteen prices').innerText()).toContain(
      `${site!.url}#/canteen`,
    );
    const breaks = await rowOf(page, 'School canteen prices').evaluate(
      (row) => getComputedStyle(row).breakInside,
    );
    expect(breaks).toBe('avoid-page');
  });
});
