import { beforeAll, describe, expect, it } from 'vitest';
import { cell, readerUrl, waitForOutput } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import {
  dataPanel,
  datasetCard,
  notebookText,
  rowsAndSum,
  sha256,
  waitForState,
} from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

// The notebook is served by one host and its dataset by the portal, so the portal can stop
// while the notebook still opens.
const app = useApp({ fixtures: true });
const portal = useServer(startFakePortal);

const FILE = '/files/paris-arrondissements.csv';

beforeAll(async () => {
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
  app.serve('offline.algo.md', text);
  expect(sha256(portal.file(FILE))).toBe(portal.sha256(FILE));
});

describe('the dataset cache', () => {
  it('opens a notebook seen before with its data server stopped, then frees the space', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await app.newPage(context);
    try {
      const url = readerUrl(app.server.url, `${app.fixtures.url}offline.algo.md`);
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
      // It asks first, listing what it would delete.
      await dataPanel(page)
        .getByRole('button', { name: /^Delete 1 dataset \(\d+\sbytes\)$/ })
        .click();
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
