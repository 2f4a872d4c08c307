import { beforeAll, describe, expect, it } from 'vitest';
import { cell, readerUrl, waitForOutput, waitForStatus } from './support/notebook.ts';
import { startFakePortal } from '../support/fake-portal.ts';
import { datasetCard, notebookText, rowsAndSum } from './datasets-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const app = useApp();
const portal = useServer(startFakePortal);

const ROWS = 400_000;

/** A CSV of a few tens of MB: long enough to parse that the page shows it. */
function bigCsv(rows: number): string {
  const lines = ['id,station,value,note'];
  for (let i = 0; i < rows; ++i)
    lines.push(`${i},station-${i % 97},${(i % 1000) / 10},"a quoted note, number ${i}"`);
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  portal.setFile('/files/parse.csv', bigCsv(ROWS), 'text/csv');
  portal.setFile(
    '/nb/parse.algo.md',
    notebookText(
      {
        big: {
          url: `${portal.url}/files/parse.csv`,
          format: 'csv',
          sha256: portal.sha256('/files/parse.csv'),
        },
      },
      rowsAndSum('big', 'id'),
    ),
  );
});

describe('parsing a large dataset', () => {
  it('shows "Reading the table…" with its size while the runner parses, then the rows', async () => {
    const size = portal.file('/files/parse.csv').byteLength;
    expect(size).toBeGreaterThan(10_000_000);
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/parse.algo.md`));
    const card = datasetCard(page, 'big');
    const bar = card.getByRole('progressbar', { name: 'Reading of big' });
    await bar.waitFor({ timeout: 20_000 });
    // Indeterminate (the parse says when it starts and ends), with the size being read.
    expect(await bar.getAttribute('value')).toBeNull();
    const mb = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(size / 1e6);
    expect(await card.getByText(/^Reading the table… /).innerText()).toMatch(
      new RegExp(`^Reading the table… ${mb.replace('.', '\\.')}\\sMB$`),
    );
    expect(await card.getByRole('button', { name: 'Cancel' }).count()).toBe(1);

    await waitForOutput(cell(page, 2), 'rows:', new RegExp(`^rows: ${ROWS}$`));
    await expect.poll(() => bar.count()).toBe(0);
  });

  it('Cancel during parsing stops the cell reading the dataset', async () => {
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${portal.url}/nb/parse.algo.md`));
    const card = datasetCard(page, 'big');
    const bar = card.getByRole('progressbar', { name: 'Reading of big' });
    await bar.waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Cancel' }).click();
    expect(await waitForStatus(cell(page, 1), /^interrupted$/)).toBe('interrupted');
    await expect.poll(() => bar.count()).toBe(0);
  });
});
