import { describe, expect, it } from 'vitest';
import { expectPageErrors } from './support/browser.ts';
import {
  cell,
  errorOf,
  readerUrl,
  storedDrafts,
  waitForOutput,
  waitForStatus,
} from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

// sandbox.algo.md: cells 2 and 3 are harmless; cells 4 to 9 each try to reach the app.
const ATTEMPTS = [
  [4, "indexedDB.open('algobook') and read its drafts", /^SecurityError/],
  [5, 'indexedDB.databases()', /^SecurityError/],
  [6, "indexedDB.deleteDatabase('algobook')", /^SecurityError/],
  [7, 'localStorage', /^ReferenceError.*localStorage/],
  [8, 'parent.document', /^ReferenceError.*parent/],
  [9, 'top.location', /^ReferenceError.*top/],
] as const;

const SECRET = 'kept in this browser only';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe('the sandbox', () => {
  it("keeps a stranger's notebook away from the app's storage and page", async () => {
    const page = await app.newPage();
    // The escape attempts' own rejections surface from the sandboxed worker: the notebook's
    // errors by design, not the app's.
    expectPageErrors(page, /^: Uncaught \(in promise\)/);
    try {
      // A draft of one's own, opened from a file through the UI, and a stored language choice.
      await page.goto(app.server.url);
      await page.getByLabel('Open file').setInputFiles({
        name: 'mine.algo.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          `---\nalgobook: 1\nid: mine\ntitle: Mine\n---\n\n\`\`\`js\nconst secret = '${SECRET}';\n\`\`\`\n`,
        ),
      });
      await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
      const before = await storedDrafts(page);
      expect(before.map((d) => [d.title, d.text.includes(SECRET)])).toEqual([['Mine', true]]);
      await page.evaluate(() => localStorage.setItem('algobook.locale', 'en'));

      await page.goto(readerUrl(app.server.url, `${fixtures.url}sandbox.algo.md`));
      await waitForOutput(
        cell(page, 3),
        'Still running:',
        /^Still running: the notebook itself runs$/,
      );
      for (const [n, what, error] of ATTEMPTS) {
        await waitForStatus(cell(page, n), /^error$/);
        const shown = (await errorOf(cell(page, n)).textContent())?.trim() ?? '';
        expect(shown, `cell ${n}: ${what}`).toMatch(error);
      }
      expect(await page.getByText(SECRET).count()).toBe(0);
      expect(await page.title()).toBe('Sandbox escape attempts · algobook');
      expect(new URL(page.url()).origin).toBe(new URL(app.server.url).origin);

      // Everything is where it was: the draft, unchanged, and the language choice.
      expect(await storedDrafts(page)).toEqual(before);
      expect(await page.evaluate(() => localStorage.getItem('algobook.locale'))).toBe('en');
      await page.getByRole('link', { name: 'algobook' }).click();
      const drafts = page.getByRole('region', { name: 'Stored in this browser' }).getByRole('link');
      await expect.poll(() => drafts.allTextContents()).toEqual(['Mine']);
    } finally {
      await page.context().close();
    }
  });
});
