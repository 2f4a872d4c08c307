/**
 * Local files that travel (issue 12): a dataset added from a file goes with its notebook in a
 * share link, in a bundle (.algobook.zip), or is chosen again; it is never fetched from the
 * app's own origin. Hostile links and zips are refused with a message.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeShareBundle } from '../../src/core/publish/share-bundle.ts';
import { algobook, removeTempDirs, tempDir } from '../cli/cli.ts';
import {
  datasetCard,
  field,
  notebookText,
  openAddDialog,
  rowsCell,
  sha256,
} from './datasets-support.ts';
import {
  cell,
  errorOf,
  newNotebook,
  typeAndRun,
  waitForMonaco,
  waitForOutput,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
afterAll(removeTempDirs);

const CSV = 'region,amount\nnorth,10\nsouth,20\neast,30\n';
const HEX64 = /[0-9a-f]{64}/;

/** A notebook pinning `data/sales.csv` (the bytes of `CSV`), with a cell counting its rows. */
const SALES = notebookText(
  { sales: { url: 'data/sales.csv', format: 'csv', sha256: sha256(CSV), bytes: CSV.length } },
  [rowsCell('sales')],
  { id: 'sales', title: 'Sales' },
);

/** Adds `bytes` as dataset `name` from a local file named `file`, in the editor. */
async function addLocalFile(page: Page, file: string, bytes: string | Buffer) {
  const dialog = await openAddDialog(page, 'From a local file');
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: file,
    mimeType: 'text/csv',
    buffer: Buffer.from(bytes),
  });
  await expect.poll(() => dialog.getByLabel('Name in the notebook').inputValue()).not.toBe('');
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** The file a click on `button` downloads: its name and bytes. */
async function download(page: Page, button: string) {
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: button }).click();
  const file = await downloaded;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Opens `file` with the home page's "Open file". */
async function openFile(page: Page, name: string, buffer: Buffer | Uint8Array) {
  await page.goto(app.url);
  await page.getByLabel('Open file').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(buffer),
  });
}

/** The addresses the page requests on the app's own origin under `data/`. */
function appDataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(app.url) && /\/data\/|sales\.csv/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

