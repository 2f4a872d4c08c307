/**
 * Everything works from the keyboard alone: opening a notebook from the home page, Jupyter's
 * command keys in the editor, folding code, scrolling a table and moving a slider in the reader;
 * and the focus is always visible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from './support/browser.ts';
import { cell, editCopy, readerUrl } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

const examples: unknown[] = existsSync(`${DIST}/examples/index.json`)
  ? JSON.parse(readFileSync(`${DIST}/examples/index.json`, 'utf8'))
  : [];

interface Focused {
  tag: string;
  /** What a screen reader would call it, near enough: aria-label, else its label, else its text. */
  name: string;
  /** Whether it, or the label or box around it, draws a focus ring (outline or shadow). */
  ring: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { tag: '', name: '', ring: false };
    const labelled =
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element : null;
    const label = labelled?.labels?.[0]?.innerText;
    const name = element.getAttribute('aria-label') ?? label ?? element.innerText ?? '';
    let ring = false;
    // Up to three levels up: a transparent file input shows the ring on its label, Monaco on its
    // box. A selected cell (command mode) shows a coloured bar on its side instead.
    for (
      let e: HTMLElement | null = element, i = 0;
      e && i < 4 && !ring;
      e = e.parentElement, i++
    ) {
      const style = getComputedStyle(e);
      if (style.opacity === '0') continue;
      ring =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        (e === element && e.tabIndex === -1 && style.borderLeftColor !== 'rgba(0, 0, 0, 0)');
    }
    return { tag: element.tagName.toLowerCase(), name: name.trim(), ring };
  });
}

/** Presses `key` until the focused element is named `name`; fails after `max` presses. */
async function pressUntil(
  page: Page,
  name: string | RegExp,
  key = 'Tab',
  max = 60,
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    seen.push(now.name);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return now;
  }
  throw new Error(`${key} never reached "${name}"; it went through: ${seen.join(' | ')}`);
}

async function activeName(page: Page): Promise<string> {
  return (await focused(page)).name;
}

async function cellCount(page: Page): Promise<number> {
  return page.getByRole('region', { name: /^Cell \d+$/ }).count();
}

