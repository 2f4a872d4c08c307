/**
 * On a phone (390 × 844), the citizen views never make the page scroll sideways, in English and
 * French: key results with "How is this computed?" open and its code unfolded, the dependency
 * graph (which scrolls in its own box) and the transparency card, for every example.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './support/browser.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { EXAMPLES, LOCALES, expected, settled } from './citizen-support.ts';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const MESSAGES = { en, fr };
const WIDTH = 390;

describe.each(Object.entries(LOCALES))('in %s', (language, locale) => {
  const m = MESSAGES[language as keyof typeof MESSAGES];

  it.each(EXAMPLES)('%s fits a 390 × 844 screen with every citizen view open', async (name) => {
    const want = expected(name);
    const key = want.cells.find((c) => c.kind === 'indicator')!;
    const context = await app.browser.newContext({
      locale,
      viewport: { width: WIDTH, height: 844 },
    });
    const page = await app.newPage(context);
    try {
      await page.goto(`${app.server.url}#/example/${name}.algo.md`);
      await settled(page);
      await page
        .getByRole('button', { name: m['citizen.explainIndicator'].replace('{title}', key.title!) })
        .click();
      const panel = page.locator('.explain');
      await panel.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.getByText(m['citizen.graph'], { exact: true }).click();
      await page.locator('[data-node]').first().waitFor();
      await page.getByText(m['citizen.card'], { exact: true }).click();
      await page.waitForTimeout(300); // layout, resize observers
      const { scrollWidth, outside } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const clipped = (e: Element) => {
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          return false;
        };
        const outside = [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
          .slice(0, 5)
          .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}">`);
        return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, outside };
      });
      expect(scrollWidth, `outside: ${outside.join(', ')}`).toBeLessThanOrEqual(WIDTH);
      // The buttons a citizen needs are within the screen's width.
      for (const button of await page.locator('li.indicator > button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
      }
    } finally {
      await context.close();
    }
  });
});
