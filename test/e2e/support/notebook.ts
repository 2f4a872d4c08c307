/**
 * What the reader, editor, error, stop, sandbox and autosave tests share: the fixtures' server,
 * and a cell, its status, its code and its outputs found as a person finds them (roles, labels,
 * visible text).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer, type StaticServerOptions } from './static-server.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** `test/e2e/fixtures/` on another origin, with CORS, as an open-data host serves notebooks. */
export function serveFixtures(options: StaticServerOptions = {}): Promise<StaticServer> {
  return serveStatic(FIXTURES, { cors: true, ...options });
}

/** The app's address that opens the notebook at `src` in the reader. */
export function readerUrl(appUrl: string, src: string): string {
  return `${appUrl}?src=${encodeURIComponent(src)}`;
}

/** Cell `n` (counting prose cells too), in the reader or the editor. */
export function cell(page: Page, n: number): Locator {
  return page.getByRole('region', { name: `Cell ${n}`, exact: true });
}

const STATUS = /^(queued|running \d.*|done in \d.*|error|interrupted)$/;

/** A code cell's run status: "queued", "running 1.2 s", "done in 3 ms", "error", "interrupted". */
export function statusOf(cellLocator: Locator): Locator {
  return cellLocator.getByRole('status').filter({ hasText: STATUS });
}

/** Waits until the cell's status matches `expected`; returns the status text. */
export async function waitForStatus(
  cellLocator: Locator,
  expected: RegExp,
  timeout = 10_000,
): Promise<string> {
  await expect.poll(() => statusText(cellLocator), { timeout, interval: 25 }).toMatch(expected);
  return statusText(cellLocator);
}

async function statusText(cellLocator: Locator): Promise<string> {
  const status = statusOf(cellLocator);
  return (await status.count()) ? ((await status.first().textContent()) ?? '') : '';
}

/** The text of the cell's first paragraph output that starts with `prefix` ('' if none yet). */
export async function outputText(cellLocator: Locator, prefix: string): Promise<string> {
  const paragraph = cellLocator
    .getByRole('paragraph')
    .filter({ hasText: new RegExp(`^${prefix}`) });
  return (await paragraph.count()) ? ((await paragraph.first().textContent()) ?? '') : '';
}

/** Waits until the paragraph output starting with `prefix` matches `expected`; returns its text. */
export async function waitForOutput(
  cellLocator: Locator,
  prefix: string,
  expected: RegExp,
  timeout = 10_000,
): Promise<string> {
  await expect
    .poll(() => outputText(cellLocator, prefix), { timeout, interval: 25 })
    .toMatch(expected);
  return outputText(cellLocator, prefix);
}

/** The error shown in a cell: its name, where ("line 2, column 7"), and its message. */
export function errorOf(cellLocator: Locator): Locator {
  return cellLocator.getByRole('group', { name: 'Error' });
}

/** Opens a notebook in the reader, presses "Edit a copy" and waits for Monaco in the editor. */
export async function editCopy(page: Page, appUrl: string, src: string): Promise<void> {
  await page.goto(readerUrl(appUrl, src));
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
  await waitForMonaco(page);
}

/** Waits for Monaco, which the editor loads after its first paint. */
export async function waitForMonaco(page: Page): Promise<void> {
  // Monaco has no role of its own to wait for; its root class is what says it has loaded.
  // Generous: Monaco is a large chunk, and a loaded machine parses it slowly.
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
}

/** The code editor of cell `n`: Monaco's text area, named "Code of cell n". */
export function codeOf(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: `Code of cell ${n}`, exact: true });
}

/** Replaces the code of cell `n` as a person would: focus, select all, type. */
export async function typeCode(page: Page, n: number, code: string): Promise<void> {
  await codeOf(page, n).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** Replaces the code of cell `n` and runs it with Shift+Enter. */
export async function typeAndRun(page: Page, n: number, code: string): Promise<void> {
  await typeCode(page, n, code);
  await page.keyboard.press('Shift+Enter');
}

/** The code of cell `n` as the editor shows it (Monaco draws spaces as no-break spaces). */
export async function shownCode(page: Page, n: number): Promise<string> {
  const text = await cell(page, n).getByRole('code').innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** A draft as stored in the app's IndexedDB (see src/app/storage/drafts.ts). */
export interface StoredDraft {
  id: string;
  title: string;
  text: string;
  rev: number;
  updated: number;
  writer: string;
}

/**
 * The drafts stored in the app's IndexedDB, read from the page at `page`'s origin. Only call it
 * once the app has created the database: opening a missing one would create it without stores.
 */
export function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve, reject) => {
        const open = indexedDB.open('algobook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('drafts').objectStore('drafts').getAll();
          read.onerror = () => reject(read.error);
          // Closed at once: an open connection would hold up the app's own upgrades.
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
        };
      }),
  );
}

/**
 * From the home page, "New notebook", named `title`: the editor on a new draft with one empty
 * code cell.
 */
export async function newNotebook(
  page: Page,
  appUrl: string,
  title = 'Untitled notebook',
): Promise<string> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'New notebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'New notebook' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
  await waitForMonaco(page);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/draft/', ''));
}
