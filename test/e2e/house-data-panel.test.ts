import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, readerUrl, waitForOutput } from './support/notebook.ts';
import { MALFORMED, startFakePortal } from '../support/fake-portal.ts';
import {
  dataPanel,
  datasetCard,
  field,
  notebookText,
  sha256,
  waitForState,
} from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

// The data panel frees the cached bytes of one dataset at a time: the others stay offline. It
// asks the runner (which parses the bytes to answer) only about datasets that cells read, and
// reports a file that does not parse once, without asking again and again.

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
  // Cells read a and bad (a file that does not parse), not b.
  portal.setFile(
    '/nb/one-used.algo.md',
    notebookText(
      {
        a: pin('a.csv', A),
        b: pin('b.csv', B),
        bad: {
          url: `${portal.url}/files/malformed-fields.csv`,
          format: 'csv',
          sha256: portal.sha256('/files/malformed-fields.csv'),
        },
      },
      [
        "const a = await dataset('a');",
        'md`rows: ${a.numRows()}`',
        "const bad = await dataset('bad');",
        "const n = view(Inputs.range([1, 10], { label: 'Rows', value: 3, step: 1 }));",
        'md`n is ${n}`',
      ],
    ),
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

/** How many times the runner reported `kind` (parse-start, parse-end, parse-error) for `name`. */
function parses(page: Page, kind: string, name: string): Promise<number> {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark').length,
    `algobook:${kind}:${name}`,
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

  it('asks the runner only about datasets that cells read, and reports a file that does not parse once', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${portal.url}/nb/one-used.algo.md`));
      await waitForOutput(cell(page, 2), 'rows:', /^rows: 2$/);
      const [used, unused, bad] = ['a', 'b', 'bad'].map((name) => datasetCard(page, name));

      // Read by a cell: its rows and columns are shown.
      await expect.poll(() => field(used, 'Rows').innerText()).toBe('2');
      await used.getByRole('table', { name: 'Columns' }).waitFor();

      // The bad file: the panel names its line, from the cell's own parse.
      await expect
        .poll(() => bad.getByRole('alert').innerText(), { timeout: 15_000 })
        .toMatch(new RegExp(`line ${MALFORMED.extraFieldLine}`));

      // The runner is alive: the slider still drives its cell.
      const slider = page.getByRole('slider', { name: 'Rows' });
      await waitForOutput(cell(page, 5), 'n is', /^n is 3$/);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await waitForOutput(cell(page, 5), 'n is', /^n is 4$/);
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /stopped running it|runner stopped working/ })
          .count(),
      ).toBe(0);

      // Fetched and checked (prefetch), but no cell read it: the runner never parsed it.
      await waitForState(unused, /^verified/);
      expect(await parses(page, 'parse-start', 'b')).toBe(0);
      expect(await field(unused, 'Rows').innerText()).toBe('…');
      expect(await unused.getByRole('table').count()).toBe(0);

      // The bad file was parsed for its cell only, once: the panel did not ask about it again.
      expect(await parses(page, 'parse-error', 'bad')).toBe(1);
      expect(await parses(page, 'parse-start', 'bad')).toBe(1);
      expect(await parses(page, 'parse-start', 'a')).toBe(1);
    } finally {
      await page.context().close();
    }
  });
});
