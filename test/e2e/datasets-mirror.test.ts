import { beforeAll, describe, expect, it } from 'vitest';
import { cell, readerUrl, waitForOutput } from './support/notebook.ts';
import { serveStatic } from './support/static-server.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, notebookText, rowsAndSum, waitForState } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);
let downUrl: string;

const FILE = '/files/paris-arrondissements.csv';

beforeAll(async () => {
  // A source that is down: a server that answered once and stopped.
  const gone = await serveStatic('/nonexistent');
  downUrl = `${gone.url}paris-arrondissements.csv`;
  await gone.close();
});

describe('mirrors', () => {
  it('serve the pinned bytes when the source is down, and the panel says which one', async () => {
    // The mirror is relative to the notebook's URL, as a copy shipped beside it would be.
    portal.setFile(
      '/nb/mirrored.algo.md',
      notebookText(
        {
          arr: {
            url: downUrl,
            mirrors: ['../status/404', `..${FILE}`],
            format: 'csv',
            sha256: portal.sha256(FILE),
          },
        },
        rowsAndSum('arr', 'population'),
      ),
    );
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/mirrored.algo.md`));
    await waitForOutput(cell(page, 3), 'sum:', /^sum: 2103778$/);
    expect(await waitForState(datasetCard(page, 'arr'), /verified/)).toBe(
      `verified, downloaded from mirror 2 (${portal.url}${FILE})`,
    );
  });
});
