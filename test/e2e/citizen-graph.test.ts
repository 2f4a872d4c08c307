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

  it.each([
    [1280, 800],
    [390, 844],
  ])(
    "labels each node in the author's words, and opens with the key result in view at %i px",
    async (width, height) => {
      const want = expected('indice-atmo');
      const page = await app.page({ locale, viewport: { width, height } });
      await page.goto(`${app.server.url}#/example/indice-atmo.algo.md`);
      // Opened once the results are there, as a reader would after reading them.
      await settled(page);
      await page.getByText(m['citizen.graph'], { exact: true }).click();
      const graph = page.getByRole('group', {
        name: m['citizen.graphLabel'].replace('{count}', String(want.nodes.size)),
      });
      await graph.waitFor();
      // The input's label, the heading of the step's section, the key result's title; the
      // names the code gives them second, never alone.
      for (const cell of want.cells.filter((c) => c.code)) {
        const id = `cell:${cell.index}`;
        const caption = graph.locator(`[data-caption="${id}"]`);
        const label = await caption.locator('.label').textContent();
        const wanted =
          cell.kind === 'parameter'
            ? cell.inputs[0]
            : cell.kind === 'indicator'
              ? cell.title!
              : want.section(cell.index);
        expect(wanted.startsWith(label!.replace(/…$/, '')), `${id}: ${label}`).toBe(true);
        const name = await graph.locator(`[data-node="${id}"]`).getAttribute('aria-label');
        expect(name).toContain(cell.kind === 'parameter' ? cell.inputs[0] : wanted);
        if (cell.declares.length)
          expect(await caption.locator('.names').textContent()).toContain(cell.declares[0]);
      }
      // The key result is in view, in the graph's box and on the screen, and the page is not
      // wider than the screen.
      const key = want.cells.find((c) => c.kind === 'indicator')!;
      const node = graph.locator(`[data-node="cell:${key.index}"]`);
      await expect
        .poll(() =>
          node.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const view = el.closest('.graph-box')!.getBoundingClientRect();
            return (
              box.left >= Math.max(0, view.left) - 1 &&
              box.right <= Math.min(innerWidth, view.right) + 1 &&
              box.top >= 0 &&
              box.bottom <= innerHeight
            );
          }),
        )
        .toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    },
  );
});
