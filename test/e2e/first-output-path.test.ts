/**
 * What a cold load does before the first output (issue 15, docs/performance.md): the reader's
 * data panel and the French error text are not on that path for a notebook without datasets; the language is read without `localStorage` (a synchronous call to the browser
 * process) and shows from the first paint, an earlier version's choice moved over once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from './support/notebook.ts';
import { recordHeadings, seenHeadings } from './support/headings.ts';
import { useApp } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';

const NOTEBOOK = `---
algobook: 1
id: first-output
title: First output
---

A slider and a derived value.

\`\`\`js
const rate = view(Inputs.range([0, 100], {label: "Rate", value: 20, step: 1}))
\`\`\`

\`\`\`js
"RESULT-" + (rate * 3)
\`\`\`
`;

const app = useApp({ notebooks: { 'first-output.algo.md': NOTEBOOK } });

/** The chunk that must wait for the first output: the data panel, below the notebook. */
const LATER = /\/assets\/DataPanel-[\w-]+\.js$/;

describe('a cold load of the reader, for a notebook without datasets', () => {
  it('fetches the data panel only once the first output is on the page, and no French', async () => {
    const page = await app.page();
    // When the output first shows, on the page's own clock, as resource timings are.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body?.textContent?.includes('RESULT-60')) return;
        (window as unknown as { __outputAt: number }).__outputAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(readerUrl(app.url, `${app.fixtures.url}first-output.algo.md`));
    await page.getByText('RESULT-60').waitFor();
    await page.getByRole('heading', { name: en['data.title'] }).waitFor();

    const { outputAt, fetched } = await page.evaluate(() => ({
      outputAt: (window as unknown as { __outputAt: number }).__outputAt,
      fetched: performance
        .getEntriesByType('resource')
        .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
    }));
    // The panel's chunks (a bundler may put some of its code in a chunk of its own).
    const later = fetched.filter((f) => LATER.test(f.path));
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((f) => f.start < outputAt).map((f) => f.path)).toEqual([]);
    // An English reader never fetches the French error text (it comes with French).
    expect(fetched.filter((f) => /\/assets\/french-/.test(f.path))).toEqual([]);
  });
});

/** Records every `localStorage` call of the app and every heading, from before its first script on. */
async function watchLocalStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __storageCalls: string[] }).__storageCalls = calls;
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
      const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
      Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
        calls.push(`${name}(${args.map(String).join(', ')})`);
        return original.apply(this, args);
      } as never;
    }
  });
  await recordHeadings(page);
}

/** Whether the app has looked for an earlier version's choice (done once, when idle). */
const legacyMoved = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const opening = indexedDB.open('algobook-settings');
        opening.onerror = () => resolve(false);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('settings')) return (db.close(), resolve(false));
          const get = db.transaction('settings').objectStore('settings').get('legacy-locale-moved');
          get.onsuccess = () => (db.close(), resolve(get.result === true));
          get.onerror = () => (db.close(), resolve(false));
        };
      }),
  );

const storageCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __storageCalls: string[] }).__storageCalls);
const headings = seenHeadings;

describe('the language chosen', () => {
  it('shows from the first paint on the next visit, read without localStorage', async () => {
    const page = await app.page({ language: 'en' });
    await page.goto(app.url);
    await expect.poll(() => legacyMoved(page)).toBe(true);
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();

    await watchLocalStorage(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();
    await page.getByRole('heading', { name: fr['home.examples'] }).waitFor();
    expect(await headings(page)).not.toContain(en['home.title']);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // Nothing of the first load asked localStorage (the move of an earlier version's choice
    // happened once, on the first visit).
    expect(await storageCalls(page)).toEqual([]);
  });

  it("moves an earlier version's choice in localStorage over, once, and keeps it", async () => {
    // A browser where an earlier version left its choice and a planted catalog.
    const page = await app.page({
      language: 'en',
      context: {
        storageState: {
          cookies: [],
          origins: [
            {
              origin: new URL(app.url).origin,
              localStorage: [
                { name: 'algobook.locale', value: 'fr' },
                { name: 'algobook.catalog', value: 'https://elsewhere.example/catalog.json' },
              ],
            },
          ],
        },
      },
    });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();
    await expect.poll(() => legacyMoved(page)).toBe(true);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await watchLocalStorage(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();
    expect(await headings(page)).not.toContain(en['home.title']);
    expect(await storageCalls(page)).toEqual([]);
  });
});
