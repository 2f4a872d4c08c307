import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './support/browser.ts';
import {
  cell,
  newNotebook,
  shownCode,
  storedDrafts,
  typeCode,
  waitForMonaco,
  type StoredDraft,
} from './support/notebook.ts';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The stored draft `id`, read from `page`'s origin. */
async function stored(page: Page, id: string): Promise<StoredDraft | undefined> {
  return (await storedDrafts(page)).find((d) => d.id === id);
}

/** Waits until the stored text of draft `id` contains `text`; returns how long that took. */
async function savedWithin(page: Page, id: string, text: string, timeout = 5_000): Promise<number> {
  const t0 = performance.now();
  await expect
    .poll(async () => (await stored(page, id))?.text ?? '', { timeout, interval: 20 })
    .toContain(text);
  return performance.now() - t0;
}

describe('autosave', () => {
  it('stores each edit within a second, even while typing goes on', async () => {
    const page = await app.newPage();
    try {
      const id = await newNotebook(page, app.server.url);
      await typeCode(page, 1, 'const width = 3;');
      const took = await savedWithin(page, id, 'const width = 3;');
      console.log(`edit stored in ${took.toFixed(0)} ms`);
      expect(took).toBeLessThan(1000);
      await page
        .getByRole('status')
        .filter({ hasText: 'All changes saved in this browser' })
        .waitFor();

      // Typing on without the 0.3 s pause autosave waits for: every key is stored within about a
      // second anyway. Keys and saves (which the app announces to other tabs) are timed in the page.
      await page.evaluate(() => {
        const times = { keys: [] as number[], saves: [] as number[] };
        Object.assign(window, { autosaveTimes: times });
        document.addEventListener('keydown', () => times.keys.push(performance.now()), true);
        new BroadcastChannel('algobook').addEventListener(
          'message',
          (e: MessageEvent<{ type?: string }>) => {
            if (e.data?.type === 'saved') times.saves.push(performance.now());
          },
        );
      });
      await page.keyboard.press('End');
      const typed = ' // typed without a pause';
      await page.keyboard.type(typed, { delay: 60 });
      await savedWithin(page, id, `const width = 3;${typed}`);
      const { keys, saves } = await page.evaluate(
        () =>
          (window as unknown as { autosaveTimes: { keys: number[]; saves: number[] } })
            .autosaveTimes,
      );
      const waits = keys.map((key) => Math.min(...saves.filter((save) => save > key)) - key);
      const typing = keys[keys.length - 1] - keys[0];
      const during = saves.filter((save) => save < keys[keys.length - 1]).length;
      console.log(
        `typing for ${typing.toFixed(0)} ms: ${during} saves meanwhile, longest wait for a key to be stored ${Math.max(...waits).toFixed(0)} ms`,
      );
      expect(typing).toBeGreaterThan(1_300);
      expect(during).toBeGreaterThanOrEqual(1);
      // Within a second, and a little for the timers of a loaded machine; without the longest
      // wait, a key would wait for the end of the typing (2 s and more).
      expect(Math.max(...waits)).toBeLessThan(1_100);
    } finally {
      await page.context().close();
    }
  });

  it('restores the exact notebook text on reload', async () => {
    const page = await app.newPage();
    try {
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
      await expect
        .poll(async () => (await stored(page, id))?.rev)
        .toBeGreaterThan(before?.rev ?? 0);
      await expect.poll(async () => (await stored(page, id))?.text).toBe(before?.text);
    } finally {
      await page.context().close();
    }
  });
});

describe('two tabs on the same draft', () => {
  it("tell a tab of the other's save, overwrite nothing silently, and each choice works", async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    try {
      const first = await app.newPage(context);
      const id = await newNotebook(first, app.server.url);
      await typeCode(first, 1, 'const from = "nobody";');
      await savedWithin(first, id, '"nobody"');
      const second = await app.newPage(context);
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
  });
});

/** Waits for the notice that another tab saved the draft, which asks what to keep. */
async function toldOfAnotherTab(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: 'Changed in another tab' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Nothing was overwritten.');
}

/** Checks that `text`, typed in a tab that is in conflict, stays unsaved past autosave's delay. */
async function notStored(page: Page, id: string, text: string): Promise<void> {
  await page.waitForTimeout(1_000);
  expect((await stored(page, id))?.text).not.toContain(text);
}
