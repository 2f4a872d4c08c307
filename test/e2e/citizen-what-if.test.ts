/**
 * What if: in "How is this computed?", changing a parameter recomputes the key result, with the
 * published value kept beside it, and "Reset to published values" brings everything back; in
 * English and French, on the air-quality index (its concentrations and its thresholds).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expected, explainKeyResult, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

const want = expected('indice-atmo');
const key = want.cells.find((c) => c.kind === 'indicator')!;
const labels = want.cells.flatMap((c) => c.inputs);

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  async function open(page: Page) {
    await explainKeyResult(page, app.url, 'indice-atmo', key, m['citizen.explainIndicator']);
    const section = page.getByRole('region', { name: m['citizen.indicators'] });
    const card = section.locator(`li[data-cell="${key.index}"]`);
    const panel = card.getByRole('region', {
      name: m['citizen.chainHeading'].replace('{title}', key.title!),
    });
    await panel.waitFor();
    return { section, card, panel };
  }

  it('recomputes the index when a concentration changes, keeps the published value beside it, and resets', async () => {
    const page = await app.page({ locale });
    const { section, card, panel } = await open(page);
    const now = card.locator('.now');
    expect(await now.innerText()).toMatch(/Indice ATMO: Dégradé/);
    expect(await card.locator('[data-published]').count()).toBe(0);

    const pm25 = panel.getByRole('slider', { name: labels[0] });
    await pm25.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => now.innerText(), { timeout: 10_000 })
      .toMatch(/Indice ATMO: Extrêmement mauvais/);
    const published = card.locator('[data-published]');
    await published.waitFor();
    expect(await published.innerText()).toMatch(/Indice ATMO: Dégradé/);
    expect(await published.innerText()).toContain(m['citizen.firstComputed']);
    await section.getByRole('status').filter({ hasText: m['citizen.whatIf'] }).waitFor();
    // The slider in the notebook itself moved too: it is the same parameter.
    const inNotebook = page
      .locator('article > section.cell')
      .getByRole('slider', { name: labels[0] });
    await expect.poll(() => inNotebook.inputValue()).toBe('120');

    // The reset next to the key results (the panel has its own, used in the next test).
    await section
      .locator('.what-if')
      .getByRole('button', { name: m['citizen.resetAuthor'] })
      .click();
    await expect.poll(() => now.innerText(), { timeout: 10_000 }).toMatch(/Indice ATMO: Dégradé/);
    await published.waitFor({ state: 'detached' });
    await expect.poll(() => pm25.inputValue()).toBe('12');
    await expect.poll(() => inNotebook.inputValue()).toBe('12');
  });

  it('recomputes the index when a threshold of the arrêté changes, and resets from the panel', async () => {
    const page = await app.page({ locale });
    const { card, panel } = await open(page);
    const now = card.locator('.now');
    // O3 at 105 µg/m³ is "Dégradé" because the arrêté's second bound is 100; at 110 it is "Moyen".
    const o3 = labels.find((l) => l.startsWith('O3: '))!;
    const field = panel.getByRole('textbox', { name: o3 });
    expect(await field.inputValue()).toBe('50, 100, 130, 240, 380');
    await field.fill('50, 110, 130, 240, 380');
    await expect.poll(() => now.innerText(), { timeout: 10_000 }).toMatch(/Indice ATMO: Moyen/);
    expect(await card.locator('[data-published]').innerText()).toMatch(/Indice ATMO: Dégradé/);
    // The notebook says the bounds are no longer the law's.
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/1 of 25 bounds differ from the arrêté's.*O3 Moyen ≤ 110 instead of 100/s);
    await panel.getByRole('button', { name: m['citizen.resetAuthor'] }).click();
    await expect.poll(() => now.innerText(), { timeout: 10_000 }).toMatch(/Indice ATMO: Dégradé/);
    await expect.poll(() => field.inputValue()).toBe('50, 100, 130, 240, 380');
  });
});
