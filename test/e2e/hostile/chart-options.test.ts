import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, readerUrl, waitForStatus } from '../support/notebook.ts';
import { pwned, startAttacker, watch } from './content-attacker.ts';
import { hostileCharts } from './content-charts.ts';
import { useApp, useServer } from '../support/use-app.ts';

const attacker = useServer(startAttacker);

const app = useApp({ notebooks: () => ({ 'charts.algo.md': hostileCharts(attacker.origin) }) });
const { fixtures: notebooks } = app;

async function openCharts(page: Page): Promise<void> {
  await page.goto(readerUrl(app.server.url, `${notebooks.url}charts.algo.md`));
  await page.getByRole('heading', { name: 'Hostile charts', level: 1 }).waitFor();
}

/** The app's <main> still holds the reader: nothing replaced or emptied it. */
function mainIntact(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return (
      document.querySelectorAll('main').length === 1 &&
      main?.id === 'main' &&
      main.querySelector('article h1')?.textContent === 'Hostile charts'
    );
  });
}

describe("a stranger's charts", () => {
  it('load nothing, and each says why it is incomplete', async () => {
    const page = await app.newPage();
    const seen = await watch(page);
    try {
      await openCharts(page);
      const refused: [number, string][] = [
        [1, `This chart tried to load ${attacker.origin}/data.csv.`],
        [2, `This chart tried to show the image ${attacker.origin}/image.png.`],
        [3, `This chart gives its config as an address (${attacker.origin}/config.json).`],
        [4, 'This chart tried to load data.csv.'],
      ];
      for (const [n, message] of refused) {
        await cell(page, n).getByText(message, { exact: false }).waitFor();
        // A refused chart is a failed cell, not a finished one.
        await waitForStatus(cell(page, n), /^error$/);
      }
      // A chart that loads nothing is drawn, and its cell is done.
      await waitForStatus(cell(page, 5), /^done in /);
      await page.waitForLoadState('networkidle');
      expect(attacker.hits).toEqual([]);
      expect(await pwned(page)).toBeUndefined();
      expect(seen.dialogs).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('follow no link that is not a web address, and say so', async () => {
    const page = await app.newPage();
    const seen = await watch(page);
    try {
      await openCharts(page);
      const point = cell(page, 10).locator('svg path[aria-roledescription="point"]').first();
      await point.scrollIntoViewIfNeeded();
      const box = await point.boundingBox();
      if (!box) throw new Error('the point is not drawn');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await cell(page, 10)
        .getByText("This chart links to javascript:window.__pwned='chart-href'", { exact: false })
        .waitFor();
      expect(await pwned(page)).toBeUndefined();
      expect(seen.dialogs).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('say why in French too', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await app.newPage(context);
    try {
      await openCharts(page);
      await page
        .getByRole('region', { name: 'Cellule 1', exact: true })
        .getByText(`Ce graphique a tenté de charger ${attacker.origin}/data.csv.`, {
          exact: false,
        })
        .waitFor();
      expect(attacker.hits).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('cannot reach the app’s <main>, with a tooltip or an input binding', async () => {
    const page = await app.newPage();
    try {
      await openCharts(page);
      // The binding is drawn in its chart's box, and the reader is still there.
      await cell(page, 6).getByRole('slider').waitFor();
      expect(await mainIntact(page)).toBe(true);

      // Vega listens on its SVG, which is what a pointer over the bar reaches.
      const bar = cell(page, 5).locator('svg path[aria-roledescription="bar"]').first();
      await bar.scrollIntoViewIfNeeded();
      const box = await bar.boundingBox();
      if (!box) throw new Error('the bar is not drawn');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tooltip = cell(page, 5).getByRole('tooltip');
      await expect.poll(() => tooltip.textContent()).toContain('a: x');
      expect(await mainIntact(page)).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('cannot change how a later, trusted chart formats its numbers', async () => {
    const page = await app.newPage();
    try {
      await openCharts(page);
      const hostileAxis = cell(page, 7).locator('svg');
      await expect.poll(() => hostileAxis.textContent()).toMatch(/\d/);
      await cell(page, 8).getByRole('checkbox', { name: 'Show the trusted chart' }).check();
      const trustedAxis = cell(page, 9).locator('svg');
      await expect.poll(() => trustedAxis.textContent(), { timeout: 15_000 }).toContain('5,000');
      expect(await trustedAxis.textContent()).not.toContain('~');
    } finally {
      await page.context().close();
    }
  });
});