describe('the keyboard', () => {
  it('reaches "New notebook" from the top of the home page with Tab, every stop showing a focus ring, and Enter asks for a title, then opens the editor', async () => {
    const page = await app.page();
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'New notebook' }).waitFor();
    const stops: Focused[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Skip to content',
        'Language',
        'New notebook',
        'Open file',
        'Open from a URL',
      ]),
    );
    expect(stops.filter((s) => !s.ring)).toEqual([]);

    await page.keyboard.press('Shift+Tab');
    await pressUntil(page, 'New notebook', 'Shift+Tab');
    await page.keyboard.press('Enter');
    // It asks for the title first, with the focus in the field.
    await page.getByRole('dialog', { name: 'New notebook' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-notebook-name');
    await page.keyboard.type('Keyboard notebook');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    expect(page.url()).toMatch(/#\/draft\//);
    // The focus starts on the new page, not lost on the removed button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await pressUntil(page, 'Code of cell 1');
  });

  it.runIf(examples.length > 0)('opens an example with Tab and Enter', async () => {
    const page = await app.page();
    await page.goto(app.server.url);
    const examplesList = page.getByRole('region', { name: 'Examples' }).getByRole('link');
    await examplesList.first().waitFor();
    const title = (await examplesList.first().innerText()).trim();
    await pressUntil(page, title);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edit a copy' }).waitFor();
    expect(page.url()).toMatch(/#\/example\//);
  });

  it("runs, selects, inserts, deletes cells and shows the shortcuts with Jupyter's keys", async () => {
    const page = await app.page();
    await editCopy(page, app.server.url, `${fixtures.url}basics.algo.md`);
    await cell(page, 3).getByText('20', { exact: true }).waitFor();
    expect(await cellCount(page)).toBe(7);

    // Into the code of cell 2 with Tab; Shift+Enter runs it and selects the next cell.
    await page.locator('main').focus();
    await pressUntil(page, 'Code of cell 2');
    expect((await focused(page)).ring).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('const a = 3;');
    await page.keyboard.press('Shift+Enter');
    await cell(page, 3).getByText('30', { exact: true }).waitFor();
    await expect.poll(() => activeName(page)).toBe('Cell 3');
    expect((await focused(page)).ring).toBe(true);

    // Enter edits the selected cell; Esc leaves the editor for the cell, and Tab leaves the cell.
    await page.keyboard.press('Enter');
    await expect.poll(() => activeName(page)).toBe('Code of cell 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeName(page)).toBe('Cell 3');
    await page.keyboard.press('Tab');
    await expect.poll(() => activeName(page)).toBe('Run cell 3');
    // Back into the code of cell 2 (Tab indents there), out again with Esc.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => activeName(page)).toBe('Code of cell 2');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeName(page)).toBe('Cell 2');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeName(page)).toBe('Cell 3');

    // Arrows move the selection.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeName(page)).toBe('Cell 4');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeName(page)).toBe('Cell 3');

    // B inserts a code cell below and edits it; A above.
    await page.keyboard.press('b');
    await expect.poll(() => cellCount(page)).toBe(8);
    await expect.poll(() => activeName(page)).toBe('Code of cell 4');
    expect(await cell(page, 5).getByRole('slider', { name: 'Rate' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeName(page)).toBe('Cell 4');
    await page.keyboard.press('a');
    await expect.poll(() => cellCount(page)).toBe(9);
    await expect.poll(() => activeName(page)).toBe('Code of cell 4');
    expect(await cell(page, 6).getByRole('slider', { name: 'Rate' }).count()).toBe(1);

    // D, D deletes the selected cell.
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await expect.poll(() => cellCount(page)).toBe(8);
    await expect.poll(() => activeName(page)).toBe('Cell 4');
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await expect.poll(() => cellCount(page)).toBe(7);
    expect(await cell(page, 4).getByRole('slider', { name: 'Rate' }).count()).toBe(1);

    // ? lists the shortcuts in a dialog; Esc closes it and the cell is selected again.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );
    const keys = await help.locator('dt').allInnerTexts();
    expect(keys).toEqual(
      expect.arrayContaining(['Shift+Enter', 'Esc', 'Enter', 'A', 'B', 'D, D', '?']),
    );
    await help.getByText('Insert a code cell below').waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await expect.poll(() => activeName(page)).toBe('Cell 4');
  });

  it('folds and unfolds code, scrolls a table and moves a slider in the reader', async () => {
    const page = await app.page();
    await page.goto(readerUrl(app.server.url, `${fixtures.url}showcase.algo.md`));
    const table = page.getByRole('region', { name: 'Table: 200 rows' });
    await table.waitFor();
    const rate = page.getByRole('slider', { name: 'Rate' });

    // Code folds: Enter unfolds, Space folds again.
    const code = page.getByText(
      "const rate = view(Inputs.range([0, 100], { label: 'Rate', value: 20, step: 1 }));",
    );
    expect(await code.isVisible()).toBe(false);
    const summary = await pressUntil(page, 'Code');
    expect(summary.tag).toBe('summary');
    expect(summary.ring).toBe(true);
    await page.keyboard.press('Enter');
    await code.waitFor();
    await page.keyboard.press(' ');
    await code.waitFor({ state: 'hidden' });

    // The table: focusable, and the usual keys scroll it.
    expect((await pressUntil(page, 'Table: 200 rows')).ring).toBe(true);
    const scrollTop = () => table.evaluate((e) => e.scrollTop);
    const belowView = () => table.evaluate((e) => e.scrollHeight - e.clientHeight - e.scrollTop);
    // Chromium animates keyboard scrolling, and a key pressed during the animation can be
    // lost: wait for the scroll to end (`scrollend`), as a person's next key press would.
    await table.evaluate((e) =>
      e.addEventListener('scrollend', () => {
        e.dataset.scrollsEnded = String(Number(e.dataset.scrollsEnded ?? 0) + 1);
      }),
    );
    const ended = () => table.evaluate((e) => Number(e.dataset.scrollsEnded ?? 0));
    await page.keyboard.press('PageDown');
    await expect.poll(async () => ((await ended()) > 0 ? scrollTop() : 0)).toBeGreaterThan(100);
    const endedBeforeEnd = await ended();
    await page.keyboard.press('End');
    await expect.poll(belowView).toBeLessThan(2);
    // Its scroll has ended too, or Home, pressed during it, may be lost (seen on a loaded CI).
    await expect.poll(ended).toBeGreaterThan(endedBeforeEnd);
    // The rows drawn follow the scroll: the last one is there.
    await table.getByRole('rowheader', { name: '200', exact: true }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Home');
    await expect.poll(scrollTop).toBe(0);

    // The slider, back up the page: arrows step it, and what depends on it runs again.
    await pressUntil(page, 'Rate', 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await rate.inputValue()).toBe('23');
    await page.getByText('Rate is 23, twice the rate is 46.').waitFor();
    await page.keyboard.press('End');
    await page.getByText('Rate is 100, twice the rate is 200.').waitFor();
  });
});
