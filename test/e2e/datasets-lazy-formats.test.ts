/**
 * Parquet, Excel and CSV/TSV are read by scripts of their own beside the runner
 * (`runner/parquet.js`, `runner/xlsx.js`, `runner/csv.js`), fetched the first time a notebook
 * reads such a dataset: a notebook without one never requests them, and one that pins them reads
 * them in the sandboxed worker.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeParquet } from '../support/parquet-writer.ts';
import { writeWorkbook } from '../support/workbook.ts';
import { dataPanel, datasetCard, field, openAddDialog } from './datasets-support.ts';
import {
  cell,
  newNotebook,
  readerUrl,
  storedDrafts,
  typeAndRun,
  waitForOutput,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

function communeRows() {
  return [
    ['Communes de l’Essonne et de la Loire'],
    [],
    ['code_insee', 'nom', 'population'],
    ['91228', 'Évry-Courcouronnes', 66700],
    ['42218', 'Saint-Étienne', 172565],
  ];
}
const XLSX = writeWorkbook({ Lisez: [['Ce classeur est un exemple.']], Communes: communeRows() });
const PARQUET = writeParquet(
  [
    { name: 'arrondissement', kind: 'int64', values: [1n, 2n, 3n] },
    { name: 'population', kind: 'int64', values: [15917n, 21595n, 33972n] },
  ],
  { codec: 'gzip' },
);
// What a portal's export endpoint answers: no extension, a generic type; the first sheet holds
// the table, under a title.
const EXPORT = writeWorkbook({ Communes: communeRows() });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const front = (datasets: string) =>
  `---\nalgobook: 1\nid: lazy\ntitle: Lazy formats\n${datasets}---\n`;
const BOTH = `${front(
  `datasets:\n  communes:\n    url: data/communes.xlsx\n    format: xlsx\n    sha256: ${sha256(XLSX)}\n    sheet: Communes\n` +
    `  paris:\n    url: data/paris.parquet\n    format: parquet\n    sha256: ${sha256(PARQUET)}\n`,
)}
\`\`\`js
const communes = await dataset('communes');
const paris = await dataset('paris');
\`\`\`

\`\`\`js
md\`Read: ${'$'}{communes.array('nom').join(' and ')}; ${'$'}{paris.rollup({ p: op.sum('population') }).get('p', 0)} inhabitants\`
\`\`\`
`;
const PLAIN = `${front('')}
\`\`\`js
md\`Plain: ${'$'}{[1, 2, 3].length} numbers\`
\`\`\`
`;

// A French CSV (semicolons, accents) and a malformed one, whose error crosses from csv.js.
const CSV = new TextEncoder().encode(
  'code_insee;nom;population\n91228;Évry-Courcouronnes;66700\n42218;Saint-Étienne;172565\n',
);
const BAD_CSV = new TextEncoder().encode('a,b\n1,2\n3,4,5\n');
const DELIMITED = `${front(
  `datasets:\n  communes:\n    url: data/communes.csv\n    format: csv\n    sha256: ${sha256(CSV)}\n` +
    `  bad:\n    url: data/bad.csv\n    format: csv\n    sha256: ${sha256(BAD_CSV)}\n`,
)}
\`\`\`js
const communes = await dataset('communes');
\`\`\`

\`\`\`js
md\`CSV: ${'$'}{communes.array('nom').join(' and ')}; ${'$'}{communes.rollup({ p: op.sum('population') }).get('p', 0)} inhabitants\`
\`\`\`

\`\`\`js
const bad = await dataset('bad').then(() => 'read', (error) => error.message);
\`\`\`

\`\`\`js
md\`Bad: ${'$'}{bad}\`
\`\`\`
`;

// A notebook whose cells try to hand the runner a parser of their own: directly, and from a
// getter on a global SheetJS reads as it starts, that is during the runner's import of xlsx.js.
const FORGING = `${front(
  `datasets:\n  communes:\n    url: data/communes.xlsx\n    format: xlsx\n    sha256: ${sha256(XLSX)}\n    sheet: Communes\n`,
)}
\`\`\`js
const forged = { readWorkbook: () => ({ names: ['forged'], columns: { forged: ['by a cell'] } }) };
let during = 0;
algobookFormatModule('xlsx', forged);
Object.defineProperty(globalThis, 'Buffer', {
  get() {
    during++;
    algobookFormatModule('xlsx', forged);
    return undefined;
  },
});
const tries = () => during;
\`\`\`

\`\`\`js
const communes = (tries, await dataset('communes'));
\`\`\`

\`\`\`js
md\`Columns: ${'$'}{communes.columnNames().join(', ')}; handed in during the import: ${'$'}{tries() > 0}\`
\`\`\`
`;

const app = useApp({
  notebooks: {
    'both.algo.md': BOTH,
    'plain.algo.md': PLAIN,
    'forging.algo.md': FORGING,
    'delimited.algo.md': DELIMITED,
  },
  routes: {
    '/data/communes.xlsx': () => ({
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: XLSX,
    }),
    '/data/paris.parquet': () => ({ type: 'application/vnd.apache.parquet', body: PARQUET }),
    '/api/communes/export': () => ({ type: 'application/octet-stream', body: EXPORT }),
    '/data/communes.csv': () => ({ type: 'text/csv', body: CSV }),
    '/data/bad.csv': () => ({ type: 'text/csv', body: BAD_CSV }),
  },
});

/** Opens the notebook in the reader on a fresh page, recording the runner's scripts requested. */
async function open(name: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await app.page();
  const scripts: string[] = [];
  // The context sees the sandboxed frame's worker too, on the sandbox's own origin. The
  // runner's folder also holds `start.js`, the page's own script that creates the frame.
  page.context().on('request', (request) => {
    const found = /\/runner\/([a-z]+\.js)$/.exec(new URL(request.url()).pathname);
    if (found && found[1] !== 'start.js') scripts.push(found[1]);
  });
  const text = {
    'both.algo.md': BOTH,
    'plain.algo.md': PLAIN,
    'forging.algo.md': FORGING,
    'delimited.algo.md': DELIMITED,
  }[name];
  await page.goto(readerUrl(app.url, app.serve(name, text ?? '')));
  return { page, scripts };
}

