import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from './support/browser.ts';
import { cell, readerUrl, serveFixtures, waitForOutput } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

/** Opens `?src=` on a fresh page, recording every URL the page requests. */
async function openReader(src: string): Promise<{ page: Page; requests: string[] }> {
  const page = await app.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(readerUrl(app.server.url, src));
  return { page, requests };
}

describe('the reader', () => {
  it('shows the prose, a table, a chart and a slider of a ?src= notebook; the slider drives them', async () => {
    const { page, requests } = await openReader(`${fixtures.url}reader.algo.md`);
    try {
      await page.getByRole('heading', { level: 1, name: 'Squares of the first numbers' }).waitFor();
      await page.getByText('Prose, an input, a table and a chart that follow it.').waitFor();
      const prose = page
        .getByRole('paragraph')
        .filter({ hasText: 'explains its computation in prose' });
      expect(await prose.getByRole('strong').textContent()).toBe('explains');

      const slider = page.getByRole('slider', { name: 'Rows' });
      expect(await slider.inputValue()).toBe('3');
      await page.getByRole('region', { name: 'Table: 3 rows' }).waitFor();
      expect(
        await page.getByRole('region', { name: 'Table: 3 rows' }).getByRole('row').count(),
      ).toBe(4);

      const chart = cell(page, 5).getByRole('figure', { name: 'Chart' });
      await chart.getByRole('button', { name: 'Download PNG' }).waitFor();
      expect(await chart.locator('svg, canvas').count()).toBeGreaterThan(0);
      const download = page.waitForEvent('download');
      await chart.getByRole('button', { name: 'Download PNG' }).click();
      expect((await download).suggestedFilename()).toBe('chart.png');

      await waitForOutput(cell(page, 6), 'There are', /^There are 3 rows; the last square is 9\.$/);

      // Moved with the keyboard, the slider re-runs what depends on it.
      const bars = () =>
        cell(page, 5)
          .getByRole('figure', { name: 'Chart' })
          .locator('svg [aria-roledescription="bar"]')
          .count();
      await expect.poll(bars).toBe(3);

      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');

      await page.getByRole('region', { name: 'Table: 5 rows' }).waitFor();
      await waitForOutput(
        cell(page, 6),
        'There are',
        /^There are 5 rows; the last square is 25\.$/,
      );
      await expect.poll(bars).toBe(5);
      expect(await slider.inputValue()).toBe('5');

      // Monaco's chunks are `editor.api-*.js` and `monaco-*.js`: it is an editor-only download.
      expect(requests.filter((url) => /editor\.api|monaco/i.test(url))).toEqual([]);

      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      // And the browser enforces it: the page cannot turn a string into code. (DevTools'
      // own evaluation is exempt from CSP, so the probe is a string timer, which is not.)
      const blocked = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) =>
              resolve(e.effectiveDirective),
            );
            setTimeout('document.title = "evaluated"', 0);
            setTimeout(() => resolve(document.title), 200);
          }),
      );
      expect(blocked).toBe('script-src');
    } finally {
      await page.context().close();
    }
  });

  it.each([
    ['a missing file (404)', 'missing.algo.md', /answered 404 Not Found/],
    [
      'a malformed notebook',
      'malformed.algo.md',
      /not a valid notebook\. Line 9: unclosed code fence/,
    ],
  ])('says clearly why %s cannot be opened, and leads back home', async (_what, file, message) => {
    const { page } = await openReader(`${fixtures.url}${file}`);
    try {
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'This notebook cannot be opened' }).waitFor();
      expect(await alert.textContent()).toMatch(message);
      await alert.getByRole('link', { name: 'Back to the home page' }).click();
      await page.getByRole('heading', { level: 1, name: 'Notebooks' }).waitFor({ timeout: 5_000 });
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await page.context().close();
    }
  });

  it('says clearly when the address cannot be reached', async () => {
    // A port nothing listens on any more.
    const gone = await serveFixtures();
    await gone.close();
    const { page } = await openReader(`${gone.url}reader.algo.md`);
    try {
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'This notebook cannot be opened' }).waitFor();
      expect(await alert.textContent()).toContain(`Could not reach ${gone.url}reader.algo.md`);
    } finally {
      await page.context().close();
    }
  });
});

describe('the home page', () => {
  it('lists the examples of examples/index.json', async () => {
    const index: { file: string; title: string }[] = JSON.parse(
      await readFile(`${DIST}/examples/index.json`, 'utf8'),
    );
    const page = await app.page();
    const listed = page.waitForResponse((response) =>
      response.url().endsWith('examples/index.json'),
    );
    await page.goto(app.server.url);
    await listed;
    const examples = page.getByRole('region', { name: 'Examples' });
    await expect.poll(() => examples.getByRole('link').count()).toBe(index.length);
    const links = await examples.getByRole('link').all();
    const shown = await Promise.all(
      links.map(async (link) => ({
        title: await link.textContent(),
        href: await link.getAttribute('href'),
      })),
    );
    expect(shown).toEqual(
      index.map((example) => ({
        title: example.title,
        href: `#/example/${encodeURIComponent(example.file)}`,
      })),
    );
  });
});
