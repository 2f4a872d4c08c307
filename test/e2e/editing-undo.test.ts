/**
 * Safe editing: a deleted, moved, inserted or converted cell comes back with Undo (the notice's
 * button, Ctrl+Z outside the editors, Jupyter's Z in command mode) and goes again with Redo,
 * keeping its text, its place and its id; deleting a cell throws nothing on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, codeOf, editCopy, shownCode, typeCode, waitForStatus } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });

async function cellNames(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /^Cell \d+$/ })
    .evaluateAll((cells) => cells.map((c) => c.querySelector('.cell-name')?.textContent ?? ''));
}

async function openBasics(page: Page): Promise<void> {
  await editCopy(page, app.url, `${app.fixtures.url}basics.algo.md`);
  // Cell 3 shows b = a * 10 once everything ran.
  await cell(page, 3).getByText('20', { exact: true }).waitFor();
}

const activeName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('undo and redo of cell operations', () => {
  it('brings a deleted cell back with the notice’s Undo, its text and its place kept, and the cells reading it run again', async () => {
    const page = await app.page();
    await openBasics(page);
    const before = await shownCode(page, 2);
    await page.getByRole('button', { name: 'Delete cell 2' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Cell deleted' });
    await notice.waitFor();
    // Cell 2 is now the one that read `a`: it fails.
    await waitForStatus(cell(page, 2), /^error$/);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await notice.waitFor({ state: 'hidden' });
    expect(await shownCode(page, 2)).toBe(before);
    await waitForStatus(cell(page, 3), /^done/);
    await cell(page, 3).getByText('20', { exact: true }).waitFor();
    await expect.poll(() => activeName(page)).toBe('Cell 2');
  });

  it('undoes a delete with Ctrl+Z and with Z in command mode, and redoes it with Ctrl+Shift+Z, Ctrl+Y and Shift+Z', async () => {
    const page = await app.page();
    await openBasics(page);
    const count = async () => (await cellNames(page)).length;
    expect(await count()).toBe(7);
    const second = await shownCode(page, 2);

    // D, D deletes the selected cell; Ctrl+Z brings it back.
    await cell(page, 2).focus();
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await expect.poll(count).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBe(7);
    expect(await shownCode(page, 2)).toBe(second);
    await cell(page, 3).getByText('20', { exact: true }).waitFor();

    // Ctrl+Shift+Z deletes it again, Z (command mode) restores it, Ctrl+Y deletes it again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(count).toBe(6);
    await expect.poll(() => activeName(page)).toMatch(/^Cell \d$/);
    await page.keyboard.press('z');
    await expect.poll(count).toBe(7);
    expect(await shownCode(page, 2)).toBe(second);
    await page.keyboard.press('Control+y');
    await expect.poll(count).toBe(6);
    await page.keyboard.press('z');
    await expect.poll(count).toBe(7);
    await page.keyboard.press('Shift+z');
    await expect.poll(count).toBe(6);
    await page.keyboard.press('z');
    await expect.poll(count).toBe(7);
    expect(await shownCode(page, 2)).toBe(second);
    await waitForStatus(cell(page, 3), /^done/);
  });

  it('leaves Ctrl+Z to the code editor while it has the focus', async () => {
    const page = await app.page();
    await openBasics(page);
    await page.getByRole('button', { name: 'Delete cell 7' }).click();
    await expect.poll(async () => (await cellNames(page)).length).toBe(6);
    await typeCode(page, 2, 'const a = 5;');
    await page.keyboard.press('Control+z');
    // Monaco undid the typing; the deleted cell stays deleted.
    await expect.poll(() => shownCode(page, 2)).not.toBe('const a = 5;');
    expect((await cellNames(page)).length).toBe(6);
    expect(await page.getByRole('status').filter({ hasText: 'Cell deleted' }).count()).toBe(1);
    await expect
      .poll(() => codeOf(page, 2).evaluate((e) => e === document.activeElement))
      .toBe(true);
  });

  it('undoes a move and a change of type', async () => {
    const page = await app.page();
    await openBasics(page);
    const names = await cellNames(page);
    const code3 = await shownCode(page, 3);

    await page.getByRole('button', { name: 'Move cell 3 up' }).click();
    expect(await shownCode(page, 2)).toBe(code3);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownCode(page, 3)).toBe(code3);

    // M makes cell 3 a text cell; Z makes it code again, with its id (it still shows b).
    await cell(page, 3).focus();
    await page.keyboard.press('m');
    await expect
      .poll(() => cellNames(page))
      .toEqual(names.map((n, i) => (i === 2 ? 'Text · cell 3' : n)));
    await page.keyboard.press('z');
    await expect.poll(() => cellNames(page)).toEqual(names);
    expect(await shownCode(page, 3)).toBe(code3);
    await cell(page, 3).getByText('20', { exact: true }).waitFor();
    // And Shift+Z turns it into text again.
    await page.keyboard.press('Shift+z');
    await expect
      .poll(() => cellNames(page))
      .toEqual(names.map((n, i) => (i === 2 ? 'Text · cell 3' : n)));
  });
});

describe('deleting a cell', () => {
  it('throws no page error ("Model is disposed!"), even while its code was just typed', async () => {
    const page = await app.page();
    await openBasics(page);
    await typeCode(page, 3, 'const b = a * 100;\ndisplay(b);');
    await page.getByRole('button', { name: 'Delete cell 3' }).click();
    await typeCode(page, 2, 'const a = 3;');
    await page.getByRole('button', { name: 'Delete cell 2' }).click();
    await expect.poll(async () => (await cellNames(page)).length).toBe(5);
    // Monaco's language worker answers after a delay: let it, then look for errors (afterEach).
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await cellNames(page)).length).toBe(6);
    await waitForStatus(cell(page, 2), /^done/);
  });
});
