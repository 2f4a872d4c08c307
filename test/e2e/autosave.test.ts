import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectPageErrors } from './support/browser.ts';
import {
  cell,
  newNotebook,
  shownCode,
  storedDrafts,
  typeCode,
  waitForMonaco,
  type StoredDraft,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

/** The stored draft `id`, read from `page`'s origin. */
async function stored(page: Page, id: string): Promise<StoredDraft | undefined> {
  return (await storedDrafts(page)).find((d) => d.id === id);
}

/**
 * Waits until the stored text of draft `id` contains `text`. (How soon is a figure of
 * bench/responsiveness.bench.ts, not a test.)
 */
async function savedWithin(page: Page, id: string, text: string, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => (await stored(page, id))?.text ?? '', { timeout, interval: 20 })
    .toContain(text);
}

describe('autosave', () => {
  it('stores each edit, even while typing goes on', async () => {
    const page = await app.page();
    const id = await newNotebook(page, app.server.url);
    await typeCode(page, 1, 'const width = 3;');
    await savedWithin(page, id, 'const width = 3;');
    await page
      .getByRole('status')
      .filter({ hasText: 'All changes saved in this browser' })
      .waitFor();

    // Typing on without the 0.3 s pause autosave waits for: the app stores the text anyway
    // while keys keep coming. Saves are announced to other tabs, which the page listens to.
    await page.evaluate(() => {
      const seen = { saves: 0 };
      Object.assign(window, { autosaveSeen: seen });
      new BroadcastChannel('algobook').addEventListener(
        'message',
        (e: MessageEvent<{ type?: string }>) => {
          if (e.data?.type === 'saved') seen.saves++;
        },
      );
    });
    const saves = () =>
      page.evaluate(
        () => (window as unknown as { autosaveSeen: { saves: number } }).autosaveSeen.saves,
      );
    await page.keyboard.press('End');
    // Each key is held 60 ms, never a pause; without a save during typing this would go on for
    // all 300 keys (18 s and more) and fail.
    let typed = '';
    while ((await saves()) === 0 && typed.length < 300) {
      await page.keyboard.press('x', { delay: 60 });
      typed += 'x';
    }
    expect(await saves()).toBeGreaterThan(0);
    expect(typed.length).toBeLessThan(300);
    await page.keyboard.type(' // typed on');
    await savedWithin(page, id, `const width = 3;${typed} // typed on`);
  });

  it('restores the exact notebook text on reload', async () => {
    const page = await app.page();
    const id = await newNotebook(page, app.server.url);
    await typeCode(page, 1, 'const width = 3;\nconst height = 4;');
    await page.getByRole('button', { name: 'Add text cell' }).click();
    await page.keyboard.insertText('## Area\n\nWidth *times* height.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add code cell' }).click();
    await typeCode(page, 3, 'md`area: ${width * height}`');
    await page.getByRole('button', { name: 'Move cell 2 up' }).click();
    await savedWithin(page, id, 'md`area: ${width * height}`');
    await page
      .getByRole('status')
      .filter({ hasText: 'All changes saved in this browser' })
      .waitFor();
    const before = await stored(page, id);
    expect(before?.text).toMatch(
      /## Area\n\nWidth \*times\* height\.\n\n```js\nconst width = 3;\nconst height = 4;\n```/,
    );

    await page.reload();
    await waitForMonaco(page);
    await page.getByRole('heading', { level: 2, name: 'Area' }).waitFor();
    expect(await shownCode(page, 2)).toContain('const width = 3;\nconst height = 4;');
    expect(await shownCode(page, 3)).toContain('md`area: ${width * height}`');
    expect(await cell(page, 3).getByText('area: 12').count()).toBe(1);
    // Opening saves nothing; an edit undone saves the reloaded notebook: the same text.
    expect(await stored(page, id)).toEqual(before);
    await page.getByRole('button', { name: 'Add code cell' }).click();
    await page.getByRole('button', { name: 'Delete cell 4' }).click();
    await expect.poll(async () => (await stored(page, id))?.rev).toBeGreaterThan(before?.rev ?? 0);
    await expect.poll(async () => (await stored(page, id))?.text).toBe(before?.text);
  });
});