describe('local files that travel', { timeout: 180_000 }, () => {
  it('a share link carries a local file: opened in a fresh browser, its cells run', async () => {
    const page = await app.page();
    await newNotebook(page, app.url);
    await addLocalFile(page, 'sales.csv', CSV);
    expect(await field(datasetCard(page, 'sales'), 'URL').innerText()).toBe('data/sales.csv');
    await typeAndRun(page, 1, rowsCell('sales'));
    await waitForOutput(cell(page, 1), 'rows:', /^rows: 3$/);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The link carries the local file of sales.' })
      .waitFor();
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();

    const fresh = await app.page();
    const fetched = appDataRequests(fresh);
    await fresh.goto(link);
    await waitForOutput(cell(fresh, 1), 'rows:', /^rows: 3$/, 30_000);
    expect(fetched).toEqual([]);
  });

  it('a file too large for the link: the Share panel says so and offers the bundle, which opens in a fresh browser and with the CLI', async () => {
    // Random digits barely compress: about 600 kB cannot go in a link.
    let big = 'v\n';
    while (big.length < 600_000) big += `${Math.floor(Math.random() * 1e9)}\n`;
    const page = await app.page();
    await newNotebook(page, app.url);
    await addLocalFile(page, 'big.csv', big);
    await typeAndRun(page, 1, rowsCell('big'));
    const rows = await waitForOutput(cell(page, 1), 'rows:', /^rows: \d+$/);
    await page.getByRole('button', { name: 'Share link' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '“big” cannot go in the link' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Download the bundle instead.');
    const bundle = await download(page, 'Download the bundle (.algobook.zip)');
    expect(bundle.name).toMatch(/\.algobook\.zip$/);

    const fresh = await app.page();
    const fetched = appDataRequests(fresh);
    await openFile(fresh, bundle.name, bundle.bytes);
    await fresh.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    expect(await waitForOutput(cell(fresh, 1), 'rows:', /^rows: \d+$/, 30_000)).toBe(rows);
    expect(fetched).toEqual([]);

    const file = join(tempDir(), bundle.name);
    await writeFile(file, bundle.bytes);
    const run = await algobook('run', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(rows);
  });

  it('a missing local file offers "Choose the file": a wrong file is refused with short hashes, the right one runs the cells', async () => {
    const page = await app.page();
    const fetched = appDataRequests(page);
    await openFile(page, 'sales.algo.md', Buffer.from(SALES));
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await waitForMonaco(page);
    const card = datasetCard(page, 'sales');
    await card
      .getByRole('alert')
      .filter({ hasText: 'reads the file "data/sales.csv", which is not in this browser' })
      .first()
      .waitFor();
    const error = errorOf(cell(page, 1));
    await error.filter({ hasText: 'not in this browser' }).waitFor();
    expect(await error.innerText()).toMatch(/^File not in this browser/);
    expect(fetched).toEqual([]);

    const choose = card.getByLabel('Choose the file of dataset sales');
    const wrong = 'region,amount\nnorth,11\n';
    await choose.setInputFiles({
      name: 'other.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(wrong),
    });
    const refused = card.getByText('“other.csv” is not the file this dataset pins');
    await refused.waitFor();
    const said = await refused.innerText();
    expect(said).toContain(sha256(wrong).slice(0, 12));
    expect(said).toContain(sha256(CSV).slice(0, 12));
    expect(await page.locator('body').innerText()).not.toMatch(HEX64);

    await choose.setInputFiles({
      name: 'sales.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await waitForOutput(cell(page, 1), 'rows:', /^rows: 3$/, 30_000);
    expect(fetched).toEqual([]);
  });

  it('refuses a share link whose embedded bytes do not match the pin, and hostile bundles, each with a message', async () => {
    const page = await app.page();
    const payload = await encodeShareBundle(
      SALES,
      new Map([['data/sales.csv', new TextEncoder().encode('region,amount\nnorth,99\n')]]),
    );
    await page.goto(`${app.url}#/share/${payload}`);
    await page
      .getByRole('alert')
      .filter({
        hasText:
          'The data in this share link is refused: “data/sales.csv” in this bundle is not the file the notebook pins',
      })
      .waitFor();

    const enc = (s: string) => new TextEncoder().encode(s);
    for (const [entries, message] of [
      [
        { 'sales.algo.md': enc(SALES), '../sales.csv': enc(CSV) },
        'This bundle holds “../sales.csv”, a name that could point outside its folder',
      ],
      [
        { 'sales.algo.md': enc(SALES), 'data/other.csv': enc(CSV) },
        'This bundle holds “data/other.csv”, which no dataset of the notebook reads',
      ],
      [
        { 'sales.algo.md': enc(SALES), 'data/sales.csv': enc('x,y\n1,2\n') },
        '“data/sales.csv” in this bundle is not the file the notebook pins',
      ],
      [{ 'data/sales.csv': enc(CSV) }, 'A bundle holds exactly one notebook'],
    ] as const) {
      await openFile(page, 'hostile.algobook.zip', zipSync({ ...entries }));
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(new URL(page.url()).hash).not.toMatch(/^#\/draft\//);
    }
  });

  it('a copy of a notebook read from a site downloads with absolute dataset URLs, which the CLI runs', async () => {
    const page = await app.edit('publish/total.algo.md');
    await page.getByRole('button', { name: 'Download' }).click();
    const md = await download(page, 'Notebook (.algo.md)');
    const text = md.bytes.toString('utf8');
    expect(text).toContain(`url: ${app.fixtures.url}data/cities.csv`);
    const file = join(tempDir(), md.name);
    await writeFile(file, text);
    const run = await algobook('run', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Total: 5252056');
  });
});
