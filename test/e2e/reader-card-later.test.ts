/**
 * The transparency card's content is built when the card is first shown, not at load (issue 15:
 * deriving it was one of the longest tasks of a cold load, for a part folded out of sight):
 * opened, or printed, where the folded card is shown.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it('builds the card when it is opened, not with the key results', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
    // The key results come from the citizen views' chunk, the same one as the card.
    await page.getByRole('region', { name: m['citizen.indicators'] }).waitFor();
    await page.locator('li.indicator .now').first().waitFor();
    const completeness = page.locator('.card-part [data-completeness]');
    expect(await completeness.count()).toBe(0);

    await page.getByText(m['citizen.card'], { exact: true }).click();
    await completeness.waitFor();
    expect(await page.getByText(m['citizen.card.purpose'], { exact: true }).isVisible()).toBe(true);
  });

  it('builds the folded card for print', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
    await page.getByRole('region', { name: m['citizen.indicators'] }).waitFor();
    expect(await page.locator('.card-part [data-completeness]').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.getByText(m['citizen.card.purpose'], { exact: true }).isVisible())
      .toBe(true);
    expect(await page.locator('.card-part details[open], details.card-part[open]').count()).toBe(0);
  });
});
