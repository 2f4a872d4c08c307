import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { codeOf, newNotebook, shownCode, storedDrafts, typeCode } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

// The editor's saving states tell the truth: "All changes saved" only when no edit waits, and a
// failed "Save mine as a copy" leaves the conflict open (try again, or download the text) with
// autosave resuming once it is resolved.

const app = useApp();

const SAVED = 'All changes saved in this browser';

async function storedText(page: Page, id: string): Promise<string> {
  return (await storedDrafts(page)).find((d) => d.id === id)?.text ?? '';
}

async function appendCode(page: Page, n: number, text: string) {
  await codeOf(page, n).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(text);
}

describe('saving states', () => {
  it('"All changes saved" never shows while an edit is still waiting to be stored', async () => {
    const page = await app.page();
    const id = await newNotebook(page, app.server.url);
    await typeCode(page, 1, 'const a = 1;');
    await page.getByRole('status').filter({ hasText: SAVED }).waitFor();

    // Instruments the page: each time the status claims everything is saved, what is stored
    // then; and each draft write the app starts. A transaction of the test's own holds the
    // drafts store, so the app's next write waits until it is released.
    await page.evaluate((saved) => {
      const w = window as unknown as Record<string, unknown>;
      const claims: string[] = [];
      let writes = 0;
      w.houseClaims = claims;
      w.houseWrites = () => writes;
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
        const [stores, mode] = args;
        if (mode === 'readwrite' && [stores].flat().includes('drafts')) writes++;
        return transaction.apply(this, args);
      } as typeof transaction;
      const open = indexedDB.open('algobook');
      open.onsuccess = () => {
        const db = open.result;
        const status = document.querySelector('.save-state');
        new MutationObserver(() => {
          if (status?.textContent?.trim() !== saved) return;
          const read = db.transaction('drafts').objectStore('drafts').getAll();
          read.onsuccess = () =>
            claims.push((read.result as { text: string }[]).map((d) => d.text).join('\n'));
        }).observe(status!, { subtree: true, childList: true, characterData: true });
        const lock = db.transaction('drafts', 'readwrite').objectStore('drafts');
        let held = true;
        w.houseRelease = () => (held = false);
        const spin = () => {
          if (held) lock.get('none').onsuccess = spin;
        };
        spin();
        w.houseLocked = true;
      };
    }, SAVED);
    await page.waitForFunction(() => (window as unknown as { houseLocked?: boolean }).houseLocked);
    const writesBefore = await page.evaluate(() =>
      (window as unknown as { houseWrites: () => number }).houseWrites(),
    );

    // Edit A starts its write, which waits on the lock; edit B comes meanwhile.
    await appendCode(page, 1, ' // edit A');
    await page.waitForFunction(
      (before) => (window as unknown as { houseWrites: () => number }).houseWrites() > before,
      writesBefore,
    );
    await appendCode(page, 1, ' // edit B');
    await page.evaluate(() => (window as unknown as { houseRelease: () => void }).houseRelease());

    await expect.poll(() => storedText(page, id), { timeout: 10_000 }).toContain('// edit B');
    await page.getByRole('status').filter({ hasText: SAVED }).waitFor();
    const claims = await page.evaluate(
      () => (window as unknown as { houseClaims: string[] }).houseClaims,
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const stored of claims) expect(stored).toContain('// edit B');
  });

  it(
    'a failed "Save mine as a copy" keeps the conflict open, offers the text, and autosave resumes after',
    { timeout: 150_000 },
    async () => {
      const context = await app.browser.newContext({ locale: 'en-US', acceptDownloads: true });
      try {
        const first = await app.newPage(context);
        const id = await newNotebook(first, app.server.url);
        await typeCode(first, 1, 'const from = "nobody";');
        await expect.poll(() => storedText(first, id)).toContain('"nobody"');
        const second = await app.newPage(context);
        await second.goto(`${app.server.url}#/draft/${encodeURIComponent(id)}`);
        await second.bringToFront();
        // Monaco shows the stored code. (Not `codeOf(…).waitFor()`: Monaco's textbox is an
        // empty, zero-wide element while the editor has no focus, which Playwright calls hidden;
        // only the plain textarea shown while Monaco loads passed that wait.)
        await expect.poll(() => shownCode(second, 1)).toContain('"nobody"');

        await first.bringToFront();
        await typeCode(first, 1, 'const from = "first tab";');
        await expect.poll(() => storedText(first, id)).toContain('"first tab"');
        const dialog = second.getByRole('alertdialog', { name: 'Changed in another tab' });
        await dialog.waitFor();
        await second.bringToFront();
        await typeCode(second, 1, 'const from = "second tab";');

        // The next write to IndexedDB in the second tab fails, as on a full disk.
        await second.evaluate(() => {
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore) {
            IDBObjectStore.prototype.put = put;
            throw new DOMException('The disk is full.', 'QuotaExceededError');
          } as typeof put;
        });
        await dialog.getByRole('button', { name: 'Save mine as a copy' }).click();
        await dialog.getByText('could not be stored as a copy').waitFor();
        expect(await dialog.isVisible()).toBe(true);
        expect(await dialog.getByRole('button', { name: 'Keep mine' }).isVisible()).toBe(true);
        expect(
          await dialog.getByRole('button', { name: 'Try saving mine as a copy again' }).isVisible(),
        ).toBe(true);

        const [download] = await Promise.all([
          second.waitForEvent('download'),
          dialog.getByRole('button', { name: 'Download my text' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.algo\.md$/);
        expect(await readFile((await download.path())!, 'utf8')).toContain('"second tab"');

        // Resolved: the banner goes, and later edits are stored again.
        await dialog.getByRole('button', { name: 'Keep mine' }).click();
        await expect.poll(() => storedText(second, id)).toContain('"second tab"');
        expect(await dialog.count()).toBe(0);
        await typeCode(second, 1, 'const from = "after the conflict";');
        await expect.poll(() => storedText(second, id)).toContain('"after the conflict"');
        await second.getByRole('status').filter({ hasText: SAVED }).waitFor();
      } finally {
        await context.close();
      }
    },
  );
});
