/**
 * A compromised runner reports a dataset's parse with a dialect or column notes of its own: the
 * page admits only the dialects algobook reads and bounded notes coded from its own catalogue
 * (src/runner/csv-schemas.ts). Anything else is dropped, named, and ends the runner, and nothing
 * of it reaches the data panel.
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from '../support/notebook.ts';
import {
  compromisedRunner,
  CSV_SHA,
  expectTamperingRefused,
  notebook,
  replaceRunner,
  runnerAlert,
  serveNotebook,
} from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
const site = useServer(() => serveNotebook(notebook()));

const DIALECT = "{ delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'iso', header: true }";
const NOTE = "{ column: 'a', code: 'column-not-number', params: { value: 'x', line: 2 } }";

/** The body of an attack: a parse of `d` that ends with `extra` in its `parse-end`. */
const parseEndWith = (extra: string) => `
  const about = { dataset: 'd', sha256: '${CSV_SHA}', bytes: 13 };
  port.postMessage({ kind: 'events', events: [
    { kind: 'parse-start', ...about },
    { kind: 'parse-end', ...about, rows: 2, ms: 1, ${extra} },
  ] });`;

const ATTACKS: [string, string][] = [
  ['a delimiter algobook does not read', `dialect: { ...${DIALECT}, delimiter: 'FORGED' }`],
  ['a dialect with a key of its own', `dialect: { ...${DIALECT}, quote: 'FORGED' }`],
  ['a note coded outside the catalogue', `notes: [{ ...${NOTE}, code: 'FORGED' }]`],
  ['a note with markup of its own', `notes: [{ ...${NOTE}, html: '<b>FORGED</b>' }]`],
  [
    'a note whose value is a megabyte',
    `notes: [{ ...${NOTE}, params: { value: 'FORGED'.repeat(200000), line: 2 } }]`,
  ],
  [
    'a thousand notes',
    `notes: Array.from({ length: 1000 }, () => ({ ...${NOTE}, column: 'FORGED' }))`,
  ],
  [
    'a note whose parameter is an object',
    `notes: [{ ...${NOTE}, params: { value: { toString: 'FORGED' } } }]`,
  ],
];

/** A reader's page on the notebook, its runner replaced by one that runs `attack`. */
async function attackedBy(attack: string) {
  const page = await app.page();
  await replaceRunner(page, compromisedRunner(attack));
  await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
  return page;
}

describe('a compromised runner reporting how it read a csv', () => {
  for (const [name, extra] of ATTACKS) {
    it(`with ${name} is dropped, named, and ends the runner for good`, async () => {
      const page = await attackedBy(parseEndWith(extra));
      await expectTamperingRefused(page);
      expect(await page.getByText(/FORGED/).count()).toBe(0);
    });
  }

  it('with a dialect and notes it may send is heard: the panel shows the note', async () => {
    const page = await attackedBy(parseEndWith(`dialect: ${DIALECT}, notes: [${NOTE}]`));
    await page
      .getByRole('region', { name: 'How the columns of “d” were read' })
      .getByText('Column "a" is read as text: its values are numbers, but "x" on line 2 is not')
      .waitFor();
    expect(await runnerAlert(page).count()).toBe(0);
  });
});
