/**
 * The citizen views have no serious or critical axe-core violation, in English and French: the
 * key results with "How is this computed?" open (steps' code and results unfolded), the
 * dependency graph, the transparency card, and the editor's card checklist.
 */
import { describe, expect, it } from 'vitest';
import { expected, explainKeyResult, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';
import { seriousViolations } from './support/axe.ts';
import { afterFrames } from './support/frames.ts';

const app = useApp();

/** axe's serious and critical violations inside `selector`, one line per element. */

const want = expected('indice-atmo');
const key = want.cells.find((c) => c.kind === 'indicator')!;

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it('the key results, "How is this computed?", the graph and the card have no serious violation', async () => {
    const page = await app.page({ locale });
    await explainKeyResult(page, app.url, 'indice-atmo', key, m['citizen.explainIndicator']);
    const panel = page.locator('.explain');
    await panel.waitFor();
    // Folded parts are hidden from axe: unfold them so their colours are checked too.
    await panel.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.getByText(m['citizen.graph'], { exact: true }).click();
    await page.locator('[data-node]').first().waitFor();
    await page.getByText(m['citizen.card'], { exact: true }).click();
    await page.locator('.card-part dd').first().waitFor();
    await panel.locator('.result .output').last().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await afterFrames(page); // resize observers
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the editor's transparency checklist has no serious violation", async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/paris-arrondissements.algo.md`);
    await page.getByRole('button', { name: m['reader.editCopy'] }).click();
    await page.getByRole('toolbar', { name: m['editor.toolbar'] }).waitFor();
    const checklist = page.locator('details.checklist');
    await checklist.locator('summary').click();
    await checklist.locator('li').first().waitFor();
    expect(await seriousViolations(page, 'details.checklist')).toEqual([]);
  });
});
