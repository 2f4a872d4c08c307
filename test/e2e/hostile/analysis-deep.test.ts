import { describe, expect, it } from 'vitest';
import { cell, errorOf, readerUrl, waitForOutput, waitForStatus } from '../support/notebook.ts';
import { useApp } from '../support/use-app.ts';

const sum = (terms: number) => Array.from({ length: terms }, () => '1').join(' + ');

/**
 * A stranger's notebook with cells nested deeper than a parser's stack: 3,000 terms (which used
 * to stop every cell on the page), 10,000 terms and 10,000 chained calls. Each fails (or runs)
 * on its own; the cells around them still show their outputs.
 */
const NOTEBOOK = `---
algobook: 1
id: deep
title: Deep nesting
---

Cells nested too deeply for a parser.

\`\`\`js
const a = 20;
\`\`\`

\`\`\`js
${sum(3_000)}
\`\`\`

\`\`\`js
${sum(10_000)}
\`\`\`

\`\`\`js
const calls = "x"${'.trim()'.repeat(10_000)};
\`\`\`

\`\`\`js
md\`result: \${a + 1}\`
\`\`\`
`;

const app = useApp({ notebooks: { 'deep.algo.md': NOTEBOOK } });
const { fixtures: site } = app;

describe('a notebook with deeply nested cells', () => {
  it('fails the cells too deep to analyse on their own; the other cells show their outputs', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${site.url}deep.algo.md`));
      await waitForOutput(cell(page, 6), 'result:', /^result: 21$/, 30_000);
      await waitForStatus(cell(page, 2), /^done in /);
      // Whether an engine manages 3,000 terms or gives up, that is the cell's own affair.
      await waitForStatus(cell(page, 3), /^(done in .*|error)$/);
      await waitForStatus(cell(page, 4), /^error$/);
      await expect
        .poll(() => errorOf(cell(page, 4)).textContent())
        .toMatch(/nested too deeply to analyse/);
      await waitForStatus(cell(page, 5), /^error$/);
      await expect.poll(() => errorOf(cell(page, 5)).textContent()).toMatch(/nested too deeply/);
    } finally {
      await page.context().close();
    }
  });
});
