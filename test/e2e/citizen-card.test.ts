/**
 * The transparency card of every example, in English and French: the author's fields as the
 * front matter gives them (read here with the YAML library), "not given" for the others, the
 * datasets with their pins, the parameters with their published values, and the operations
 * (the cells the key results depend on, derived independently from the file).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expected, CARD_FIELDS, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it.each(EXAMPLES)(
    '%s: the card says what the file says, and what its code does',
    async (name) => {
      const want = expected(name);
      const page = await app.page({ locale });
      await page.goto(`${app.server.url}#/example/${name}.algo.md`);
      await page.getByText(m['citizen.card'], { exact: true }).click();
      const card = page.locator('.card-part');
      await card.getByText(m['citizen.cardIntro']).waitFor();
      const given = want.front.transparency ?? {};
      for (const field of CARD_FIELDS) {
        const value = card.locator(`dd[data-field="${field}"]`);
        const text = (await value.innerText()).trim();
        const label = await value.evaluate((dd) => dd.previousElementSibling?.textContent?.trim());
        expect(label).toBe(m[`citizen.card.${field}`]);
        // The status is said in words (`in-use` reads "In use"), the other fields as written.
        const words =
          field === 'status' && given.status
            ? m[`citizen.status.${given.status as 'in-use'}`]
            : String(given[field]);
        expect(text, field).toBe(given[field] ? words : m['citizen.card.notGiven']);
      }
      // Data, parameters and operations come from the cells the key results depend on.
      const keys = want.cells.filter((c) => c.kind === 'indicator');
      const used = [...new Set(keys.flatMap((k) => want.ancestors(k.index)))].sort((a, b) => a - b);
      const cells = used.map((i) => want.cells[i]);
      const datasets = [...new Set(cells.flatMap((c) => c.datasets))];
      const body = await card.innerText();
      for (const d of datasets) {
        const spec = want.front.datasets[d];
        for (const key of ['source', 'license', 'retrieved', 'sha256'])
          expect(body).toContain(String(spec[key]));
      }
      const parameters = await card.locator('ul.parameters .param-label').allTextContents();
      expect(parameters).toEqual(cells.flatMap((c) => c.inputs));
      const operations = await card.locator('ol.operations > li > button').allTextContents();
      expect(operations).toEqual(
        cells
          .filter((c) => c.kind !== 'parameter')
          // Named as a reader says it (the key result's title, else the section's heading),
          // never "cell N".
          .map((c) => c.title ?? want.section(c.index)),
      );
    },
  );

  it('gives the air-quality thresholds of the arrêté as parameters, with their values', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
    await page.getByText(m['citizen.card'], { exact: true }).click();
    // The card's chunk may still be on its way (it loads after the first output).
    await page.locator('.card-part ul.parameters > li').first().waitFor();
    const items = await page.locator('.card-part ul.parameters > li').allInnerTexts();
    expect(items).toContain('PM2.5: upper bounds of classes 1 to 5 (µg/m³): 10, 20, 25, 50, 75');
    expect(items).toContain('SO2: upper bounds of classes 1 to 5 (µg/m³): 100, 200, 350, 500, 750');
    expect(items).toContain('PM2.5, daily mean (µg/m³): 12 (0 – 120)');
  });
});
