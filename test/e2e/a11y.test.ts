/**
 * Accessibility of the three views, as axe-core and Chromium's accessibility tree see them: no
 * serious or critical axe violation, and a name for every control.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';
import { readerUrl, waitForMonaco } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';
import { afterFrames } from './support/frames.ts';

const AXE_SOURCE = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

/** Roles a person operates; each needs a name that says what it does. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'DisclosureTriangle',
  'link',
  'listbox',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'textbox',
]);

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const app = useApp({ fixtures: true });
const { fixtures } = app;

/** axe's serious and critical violations on the page, one line per element: `rule: selector`. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no 'unsafe-eval') doesn't see.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`),
      );
  });
}

interface Control {
  role: string;
  name: string;
}

/** Every control in Chromium's accessibility tree of the page, with its computed name. */
async function controls(page: Page): Promise<Control[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored && CONTROL_ROLES.has(String(node.role?.value)))
      .map((node) => ({
        role: String(node.role?.value),
        name: String(node.name?.value ?? '').trim(),
      }));
  } finally {
    await cdp.detach();
  }
}

/** Asserts that every control has a name, and that controls of `roles` are there to check. */
async function expectNamedControls(page: Page, roles: string[]): Promise<void> {
  const found = await controls(page);
  for (const role of roles)
    expect(
      found.map((c) => c.role),
      `a ${role} on the page`,
    ).toContain(role);
  expect(found.filter((c) => c.name === '')).toEqual([]);
}

async function openShowcase(page: Page): Promise<void> {
  await page.goto(readerUrl(app.server.url, `${fixtures.url}showcase.algo.md`));
  await page.getByRole('region', { name: 'Table: 200 rows' }).waitFor();
  await page.getByRole('button', { name: 'Download PNG' }).waitFor();
  await page.getByRole('group', { name: 'Error' }).waitFor();
}

describe('accessibility', () => {
  it('the home page has no serious axe violation and names every control', async () => {
    const page = await app.page();
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'New notebook' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectNamedControls(page, ['button', 'combobox', 'textbox', 'link']);
  });

  it('the reader, with a slider, Markdown, a table, a chart, an error and its code unfolded, has no serious axe violation and names every control, on a computer and on a phone', async () => {
    const page = await app.page();
    await openShowcase(page);
    // Folded code is hidden from axe: unfold every block so its colours are checked too.
    for (const summary of await page.getByText('Code', { exact: true }).all()) {
      await summary.click();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await expectNamedControls(page, ['button', 'combobox', 'slider', 'DisclosureTriangle']);

    // On a phone the prose table, the chart and long code lines scroll in their own boxes.
    await page.setViewportSize({ width: 390, height: 844 });
    await afterFrames(page); // resize observers
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the editor, with Monaco loaded and its shortcuts help open, has no serious axe violation and names every control', async () => {
    const page = await app.page();
    await openShowcase(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await waitForMonaco(page);
    await page.getByRole('region', { name: 'Table: 200 rows' }).waitFor();
    await page.getByRole('group', { name: 'Error' }).waitFor();
    expect(await page.locator('.monaco-editor').count()).toBe(8);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNamedControls(page, ['button', 'combobox', 'slider', 'spinbutton', 'textbox']);
    const editors = (await controls(page)).filter((c) => c.role === 'textbox').map((c) => c.name);
    expect(editors).toContain('Code of cell 2');

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectNamedControls(page, ['button']);
  });
});
