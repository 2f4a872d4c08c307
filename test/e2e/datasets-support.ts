/**
 * What the dataset browser tests share: a notebook text built around pinned datasets (served by
 * the fake portal), and the data panel found as a person finds it.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { stringify } from 'yaml';

export const sha256 = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex');

/** A notebook that pins `datasets` and runs `cells` (one code cell each). */
export function notebookText(
  datasets: Record<string, Record<string, unknown>>,
  cells: string[],
  front: Record<string, unknown> = {},
): string {
  const yaml = stringify({ algobook: 1, id: 'data-test', title: 'Data test', ...front, datasets });
  return `---\n${yaml}---\n\n${cells.map((c) => '```js\n' + c + '\n```\n').join('\n')}`;
}

/** The cells that read dataset `name` and show its rows and the sum of `column`. */
export function rowsAndSum(name: string, column: string): string[] {
  return [
    `const t = await dataset('${name}');`,
    'md`rows: ${t.numRows()}`',
    `md\`sum: \${t.rollup({ s: op.sum('${column}') }).get('s', 0)}\``,
  ];
}

/** The data panel. */
export function dataPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Data', exact: true });
}

/** The card of dataset `name` in the data panel. */
export function datasetCard(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Dataset ${name}`, exact: true });
}

/** The value the card shows for `field` (its `<dt>`), e.g. "State", "SHA-256", "Rows". */
export function field(card: Locator, label: string): Locator {
  return card.locator(`dt:text-is("${label}") + dd`);
}

/** Waits until the card's state matches `expected`; returns it. */
export async function waitForState(card: Locator, expected: RegExp, timeout = 15_000) {
  const state = field(card, 'State');
  await expect
    .poll(async () => ((await state.count()) ? await state.innerText() : ''), { timeout })
    .toMatch(expected);
  return state.innerText();
}

/** Opens "Add a dataset" in the editor and picks where the data comes from. */
export async function openAddDialog(
  page: Page,
  from: 'From a URL' | 'From a local file' | 'Search a portal',
): Promise<Locator> {
  await dataPanel(page).getByRole('button', { name: 'Add a dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a dataset' });
  await dialog.getByRole('radio', { name: from }).check();
  return dialog;
}

/** In the dialog, searches the portal of kind `kind` at `base` for `q`. */
export async function searchPortal(
  dialog: Locator,
  kind: string,
  base: string,
  q: string,
): Promise<Locator> {
  await dialog.getByLabel('Portal', { exact: true }).selectOption({ label: kind });
  await dialog.getByLabel('Portal address').fill(base);
  await dialog.getByLabel('Search', { exact: true }).fill(q);
  await dialog.getByRole('button', { name: 'Search', exact: true }).click();
  const results = dialog.getByRole('region', { name: 'Results' });
  await results.waitFor();
  return results;
}

/** A cell that shows the row count of dataset `name` as `rows: N`. */
export const rowsCell = (name: string) => `md\`rows: \${(await dataset('${name}')).numRows()}\``;
