/**
 * The reader does not move under a reader's eyes when the citizen views arrive: the key results
 * are read from the fence options (no analysis of the code, no acorn) and shown from the first
 * paint, so the citizen views' chunk, fetched after the first output, adds nothing above the
 * cells. It brings the explanations ("How is this computed?").
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const NOTEBOOK = `---
algobook: 1
id: stable
title: Stable
---

## Number of files

\`\`\`js indicator title="Files"
const files = 6 * 7;
display(files);
\`\`\`

\`\`\`js
"VALUE-" + files
\`\`\`
`;

const app = useApp({ notebooks: { 'stable.algo.md': NOTEBOOK } });

const PARTS = /\/assets\/(reader-parts|citizen)-[\w-]+\.js$/;

describe('the reader, as the citizen views arrive', () => {
  it('shows the key results before them, and nothing above the cells moves when they come', async () => {
    const page = await app.page();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PARTS, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(readerUrl(app.url, `${app.fixtures.url}stable.algo.md`));
    await page.getByText('"VALUE-42"').waitFor();
    // The citizen views are held: the key results are there all the same, with their value.
    const keyResults = page.getByRole('region', { name: 'Key results' });
    expect(await keyResults.count()).toBe(1);
    await expect
      .poll(() => keyResults.locator('.output[data-kind]').count(), { timeout: 10_000 })
      .toBe(1);
    const card = page.locator('.card-part summary');
    const top = () => card.evaluate((summary) => summary.getBoundingClientRect().top);
    const before = await top();

    const loaded = page.waitForResponse(PARTS);
    release();
    await loaded;
    // The chunk brought the explanation; closed again, the page is as it was.
    const explain = keyResults.getByRole('button', { name: /Files/ });
    const panel = keyResults.locator('section.explain');
    await explain.click();
    await panel.waitFor();
    await explain.click();
    await panel.waitFor({ state: 'detached' });
    expect(await top()).toBe(before);
  });
});
