/**
 * What the editor tells a person about a cell: a ReferenceError with its line, the output or
 * error of a cell just run brought into view (at desktop and phone widths, with or without
 * motion), and a hint when the cell's last line is an expression nobody sees.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  cell,
  editCopy,
  errorOf,
  newNotebook,
  readerUrl,
  typeCode,
  waitForStatus,
} from './support/notebook.ts';
import { useApp, type PageOptions } from './support/use-app.ts';

const PROSE = Array.from(
  { length: 24 },
  (_, i) =>
    `## Part ${i + 1}\n\nA paragraph long enough to take some room on a page, part ${i + 1}.`,
).join('\n\n');
const LONG = `---\nalgobook: 1\nid: long\ntitle: Long\n---\n\n${PROSE}\n\n\`\`\`js\nconst k = 1;\nconst m = k + nowhere;\n\`\`\`\n`;
/** The code cell comes after one long prose cell. */
const LAST = 2;

const app = useApp({ notebooks: { 'long.algo.md': LONG } });

/** Whether the whole of `locator` is inside the window. */
function inView(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= document.documentElement.clientHeight;
  });
}

/** Scrolls so that the cell's bar (and its Run button) sits at the bottom of the window. */
async function scrollBarToBottom(page: Page, n: number): Promise<void> {
  await page.getByRole('button', { name: `Run cell ${n}` }).evaluate((button) => {
    const box = button.getBoundingClientRect();
    window.scrollBy({
      top: box.bottom - document.documentElement.clientHeight + 2,
      behavior: 'instant',
    });
  });
}

describe('a ReferenceError', () => {
  it.each([
    ['en' as const, 'line 2, column 15', 'nowhere is not defined'],
    ['fr' as const, 'ligne 2, colonne 15', 'nowhere n’est pas défini'],
  ])(
    'gives the line and column of the undefined name within the cell (%s)',
    async (language, where, message) => {
      const page = await app.page({ language });
      await page.goto(readerUrl(app.url, app.serve('long.algo.md', LONG)));
      const edit = language === 'en' ? 'Edit a copy' : 'Modifier une copie';
      await page.getByRole('button', { name: edit }).click();
      const error = page.locator('[role=group][data-code="undefined-name"]');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toContain(`(${where})`);
      expect(await error.innerText()).toContain(message);
    },
  );
});

describe('running a cell', () => {
  it.each<[string, PageOptions]>([
    ['at desktop width, smoothly', { viewport: { width: 1280, height: 720 } }],
    [
      'at phone width, with reduced motion',
      { viewport: { width: 390, height: 844 }, context: { reducedMotion: 'reduce' } },
    ],
  ])('brings its error into view %s', async (_, options) => {
    const page = await app.page(options);
    await editCopy(page, app.url, app.serve('long.algo.md', LONG));
    const last = cell(page, LAST);
    await waitForStatus(last, /^error$/, 30_000);
    await scrollBarToBottom(page, LAST);
    const error = errorOf(last);
    expect(await inView(page, error)).toBe(false);

    await page.getByRole('button', { name: `Run cell ${LAST}` }).click();
    await expect.poll(() => inView(page, error), { timeout: 10_000 }).toBe(true);
  });

  it('does not scroll when the output is in view already', async () => {
    const page = await app.page({ viewport: { width: 1280, height: 720 } });
    await editCopy(page, app.url, app.serve('long.algo.md', LONG));
    const last = cell(page, LAST);
    await waitForStatus(last, /^error$/, 30_000);
    await errorOf(last).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await page.getByRole('button', { name: `Run cell ${LAST}` }).click();
    await waitForStatus(last, /^error$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});

describe('the hint under a cell', () => {
  it('appears when the last line is an expression not shown, and goes once it is', async () => {
    const page = await app.page();
    await newNotebook(page, app.url);
    const hint = cell(page, 1).getByText(/^The last line is not shown: wrap it in display\(…\)/);
    await typeCode(page, 1, 'const n = 3;\nmd`n is ${n}`');
    await hint.waitFor();
    await typeCode(page, 1, 'const n = 3;\ndisplay(md`n is ${n}`)');
    await hint.waitFor({ state: 'detached' });
    await typeCode(page, 1, 'md`n is ${3}`');
    await page.keyboard.press('Shift+Enter');
    await cell(page, 1).getByText('n is 3').waitFor();
    expect(await hint.count()).toBe(0);
  });

  it('is in French for a French reader', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Nouveau carnet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau carnet' });
    await dialog.getByLabel('Titre').fill('Essai');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    const code = page.getByRole('textbox', { name: 'Code de la cellule 1' });
    await code.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('const n = 3;\nn * 2;');
    await page.getByText(/^La dernière ligne n’est pas affichée/).waitFor();
  });
});
