import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/core/publish/catalog.ts';
import { readSnapshot, snapshotPath } from '../../src/core/publish/snapshot.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { builtApp } from './publish-fixture.ts';

afterAll(removeTempDirs);

/** A notebook with an input, a table of dates and big integers, markdown, a chart and a value. */
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
  b: [1n, 2n ** 60n],
}))
\`\`\`

\`\`\`js
display(md\`Rate is **\${rate}**\`)
\`\`\`

\`\`\`js
display(chart({ mark: 'bar', data: { values: [{ a: 'x', b: 1 }] }, encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }))
\`\`\`

\`\`\`js
"RESULT-" + rate * 3
\`\`\`
`;

function notebookFile(): string {
  const dir = tempDir();
  const file = join(dir, 'snap.algo.md');
  writeFileSync(file, NOTEBOOK);
  return file;
}

describe.concurrent('algobook publish: output snapshot', { timeout: CLI_TIMEOUT * 3 }, () => {
  it("writes vN.outputs.json beside the version, bound to the catalog's sha256; verify still reproduces", async () => {
    const site = join(tempDir(), 'site');
    const app = builtApp();
    const published = await algobook(
      'publish',
      notebookFile(),
      '--site',
      site,
      '-m',
      'First',
      '--app',
      app,
    );
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    const listed = readCatalog(readFileSync(join(site, 'catalog.json'), 'utf8')).notebooks[0]
      .versions[0];
    expect(snapshotPath(listed.path)).toBe('snap/v1.outputs.json');
    expect(readdirSync(join(site, 'snap')).sort()).toEqual([
      'index.html',
      'v1.algo.md',
      'v1.html',
      'v1.outputs.json',
    ]);

    const read = readSnapshot(
      readFileSync(join(site, 'snap/v1.outputs.json'), 'utf8'),
      listed.sha256,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.snapshot.cells).toEqual([
      {
        cell: 1,
        outputs: [
          {
            kind: 'input',
            id: '1:0',
            input: { type: 'range', label: 'Rate', min: 0, max: 100, step: 1, value: 20 },
            value: 20,
          },
        ],
      },
      {
        cell: 2,
        outputs: [
          {
            kind: 'table',
            columns: [
              { name: 'd', type: 'date' },
              { name: 'n', type: 'int32' },
              { name: 'b', type: 'int64' },
            ],
            numRows: 2,
            // The child process sends Dates and BigInts as they are: JSON keeps them as text.
            rows: [
              ['2024-01-01T00:00:00.000Z', 1, '1'],
              ['2024-01-02T00:00:00.000Z', 2, '1152921504606846976'],
            ],
          },
        ],
      },
      { cell: 3, outputs: [{ kind: 'markdown', markdown: 'Rate is **20**' }] },
      {
        cell: 4,
        outputs: [
          {
            kind: 'chart',
            spec: {
              mark: 'bar',
              data: { values: [{ a: 'x', b: 1 }] },
              encoding: {
                x: { field: 'a', type: 'nominal' },
                y: { field: 'b', type: 'quantitative' },
              },
            },
          },
        ],
      },
      { cell: 5, outputs: [{ kind: 'value', value: 'RESULT-60' }] },
    ]);

    // The verifier, which finds earlier versions among the files beside, is not misled by it.
    const verified = await algobook('verify', join(site, 'snap/v1.algo.md'));
    expect(verified.stdout).toContain('Reproduced');
    expect(verified.code).toBe(0);
  });

  it('never overwrites a snapshot file, and then publishes nothing', async () => {
    const file = notebookFile();
    const site = join(tempDir(), 'site');
    mkdirSync(join(site, 'snap'), { recursive: true });
    writeFileSync(join(site, 'snap/v1.outputs.json'), 'someone else’s file');
    const refused = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `cannot write ${join(site, 'snap/v1.outputs.json')}: it already exists.`,
    );
    expect(readFileSync(join(site, 'snap/v1.outputs.json'), 'utf8')).toBe('someone else’s file');
    expect(existsSync(join(site, 'snap/v1.algo.md'))).toBe(false);
    expect(existsSync(join(site, 'catalog.json'))).toBe(false);
  });
});