describe('two tabs on the same draft', () => {
  // A long story, with two tabs: more than the default minute on a loaded machine.
  it(
    "tell a tab of the other's save, overwrite nothing silently, and each choice works",
    { timeout: 180_000 },
    async () => {
      const context = await app.browser.newContext({ locale: 'en-US' });
      try {
        const first = await app.newPage(context);
        expectMonacoDeliverQueueBug(first);
        const id = await newNotebook(first, app.server.url);
        await typeCode(first, 1, 'const from = "nobody";');
        await savedWithin(first, id, '"nobody"');
        const second = await app.newPage(context);
        expectMonacoDeliverQueueBug(second);
        await second.goto(`${app.server.url}#/draft/${encodeURIComponent(id)}`);
        await waitForMonaco(second);
        for (const page of [first, second]) {
          await page
            .getByRole('status')
            .filter({ hasText: 'This notebook is also open in another tab.' })
            .waitFor();
        }

        // The first tab saves; the second is told, and what it types meanwhile is not stored.
        await typeCode(first, 1, 'const from = "first tab";');
        await savedWithin(first, id, '"first tab"');
        await toldOfAnotherTab(second);
        await typeCode(second, 1, 'const from = "second tab";');
        await notStored(second, id, '"second tab"');

        // "Load the other tab's version": the second tab shows the first's text, and goes on from it.
        await second.getByRole('button', { name: "Load the other tab's version" }).click();
        await expect.poll(() => shownCode(second, 1)).toContain('const from = "first tab";');
        expect(await second.getByRole('alertdialog').count()).toBe(0);
        await typeCode(second, 1, 'const from = "second tab, after loading";');
        await savedWithin(second, id, '"second tab, after loading"');

        // Now the first tab is told; "Keep mine" stores its text over the second's.
        await toldOfAnotherTab(first);
        await typeCode(first, 1, 'const from = "first tab, kept";');
        await notStored(first, id, '"first tab, kept"');
        await first.getByRole('button', { name: 'Keep mine' }).click();
        await savedWithin(first, id, '"first tab, kept"');
        expect(await first.getByRole('alertdialog').count()).toBe(0);

        // And the second tab is told in turn; "Save mine as a copy" keeps both versions.
        await toldOfAnotherTab(second);
        await typeCode(second, 1, 'const from = "second tab, copied";');
        await notStored(second, id, '"second tab, copied"');
        await second.getByRole('button', { name: 'Save mine as a copy' }).click();
        await expect.poll(() => second.url()).not.toContain(encodeURIComponent(id));
        await waitForMonaco(second);
        expect(await shownCode(second, 1)).toContain('const from = "second tab, copied";');
        expect(await second.getByRole('alertdialog').count()).toBe(0);
        const drafts = await storedDrafts(second);
        expect(drafts).toHaveLength(2);
        const copy = drafts.find((d) => d.id !== id);
        expect(drafts.find((d) => d.id === id)?.text).toContain('"first tab, kept"');
        expect(copy?.text).toContain('"second tab, copied"');
        expect(copy?.title).toBe('Untitled notebook (copy)');
        expect(second.url()).toContain(`#/draft/${copy?.id}`);

        await second.getByRole('link', { name: 'algobook' }).click();
        const listed = second
          .getByRole('region', { name: 'Stored in this browser' })
          .getByRole('link');
        await expect
          .poll(async () => (await listed.allTextContents()).sort())
          .toEqual(['Untitled notebook', 'Untitled notebook (copy)']);
      } finally {
        await context.close();
      }
    },
  );
});

/**
 * A known bug, not yet fixed: when a tab loads the other tab's version, Monaco's event emitter
 * throws "Cannot read properties of undefined (reading '0')" in `_deliverQueue` (a listener
 * removed while an event is being delivered). The page keeps working; the bug is reported.
 */
function expectMonacoDeliverQueueBug(page: Page): void {
  expectPageErrors(page, /: Cannot read properties of undefined \(reading '0'\)$/);
}

/** Waits for the notice that another tab saved the draft, which asks what to keep. */
async function toldOfAnotherTab(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: 'Changed in another tab' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Nothing was overwritten.');
}

/**
 * Checks that `text`, typed in a tab that is in conflict, is not stored even when the tab saves
 * at once, as it does when hidden or closed (`pagehide`), with no pause to wait for. Such a save
 * opens its IndexedDB transaction before this test's read, which therefore sees it.
 */
async function notStored(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  expect((await stored(page, id))?.text).not.toContain(text);
}
