import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { dataPanel, datasetCard, notebookText, sha256, waitForState } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

// The data panel frees the cached bytes of one dataset at a time: the others stay offline.

const app = useApp();
const portal = useServer(startFakePortal);

const A = 'code,population\n1,100\n2,200\n';
const B = 'code,area\n1,10\n2,20\n3,30\n';

beforeAll(async () => {
  portal.setFile('/files/a.csv', A);
  portal.setFile('/files/b.csv', B);
  const pin = (file: string, text: string) => ({
    url: `${portal.url}/files/${file}`,
    format: 'csv',
    sha256: sha256(text),
    bytes: text.length,
  });
  portal.setFile(
    '/nb/two.algo.md',
    notebookText({ a: pin('a.csv', A), b: pin('b.csv', B) }, [
      "const a = await dataset('a');",
      "const b = await dataset('b');",
    ]),
  );
  portal.setFile(
    '/nb/one-used.algo.md',
    notebookText({ a: pin('a.csv', A), b: pin('b.csv', B) }, [
      "const a = await dataset('a');",
      'md`rows: ${a.numRows()}`',
    ]),
  );
});

/** The hashes of the datasets kept in the app's IndexedDB. */
function cachedHashes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('algobook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('datasets').objectStore('datasets').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve((keys.result as string[]).sort());
          };
        };
      }),
  );
}

describe('the data panel', () => {
  it('frees one dataset’s cached bytes and keeps the others', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${portal.url}/nb/two.algo.md`));
      const [a, b] = [datasetCard(page, 'a'), datasetCard(page, 'b')];
      await waitForState(a, /^verified/);
      await waitForState(b, /^verified/);
      await expect.poll(() => cachedHashes(page)).toEqual([sha256(A), sha256(B)].sort());
      const used = dataPanel(page).getByText(/^Stored in this browser: /);
      await expect.poll(() => used.innerText()).toMatch(/2 datasets$/);

      await a.getByRole('button', { name: 'Free its space' }).click();
      await expect
        .poll(() => a.getByRole('status').innerText())
        .toMatch(/^The bytes of "a" \(\d+\sbytes\) are no longer kept in this browser/);
      await expect.poll(() => cachedHashes(page)).toEqual([sha256(B)]);
      await expect.poll(() => used.innerText()).toMatch(/1 dataset$/);
      expect(await a.getByRole('button', { name: 'Free its space' }).count()).toBe(0);
      expect(await b.getByRole('button', { name: 'Free its space' }).count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
