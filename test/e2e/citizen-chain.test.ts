/**
 * "How is this computed?" on a key result and on any cell, in English and French: the steps it
 * depends on in an order they can run in (derived independently from the file), each with its
 * prose, folded code and its result one click away; the datasets with source, licence, date and
 * hash; the parameters with their current values.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expected, settled, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();
/** A cell number, as the interface words it in either language. */
const CELL_NUMBER = /\b(cell|cellule) \d+/i;

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it.each(EXAMPLES)('%s: the chain of each key result', async (name) => {
    const want = expected(name);
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/${name}.algo.md`);
    await settled(page);
    for (const key of want.cells.filter((c) => c.kind === 'indicator')) {
      await page
        .getByRole('button', {
          name: m['citizen.explainIndicator'].replace('{title}', key.title!),
        })
        .click();
      const panel = page.getByRole('region', {
        name: m['citizen.chainHeading'].replace('{title}', key.title!),
      });
      await panel.waitFor();
      const ancestors = want.ancestors(key.index).map((i) => want.cells[i]);
      const steps = (await panel
        .locator('li.step')
        .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cell'))))) as number[];
      // The steps are the cells it depends on that are not parameters, itself last...
      expect([...steps].sort((a, b) => a - b)).toEqual(
        ancestors
          .filter((c) => c.kind !== 'parameter' || c.index === key.index)
          .map((c) => c.index),
      );
      expect(steps.at(-1)).toBe(key.index);
      // ...each after every step it reads from.
      for (const [k, index] of steps.entries())
        for (const before of want.ancestors(index))
          if (before !== index && steps.includes(before))
            expect(steps.indexOf(before)).toBeLessThan(k);
      // Each step: named by the author (the key result's title, else its section's heading),
      // never by a cell number, and no author's heading read twice; its code folded, its
      // result one click away.
      const first = panel.locator('li.step').first();
      await first.getByRole('heading', { name: want.section(steps[0]), exact: true }).waitFor();
      await panel
        .locator('li.step')
        .last()
        .getByRole('heading', { name: key.title!, exact: true })
        .waitFor();
      const text = await panel.innerText();
      expect(text).not.toMatch(CELL_NUMBER);
      for (const heading of new Set(steps.map((i) => want.section(i))))
        expect(text.split(heading).length - 1, heading).toBeLessThanOrEqual(1);
      expect(await first.locator('details.code').getAttribute('open')).toBeNull();
      const result = first.locator('details.result');
      expect(await result.getAttribute('open')).toBeNull();
      await result.getByText(m['citizen.stepResult']).click();
      await result
        .locator('.output')
        .or(result.getByText(m['citizen.noOutput'].split('{names}')[0]))
        .first()
        .waitFor();
      // The datasets read along the chain, with their pins.
      const datasets = [...new Set(ancestors.flatMap((c) => c.datasets))];
      const shown = panel.getByRole('region', { name: m['citizen.datasets'] });
      for (const d of datasets) {
        const spec = want.front.datasets[d];
        const text = await shown.innerText();
        expect(text).toContain(String(spec.source));
        expect(text).toContain(String(spec.license));
        expect(text).toContain(String(spec.retrieved));
        expect(text).toContain(String(spec.sha256));
      }
      // The parameters read along the chain, with their current values.
      const inputs = ancestors.filter((c) => c.kind === 'parameter').flatMap((c) => c.inputs);
      const params = panel.getByRole('region', { name: m['citizen.parameters'] });
      if (inputs.length) {
        for (const label of inputs) await params.getByLabel(label, { exact: true }).waitFor();
      } else {
        await params.getByText(m['citizen.noParameters']).waitFor();
      }
      await panel.getByRole('button', { name: m['citizen.close'] }).click();
      await panel.waitFor({ state: 'detached' });
    }
  });

  it('opens the chain of any cell, under that cell', async () => {
    const want = expected('seattle-weather');
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/seattle-weather.algo.md`);
    await settled(page);
    const chart = want.cells.find((c) => c.declares.includes('perMonth'))!;
    const cell = page.getByRole('region', {
      name: m['cell.label'].replace('{n}', String(chart.index + 1)),
      exact: true,
    });
    await cell.getByRole('button', { name: m['citizen.title'] }).click();
    // Named by the author's heading of its section, not by its number.
    const panel = cell.getByRole('region', {
      name: m['citizen.chainHeading'].replace('{title}', want.section(chart.index)),
    });
    expect(await panel.innerText()).not.toMatch(CELL_NUMBER);
    const steps = await panel
      .locator('li.step')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cell'))));
    expect(steps.sort((a, b) => a - b)).toEqual(
      want.ancestors(chart.index).filter((i) => want.cells[i].kind !== 'parameter'),
    );
    // The parameter it reads (the year) is there with its current value.
    const year = panel.getByRole('region', { name: m['citizen.parameters'] }).getByRole('combobox');
    expect(await year.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).toBe(
      'All years',
    );
  });
});
