/**
 * The dependency graph of every example, in English and French: its nodes and edges are those
 * derived independently from the file (citizen-support.ts), laid out left to right (every arrow
 * points right), and a node opens its step, with the mouse and with the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expected, settled, LANGUAGES } from './citizen-support.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it.each(EXAMPLES)(
    'draws %s: every dataset, parameter, step and key result, every edge, left to right',
    async (name) => {
      const want = expected(name);
      const page = await app.page({ locale });
      await page.goto(`${app.server.url}#/example/${name}.algo.md`);
      await page.getByText(m['citizen.graph'], { exact: true }).click();
      const graph = page.getByRole('group', {
        name: m['citizen.graphLabel'].replace('{count}', String(want.nodes.size)),
      });
      await graph.waitFor();
      const nodes = await graph.locator('[data-node]').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-node')!,
            kind: [...el.classList].find((c) => c !== 'node' && !c.startsWith('svelte-'))!,
            name: el.getAttribute('aria-label')!,
            x: box.x,
          };
        }),
      );
      expect(new Map(nodes.map((n) => [n.id, n.kind]))).toEqual(want.nodes);
      const edges = await graph
        .locator('path[data-from]')
        .evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('data-from')}>${el.getAttribute('data-to')}`),
        );
      expect(edges.sort()).toEqual(want.edges);
      const x = new Map(nodes.map((n) => [n.id, n.x]));
      for (const edge of want.edges) {
        const [from, to] = edge.split('>');
        expect(x.get(to)!, edge).toBeGreaterThan(x.get(from)!);
      }
      // Each node says what it is in the reader's language; key results by their title.
      for (const cell of want.cells.filter((c) => c.kind === 'indicator')) {
        const node = nodes.find((n) => n.id === `cell:${cell.index}`)!;
        expect(node.name.startsWith(`${m['citizen.kind.indicator']}`)).toBe(true);
        expect(node.name).toContain(cell.title!);
      }
      for (const d of Object.keys(want.front.datasets)) {
        const node = nodes.find((n) => n.id === `dataset:${d}`)!;
        expect(node.name).toBe(
          m['citizen.node'].replace('{kind}', m['citizen.kind.dataset']).replace('{label}', d),
        );
      }
    },
  );

  it('opens the step of a node clicked, or chosen with the keyboard', async () => {
    const want = expected('paris-arrondissements');
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/paris-arrondissements.algo.md`);
    await settled(page);
    await page.getByText(m['citizen.graph'], { exact: true }).click();
    // A step that is not a key result opens under its cell in the notebook.
    const step = want.cells.find((c) => c.kind === 'cell' && c.declares.includes('shown'))!;
    await page.locator(`[data-node="cell:${step.index}"]`).click();
    const panel = page.getByRole('region', {
      name: m['citizen.chainHeading'].replace('{title}', want.section(step.index)),
    });
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    // A key result opens in the key results, with the keyboard.
    const key = want.cells.find((c) => c.kind === 'indicator')!;
    await page.locator(`[data-node="cell:${key.index}"]`).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: m['citizen.chainHeading'].replace('{title}', key.title!) })
      .waitFor();
    // A dataset takes the reader to its entry in the transparency card.
    await page.locator('[data-node="dataset:areas"]').focus();
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('citizen-card-dataset-areas');
  });
});
