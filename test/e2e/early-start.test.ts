/**
 * What a reader's link starts before the page has rendered anything (issue 15,
 * `shell/early-start.ts`): while the dictionary is still on its way, the reader's chunks, the
 * runner's sandbox, the site's own catalog, and then the linked version and its output snapshot
 * are already requested; each once only.
 * Another site's catalog is not fetched early.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, expectPageErrors } from './support/browser.ts';
import { readerUrl } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { snapshotPath } from '../../src/core/publish/snapshot-path.ts';

const app = useApp({ site: true, fixtures: true });

/** Holds every dictionary chunk until `release`; records each path the page requests. */
async function holdDictionary(page: Page) {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldCount = 0;
  await page.route(/\/assets\/(en|fr)-[\w-]+\.js$/, async (route) => {
    heldCount++;
    await held;
    await route.continue();
  });
  return { asked, release, held: () => heldCount };
}

describe("a published notebook's link", () => {
  it('requests the reader, the sandbox and the catalog while the dictionary is held', async () => {
    const page = await app.page();
    const { asked, release, held } = await holdDictionary(page);
    const latest = `/${app.site.versions[1].path}`;
    await page.goto(`${app.server.url}#/city-total`);
    await expect.poll(held).toBe(1);
    await expect
      .poll(() => ({
        catalog: asked.some((p) => p.endsWith('/catalog.json')),
        reader: asked.some((p) => /\/ReaderPage-[\w-]+\.js$/.test(p)),
        // The sanitizer, in a chunk evaluated on its own, and the markdown worker.
        sanitizer: asked.some((p) => /\/purify\.es-[\w-]+\.js$/.test(p)),
        markdown: asked.some((p) => /\/markdown\.worker-[\w-]+\.js$/.test(p)),
        sandbox: asked.some((p) => p.endsWith('/sandbox.html')),
        version: asked.some((p) => p.endsWith(latest)),
        snapshot: asked.some((p) => p.endsWith(snapshotPath(latest))),
      }))
      .toEqual({
        catalog: true,
        reader: true,
        sanitizer: true,
        markdown: true,
        sandbox: true,
        version: true,
        snapshot: true,
      });
    release();
    await page.getByRole('button', { name: en['publish.verify'] }).waitFor();
    // Each read once: the reader took over what was started early.
    expect(asked.filter((p) => p.endsWith('/catalog.json'))).toHaveLength(1);
    expect(asked.filter((p) => p.endsWith(latest))).toHaveLength(1);
    expect(asked.filter((p) => p.endsWith(snapshotPath(latest)))).toHaveLength(1);
  });

  it("adds no preload link per chunk of the reader: the browser follows the chunks' imports", async () => {
    const page = await app.page();
    await page.goto(`${app.server.url}#/city-total`);
    await page.getByRole('button', { name: en['publish.verify'] }).waitFor();
    // The page's own, from index.html, and none added by script (vite.config.ts).
    const inHtml = readFileSync(join(DIST, 'index.html'), 'utf8').match(/rel="modulepreload"/g);
    expect(inHtml?.length).toBeGreaterThan(0);
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(inHtml?.length);
  });

  it('loads no part of the home page (its catalog and register)', async () => {
    const page = await app.page();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${app.server.url}#/city-total`);
    await page.getByRole('button', { name: en['publish.verify'] }).waitFor();
    expect(asked.filter((p) => /\/HomePage-[\w-]+\.js$/.test(p))).toEqual([]);
  });

  it("does not fetch another site's catalog before the page has rendered", async () => {
    const page = await app.page();
    const { asked, release, held } = await holdDictionary(page);
    const other = `${app.fixtures.url}publish/catalog.json`;
    await page.goto(`${app.server.url}?catalog=${encodeURIComponent(other)}#/city-total`);
    await expect.poll(held).toBe(1);
    // The reader's chunks are requested early for this link too: wait for them, then look.
    await expect.poll(() => asked.some((p) => /\/ReaderPage-[\w-]+\.js$/.test(p))).toBe(true);
    expect(asked.filter((p) => p.endsWith('/catalog.json'))).toEqual([]);
    release();
  });
});

/** Holds the app's entry (nothing of the app runs) until `release`. */
async function holdEntry(page: Page): Promise<() => void> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(html)?.[1];
  expect(entry).toMatch(/^assets\/index-[\w-]+\.js$/);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${entry}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe("a notebook's link (?src=)", () => {
  it("starts the runner before the app's own code has run", async () => {
    const page = await app.page();
    const asked: string[] = [];
    // The page's, and its frames' and workers' (the runner's script is the sandbox's worker's).
    page.context().on('request', (request) => asked.push(new URL(request.url()).pathname));
    const release = await holdEntry(page);
    const src = `${app.fixtures.url}basics.algo.md`;
    await page.goto(readerUrl(app.url, src), { waitUntil: 'commit' });
    await expect
      .poll(() => ({
        sandbox: asked.includes('/sandbox.html'),
        runner: asked.some((p) => p.endsWith('/runner/runner.js')),
      }))
      .toEqual({ sandbox: true, runner: true });
    release();
    await page.locator('.output').first().waitFor();
    // The app took that frame: one frame, one runner.
    expect(await page.locator('iframe[sandbox]').count()).toBe(1);
    expect(asked.filter((p) => p === '/sandbox.html')).toHaveLength(1);
    expect(asked.filter((p) => p.endsWith('/runner/runner.js'))).toHaveLength(1);
  });

  it('says so when that runner fails to load before the app is there to listen', async () => {
    const page = await app.page();
    expectPageErrors(page, /runner/i);
    // The runner's script is missing: its worker fails at once, while the app's entry is held.
    await page
      .context()
      .route('**/runner/runner.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const release = await holdEntry(page);
    await page.goto(readerUrl(app.url, `${app.fixtures.url}basics.algo.md`), {
      waitUntil: 'commit',
    });
    // Give the frame time to report before anyone listens, then let the app come.
    await expect
      .poll(() => page.locator('iframe[data-worker-error]').count(), { timeout: 20_000 })
      .toBe(1);
    release();
    const notice = page.getByRole('status').and(page.locator('[data-code]'));
    await expect.poll(() => notice.getAttribute('data-code')).toBe('runner-worker-error');
  });

  it('fetches the notebook while the dictionary is held, and reads that response', async () => {
    const page = await app.page();
    const { asked, release, held } = await holdDictionary(page);
    await page.goto(readerUrl(app.url, `${app.fixtures.url}basics.algo.md`));
    await expect.poll(held).toBe(1);
    await expect.poll(() => asked.some((p) => p.endsWith('/basics.algo.md'))).toBe(true);
    release();
    await page.locator('.output').first().waitFor();
    expect(asked.filter((p) => p.endsWith('/basics.algo.md'))).toHaveLength(1);
  });
});

describe('the home page', () => {
  it('is requested while the dictionary is held, and shows once it has come', async () => {
    const page = await app.page();
    const { asked, release, held } = await holdDictionary(page);
    await page.goto(app.server.url);
    await expect.poll(held).toBe(1);
    await expect.poll(() => asked.some((p) => /\/HomePage-[\w-]+\.js$/.test(p))).toBe(true);
    release();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    // No notebook to run: no runner.
    expect(asked.filter((p) => p.endsWith('/sandbox.html'))).toEqual([]);
  });
});
