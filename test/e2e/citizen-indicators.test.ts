/**
 * The reader shows a notebook's key results first, in English and French: every cell marked
 * `js indicator` in the file, by its title, with its current value, before the notebook's text.
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { EXAMPLES, expected, settled, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it.each(EXAMPLES)('%s shows its key results first, by title, with their values', async (name) => {
    const want = expected(name);
    const marked = want.cells.filter((c) => c.kind === 'indicator');
    expect(marked.length).toBeGreaterThan(0);
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/${name}.algo.md`);
    const section = page.getByRole('region', { name: m['citizen.indicators'] });
    await section.waitFor();
    await settled(page);
    const titles = await section.locator('li.indicator > h3').allTextContents();
    expect(titles).toEqual(marked.map((c) => c.title));
    // Before the notebook's first paragraph of text.
    const firstProse = want.cells
      .find((c) => !c.code)!
      .source.split('\n')[0]
      .slice(0, 30);
    const order = await page.evaluate(
      ([heading, prose]) => {
        const all = [...document.querySelectorAll('h2, p')];
        const h = all.findIndex((e) => e.textContent?.trim() === heading);
        const p = all.findIndex((e) => e.textContent?.includes(prose));
        return { h, p };
      },
      [m['citizen.indicators'], firstProse.replace(/[*_]/g, '')],
    );
    expect(order.h).toBeGreaterThanOrEqual(0);
    expect(order.h).toBeLessThan(order.p);
    // Each key result shows what its cell shows further down, computed now.
    for (const cell of marked) {
      const card = section.locator(`[data-cell="${cell.index}"]`);
      expect(await card.getAttribute('data-status')).toBe('done');
      const cardOutput = card.locator('.output').first();
      const cellOutput = page
        .getByRole('region', {
          name: `${en['cell.label'].replace('{n}', '')}${cell.index + 1}`,
          exact: true,
        })
        .or(
          page.getByRole('region', {
            name: `${fr['cell.label'].replace('{n}', '')}${cell.index + 1}`,
            exact: true,
          }),
        )
        .locator('.output')
        .first();
      // Charts are drawn lazily: compare once neither says it is still loading.
      const loading = m['chart.loading'];
      await expect
        .poll(async () =>
          [await cardOutput.innerText(), await cellOutput.innerText()].some((x) =>
            x.includes(loading),
          ),
        )
        .toBe(false);
      const [inCard, inCell] = [await cardOutput.innerText(), await cellOutput.innerText()];
      expect(inCard.length).toBeGreaterThan(0);
      expect(inCard).toBe(inCell);
      await card
        .getByRole('button', {
          name: m['citizen.explainIndicator'].replace('{title}', cell.title!),
        })
        .waitFor();
    }
  });

  it('shows no key results section for a notebook that marks none', async () => {
    const page = await app.page({ locale });
    await page.goto(readerUrl(app.server.url, `${fixtures.url}showcase.algo.md`));
    await settled(page);
    expect(await page.getByRole('region', { name: m['citizen.indicators'] }).count()).toBe(0);
  });
});
