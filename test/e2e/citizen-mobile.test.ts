/**
 * On a phone (390 × 844), the citizen views never make the page scroll sideways, in English and
 * French: key results with "How is this computed?" open and its code unfolded, the dependency
 * graph (which scrolls in its own box) and the transparency card, for every example.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expected, explainKeyResult, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';

const app = useApp();

const WIDTH = 390;

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it.each(EXAMPLES)('%s fits a 390 × 844 screen with every citizen view open', async (name) => {
    const want = expected(name);
    const key = want.cells.find((c) => c.kind === 'indicator')!;
    const page = await app.page({ locale, viewport: { width: WIDTH, height: 844 } });
    await explainKeyResult(page, app.url, name, key, m['citizen.explainIndicator']);
    const panel = page.locator('.explain');
    await panel.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.getByText(m['citizen.graph'], { exact: true }).click();
    await page.locator('[data-node]').first().waitFor();
    await page.getByText(m['citizen.card'], { exact: true }).click();
    await expectNoSidewaysScroll(page, WIDTH);
    // The buttons a citizen needs are within the screen's width.
    for (const button of await page.locator('li.indicator > button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    }
  });
});