describe('Parquet and Excel, loaded lazily', () => {
  it('a notebook without them runs without requesting parquet.js or xlsx.js', async () => {
    const { page, scripts } = await open('plain.algo.md');
    await waitForOutput(cell(page, 1), 'Plain', /^Plain: 3 numbers$/, 30_000);
    expect(scripts).toEqual(['runner.js']);
  });

  it('a notebook pinning an xlsx sheet and a Parquet file reads both, each script fetched once', async () => {
    const { page, scripts } = await open('both.algo.md');
    await waitForOutput(
      cell(page, 2),
      'Read',
      /^Read: Évry-Courcouronnes and Saint-Étienne; 71484 inhabitants$/,
      30_000,
    );
    expect([...scripts].sort()).toEqual(['parquet.js', 'runner.js', 'xlsx.js']);
  });
});

describe('CSV, loaded lazily', () => {
  it('a notebook pinning CSV files fetches csv.js once, reads them and names a malformed line', async () => {
    const { page, scripts } = await open('delimited.algo.md');
    await waitForOutput(
      cell(page, 2),
      'CSV',
      /^CSV: Évry-Courcouronnes and Saint-Étienne; 239265 inhabitants$/,
      30_000,
    );
    await waitForOutput(
      cell(page, 4),
      'Bad',
      /^Bad: Dataset "bad" could not be read as csv: line 3 has 3 fields, more than the 2 of the header \(line 1\)/,
      30_000,
    );
    expect([...scripts].sort()).toEqual(['csv.js', 'runner.js']);
  });
});

describe('the runner’s parsers', () => {
  it('take no parser a cell hands in, before or during the import of xlsx.js', async () => {
    const { page } = await open('forging.algo.md');
    await waitForOutput(
      cell(page, 3),
      'Columns',
      /^Columns: code_insee, nom, population; handed in during the import: true$/,
      30_000,
    );
  });
});

describe('a workbook added from a URL', () => {
  it('is known by its bytes, pinned as xlsx and read in a cell', async () => {
    const page = await app.page();
    await newNotebook(page, app.url);
    const dialog = await openAddDialog(page, 'From a URL');
    await dialog.getByLabel('URL of the file').fill(`${app.fixtures.url}api/communes/export`);
    await dialog.getByLabel('Name in the notebook').fill('communes');
    await dialog.getByRole('button', { name: 'Download and pin' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(async () => (await storedDrafts(page))[0]?.text ?? '')
      .toContain('format: xlsx');
    await typeAndRun(
      page,
      1,
      "md`sum: ${(await dataset('communes')).rollup({ s: op.sum('population') }).get('s', 0)}`",
    );
    await waitForOutput(cell(page, 1), 'sum:', /^sum: 239265$/, 30_000);
    expect(await field(datasetCard(page, 'communes'), 'Rows').innerText()).toBe('2');
    expect(await dataPanel(page).getByRole('alert').count()).toBe(0);
  });
});
