import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, editCopy, readerUrl, storedDrafts, waitForOutput } from './support/notebook.ts';
import {
  dataPanel,
  datasetCard,
  notebookText,
  openAddDialog,
  rowsAndSum,
  sha256,
} from './datasets-support.ts';
import { publish } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

// "Free space" never destroys the only copy: it lists what it would delete and keep, keeps a
// local file's bytes and the datasets of this browser's drafts by default, asks first, and says
// the truth after. The browser is asked to keep the data for good when a local file is stored
// and when a version is published.
const WEB = 'code,n\n1,10\n2,20\n';
const LOOSE = 'code,n\n1,1\n';
const LOCAL = 'code,n\n1,1000\n2,2000\n';

/** The sources go down once the page has their bytes: what runs after comes from the browser. */
let down = false;
const csv = (body: string) => () =>
  down ? { status: 503, body: 'down' } : { type: 'text/csv', body };

const app = useApp({
  notebooks: {
    'draft.algo.md': notebookText(
      { web: { url: 'web.csv', format: 'csv', sha256: sha256(WEB) } },
      rowsAndSum('web', 'n'),
    ),
    'loose.algo.md': notebookText(
      { loose: { url: 'loose.csv', format: 'csv', sha256: sha256(LOOSE) } },
      rowsAndSum('loose', 'n'),
    ),
  },
  routes: { '/web.csv': csv(WEB), '/loose.csv': csv(LOOSE) },
});

/**
 * Counts the page's calls of `navigator.storage.persist()`. Set on the app's page before it
 * loads; a notebook's code runs in a sandboxed iframe on another origin and cannot reach it.
 */
async function countPersist(page: Page) {
  await page.addInitScript(() => {
    const original = StorageManager.prototype.persist;
    const counted = window as unknown as { persistAsked: number };
    counted.persistAsked = 0;
    StorageManager.prototype.persist = function persist() {
      counted.persistAsked++;
      return original.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked);
}

/** The hashes of the datasets stored in the app's IndexedDB. */
const storedHashes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('algobook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('datasets').objectStore('datasets').getAllKeys();
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as string[]).sort());
          };
        };
      }),
  );

/** In the editor, adds LOCAL as the local file `sales.csv`. */
async function addLocalFile(page: Page) {
  const dialog = await openAddDialog(page, 'From a local file');
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'sales.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(LOCAL),
  });
  await expect.poll(() => dialog.getByLabel('Name in the notebook').inputValue()).toBe('sales');
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

describe('Free space', () => {
  it('keeps a local file and a draft’s dataset, lists them, asks first; the draft still runs', async () => {
    down = false;
    const page = await app.page();
    const persistAsked = await countPersist(page);

    // A draft on a dataset from the web, to which the person adds a local file.
    await editCopy(page, app.url, `${app.fixtures.url}draft.algo.md`);
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 30$/);
    const draftUrl = page.url();
    expect(await persistAsked()).toBe(0);
    await addLocalFile(page);
    // Storing a file that exists nowhere else asks the browser to keep it for good.
    await expect.poll(persistAsked).toBeGreaterThan(0);
    const panel = dataPanel(page);
    await panel.getByText('This browser may clear this data when space runs low.').waitFor();

    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '')
      .toContain(`sha256: ${sha256(LOCAL)}`);

    // Another notebook, read only: its dataset is in no draft.
    await page.goto(readerUrl(app.url, `${app.fixtures.url}loose.algo.md`));
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 1$/);
    const all = [sha256(WEB), sha256(LOOSE), sha256(LOCAL)].sort();
    expect(await storedHashes(page)).toEqual(all);

    await panel.getByRole('button', { name: 'Free space' }).click();
    const plan = panel.getByRole('region', { name: 'Free space in this browser' });
    const deleted = plan.getByRole('list', { name: /^To delete/ });
    const kept = plan.getByRole('list', { name: 'Kept' });
    expect(await deleted.innerText()).toMatch(/^loose · \d+\sbytes\s*$/m);
    const keptText = await kept.innerText();
    expect(keptText).toContain('a local file: this browser holds its only copy');
    expect(keptText).toMatch(/^sales · \d+\sbytes\s*$/m);
    expect(keptText).toMatch(/^web · \d+\sbytes\s*$/m);
    expect(keptText).toContain('used by the draft “Data test”');
    // Nothing is deleted before the person confirms.
    expect(await storedHashes(page)).toEqual(all);

    // Deleting a kept item needs its own tick, with a warning; untick it again.
    const sales = kept.getByRole('listitem').filter({ hasText: /^sales/ });
    await sales.getByRole('checkbox', { name: 'Delete it anyway' }).check();
    expect(await sales.getByRole('alert').innerText()).toMatch(/^This is the only copy/);
    await expect
      .poll(() => plan.getByRole('button', { name: /^Delete 2 datasets/ }).count())
      .toBe(1);
    await sales.getByRole('checkbox', { name: 'Delete it anyway' }).uncheck();

    await plan.getByRole('button', { name: /^Delete 1 dataset \(\d+\sbytes\)$/ }).click();
    const done = panel.getByRole('status').filter({ hasText: /^Freed/ });
    expect(await done.innerText()).toMatch(
      /^Freed \d+\sbytes: 1 dataset deleted; it will be downloaded again from its source when needed\.$/,
    );
    expect(await storedHashes(page)).toEqual([sha256(WEB), sha256(LOCAL)].sort());

    // The draft still runs, its sources down: both its datasets come from this browser.
    down = true;
    await page.goto(draftUrl);
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 30$/, 30_000);
    down = false;
  });

  it('publishing asks the browser to keep the data for good; the panel says when it does', async () => {
    down = false;
    const page = await app.page();
    const persistAsked = await countPersist(page);
    await editCopy(page, app.url, `${app.fixtures.url}draft.algo.md`);
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 30$/);
    expect(await persistAsked()).toBe(0);
    await publish(page, 'first', 1);
    await expect.poll(persistAsked).toBeGreaterThan(0);

    // A browser that agreed to keep this site's data says so in the data panel.
    const browserSession = await app.browser.newBrowserCDPSession();
    const cdp = await page.context().newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await browserSession.send('Browser.setPermission', {
      permission: { name: 'persistent-storage' },
      setting: 'granted',
      origin: new URL(app.url).origin,
      browserContextId: targetInfo.browserContextId,
    });
    await page.reload();
    await dataPanel(page).getByText('This browser keeps this data for good.').waitFor();
  });

  it('"Free its space" on a local file warns that it is the only copy, and keeps it unless confirmed', async () => {
    down = false;
    const page = await app.page();
    await editCopy(page, app.url, `${app.fixtures.url}draft.algo.md`);
    await addLocalFile(page);
    const card = datasetCard(page, 'sales');
    const free = card.getByRole('button', { name: 'Free its space' });
    await free.waitFor({ timeout: 15_000 });

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await free.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(
      /^Dataset "sales" is a local file: this browser holds its only copy\./,
    );
    expect(await storedHashes(page)).toContain(sha256(LOCAL));

    page.once('dialog', (dialog) => void dialog.accept());
    await free.click();
    await expect
      .poll(() => card.getByRole('status').innerText())
      .toMatch(/^The only copy of "sales" \(\d+\sbytes\) is deleted from this browser/);
    expect(await storedHashes(page)).not.toContain(sha256(LOCAL));
  });
});
