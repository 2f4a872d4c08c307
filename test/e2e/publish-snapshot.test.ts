/**
 * Publishing in the browser keeps the publishing run's outputs as the version's snapshot
 * (`vN.outputs.json`'s text, issue 15), stored with the version in IndexedDB and bound to its
 * hash, for the reader to paint before the version has run again.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { en } from '../../src/app/i18n/en.ts';
import { readSnapshot } from '../../src/core/publish/snapshot.ts';
import { publish, storedVersions, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

/** An input, a table of dates, markdown, a chart and a value. */
const NOTEBOOK = `---
algobook: 1
id: snap
title: Snapshot
---

Some prose.

\`\`\`js
const rate = view(Inputs.range([0, 100], { label: 'Rate', value: 20, step: 1 }))
\`\`\`

\`\`\`js
display(aq.table({
  d: [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2))],
  n: [1, 2],
}))
\`\`\`

\`\`\`js
display(md\`Rate is **\${rate}**\`)
\`\`\`

\`\`\`js
display(chart({ mark: 'bar', data: { values: [{ a: 'x', b: 1 }] }, encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }))
\`\`\`

\`\`\`js indicator title="Result"
"RESULT-" + rate * 3
\`\`\`
`;

const app = useApp({ notebooks: { 'snap.algo.md': NOTEBOOK } });

/** Every stored version record, as IndexedDB holds it, with its snapshot's text. */
async function storedRecords(page: Page) {
  return (await storedVersions(page)) as { sha256: string; text: string; snapshot?: unknown }[];
}

describe('publishing in the browser', () => {
  it("stores the snapshot of the publishing run's outputs with the version, bound to its hash", async () => {
    const page = await app.edit('snap.algo.md');
    await waitForText(page, 'RESULT-60');
    await publish(page, 'First', 1);

    const [record] = await storedRecords(page);
    expect(createHash('sha256').update(record.text).digest('hex')).toBe(record.sha256);
    expect(typeof record.snapshot).toBe('string');
    const read = readSnapshot(record.snapshot as string, record.sha256);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const cells = read.snapshot.cells;
    expect(cells.map((c) => [c.cell, c.outputs.map((o) => o.kind)])).toEqual([
      [1, ['input']],
      [2, ['table']],
      [3, ['markdown']],
      [4, ['chart']],
      [5, ['value']],
    ]);
    expect(cells[0].outputs[0]).toMatchObject({
      kind: 'input',
      input: { type: 'range', label: 'Rate', min: 0, max: 100, step: 1, value: 20 },
      value: 20,
    });
    expect(cells[1].outputs[0]).toEqual({
      kind: 'table',
      columns: [
        { name: 'd', type: 'date' },
        { name: 'n', type: 'int32' },
      ],
      numRows: 2,
      rows: [
        ['2024-01-01T00:00:00.000Z', 1],
        ['2024-01-02T00:00:00.000Z', 2],
      ],
    });
    expect(cells[2].outputs[0]).toEqual({ kind: 'markdown', markdown: 'Rate is **20**' });
    expect(cells[3].outputs[0]).toMatchObject({ kind: 'chart', spec: { mark: 'bar' } });
    expect(cells[4].outputs[0]).toEqual({ kind: 'value', value: 'RESULT-60' });
  });

  it('paints the stored snapshot when the version is opened on this device, before any cell has run', async () => {
    const page = await app.edit('snap.algo.md');
    await waitForText(page, 'RESULT-60');
    await publish(page, 'First', 1);
    const [record] = await storedRecords(page);

    // The runner's script is held: whatever shows comes from the stored snapshot.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/runner/runner.js', async (route: Route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${app.server.url}#/version/${record.sha256}`);
    const mark = page.locator('.snapshot-mark[role="status"]');
    await mark.getByText(en['snapshot.mark.published']).waitFor();
    await page.getByText('RESULT-60').first().waitFor();
    // The mark says where the results stand: no "Not checked yet" beside it; and the key
    // results say they are the published ones until the live run has settled.
    expect(await page.locator('.badge[data-state="idle"]').count()).toBe(0);
    const intro = page.locator('.indicators .intro');
    await intro.getByText(en['citizen.indicatorsIntroPublished']).waitFor();
    release();
    await mark.getByText(en['snapshot.mark.reproduced']).waitFor();
    await intro.getByText(en['citizen.indicatorsIntro']).waitFor();
    expect(await page.locator('.badge[data-state="idle"]').count()).toBe(0);
  });
});
