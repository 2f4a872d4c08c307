/**
 * Printed, the citizen views are a document: no buttons or input controls, folded code left
 * out, the key results and the transparency card shown (closed on screen, open on paper), the
 * open "How is this computed?" with its parameters' values as text; in English and French.
 */
import { describe, expect, it } from 'vitest';
import { expected, explainKeyResult, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

const want = expected('indice-atmo');
const key = want.cells.find((c) => c.kind === 'indicator')!;

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it('prints without controls, with the key results, the chain and the card', async () => {
    const page = await app.page({ locale });
    await explainKeyResult(page, app.url, 'indice-atmo', key, m['citizen.explainIndicator']);
    const panel = page.locator('.explain');
    await panel.waitFor();
    const visible = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (els) =>
            els.filter(
              (el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0,
            ).length,
        );
    // On screen: buttons, sliders, a closed card.
    expect(await visible('article button')).toBeGreaterThan(0);
    expect(await visible('article input')).toBeGreaterThan(0);
    expect(await page.getByText(m['citizen.card.purpose'], { exact: true }).isVisible()).toBe(
      false,
    );

    await page.emulateMedia({ media: 'print' });
    expect(await visible('article button:not(.link)')).toBe(0);
    expect(await visible('article input, article select')).toBe(0);
    expect(await visible('article details.code:not([open])')).toBe(0);
    await expect
      .poll(() => page.getByText(m['citizen.card.purpose'], { exact: true }).isVisible())
      .toBe(true);
    expect(await page.getByRole('heading', { name: m['citizen.indicators'] }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('li.indicator .now').innerText()).toMatch(/Indice ATMO: Dégradé/);
    // The parameters' values are printed as text, in place of their controls.
    const values = await panel.locator('.parameter .value').allInnerTexts();
    expect(values.slice(0, 5)).toEqual(['12', '22', '45', '105', '5']);

    await page.emulateMedia({ media: 'screen' });
    expect(await visible('article button')).toBeGreaterThan(0);
  });
});
