import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './support/browser.ts';
import { cell, readerUrl, waitForOutput } from './support/notebook.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { startFakePortal, type FakePortal } from '../support/fake-portal.ts';
import {
  dataPanel,
  datasetCard,
  notebookText,
  rowsAndSum,
  sha256,
  waitForState,
} from './datasets-support.ts';

// The notebook is served by one host and its dataset by the portal, so the portal can stop
// while the notebook still opens.
let app: AppHarness;
let portal: FakePortal;
let notebooks: StaticServer;

const FILE = '/files/paris-arrondissements.csv';

beforeAll(async () => {
  [app, portal] = await Promise.all([startApp(), startFakePortal()]);
  const text = notebookText(
    {
      arr: {
        url: `${portal.url}${FILE}`,
        format: 'csv',
        sha256: portal.sha256(FILE),
        bytes: portal.file(FILE).byteLength,
        license: 'etalab-2.0',
        source: 'Fake portal',
      },
    },
    rowsAndSum('arr', 'population'),
  );
  notebooks = await serveStatic('/nonexistent', {
    cors: true,
    routes: { '/offline.algo.md': () => ({ type: 'text/markdown', body: text }) },
  });
  expect(sha256(portal.file(FILE))).toBe(portal.sha256(FILE));
});
afterAll(async () => {
  await Promise.all([app?.close(), portal?.close(), notebooks?.close()]);
});

describe('the dataset cache', () => {
  it('opens a notebook seen before with its data server stopped, then frees the space', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await app.newPage(context);
    try {
      const url = readerUrl(app.server.url, `${notebooks.url}offline.algo.md`);
      await page.goto(url);
      await waitForOutput(cell(page, 2), 'rows:', /^rows: 20$/);
      const card = datasetCard(page, 'arr');
      await waitForState(card, /downloaded from its source/);
      await expect
        .poll(() =>
          dataPanel(page)
            .getByText(/Stored in this browser: .*1 dataset$/)
            .count(),
        )
        .toBe(1);

      await portal.close();
      await page.reload();
      await waitForOutput(cell(page, 2), 'rows:', /^rows: 20$/);
      await waitForOutput(cell(page, 3), 'sum:', /^sum: 2103778$/);
      // Served by the cache; the check of the source says it cannot be reached.
      expect(await waitForState(card, /its source is unreachable now/)).toMatch(
        /loaded from this browser’s cache/,
      );

      await dataPanel(page).getByRole('button', { name: 'Free space' }).click();
      await expect
        .poll(() =>
          dataPanel(page)
            .getByText(/Stored in this browser: 0\sbytes, 0 datasets/)
            .count(),
        )
        .toBe(1);
      await page.reload();
      await waitForState(card, /unreachable/);
      const alert = card.getByRole('alert');
      await expect
        .poll(() => alert.innerText())
        .toMatch(/Could not reach .*paris-arrondissements\.csv/);
    } finally {
      await context.close();
    }
  });
});
