/**
 * A notebook's prose is rendered by a worker of the page (issue 15, `outputs/markdown.worker.ts`):
 * the markdown parser never loads on the page's main thread, where its evaluation was a task of
 * 50–100 ms during load. The page sanitises what the worker returns; where no worker can load,
 * it renders the prose itself.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const NOTEBOOK = `---
algobook: 1
id: prose
title: Prose
---

# How the index is computed

Each *pollutant* gets a **sub-index**; see [the method](#method).

<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>

\`\`\`js
"VALUE-" + (6 * 7)
\`\`\`
`;

// \`*a\` repeated: marked's emphasis rules take time that grows with the square of the run (32,000
// pairs: ~4 s in Node; these 300,000: minutes). The limit on a render is 4 s.
const HOSTILE = '*a'.repeat(300_000);

const LONG_TEXT = `---
algobook: 1
id: long-text
title: Long text
---

${HOSTILE}

\`\`\`js
"FIRST-" + 1
\`\`\`

## After the long text

Some *emphasis*.

\`\`\`js
"VALUE-" + (6 * 7)
\`\`\`
`;

const app = useApp({ notebooks: { 'prose.algo.md': NOTEBOOK, 'long-text.algo.md': LONG_TEXT } });

const WORKER = /\/assets\/markdown\.worker-[\w-]+\.js$/;
const MARKED = /\/assets\/marked\.esm-[\w-]+\.js$/;

/** The page's own resources (a worker's own imports are in its timeline, not the page's). */
const pageResources = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );

async function openProse(page: Page) {
  await page.goto(readerUrl(app.url, `${app.fixtures.url}prose.algo.md`));
  const prose = page.locator('section.prose');
  await prose.getByRole('heading', { level: 1, name: 'How the index is computed' }).waitFor();
  await page.getByText('"VALUE-42"').waitFor();
  return prose;
}

describe("a notebook's prose", () => {
  it('is rendered by a worker: the page never loads the markdown parser', async () => {
    const page = await app.page();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const prose = await openProse(page);
    expect(await prose.locator('em').textContent()).toBe('pollutant');
    expect(await prose.locator('strong').textContent()).toBe('sub-index');
    expect(asked.filter((p) => WORKER.test(p))).toHaveLength(1);
    const resources = await pageResources(page);
    expect(resources.filter((p) => WORKER.test(p))).toHaveLength(1);
    expect(resources.filter((p) => MARKED.test(p))).toEqual([]);
    // What came back from the worker was sanitised on the page.
    expect(await prose.locator('img[onerror], script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('is rendered by the page itself, sanitised, when the worker cannot load', async () => {
    const page = await app.page();
    await page.context().route(WORKER, (route) => route.abort());
    const prose = await openProse(page);
    expect(await prose.locator('strong').textContent()).toBe('sub-index');
    expect((await pageResources(page)).some((p) => MARKED.test(p))).toBe(true);
    expect(await prose.locator('img[onerror], script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows a text that holds the parser too long as written, and renders the prose after it', async () => {
    const page = await app.page();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(readerUrl(app.url, `${app.fixtures.url}long-text.algo.md`));
    await page.getByText('"VALUE-42"').waitFor();
    const prose = page.locator('section.prose');
    // Without the limit, this heading waits behind the long text for minutes.
    await prose
      .getByRole('heading', { level: 2, name: 'After the long text' })
      .waitFor({ timeout: 20_000 });
    expect(await prose.locator('em', { hasText: 'emphasis' }).count()).toBe(1);
    const long = prose.filter({ hasText: '*a*a*a' });
    expect(await long.count()).toBe(1);
    expect(await long.locator('em').count()).toBe(0);
    // A second worker took the rest; the page never loaded the parser itself.
    expect(asked.filter((p) => WORKER.test(p)).length).toBeGreaterThanOrEqual(1);
    expect((await pageResources(page)).some((p) => MARKED.test(p))).toBe(false);
  });
});
