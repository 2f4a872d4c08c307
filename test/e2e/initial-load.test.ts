/**
 * What the page loads first (issue 15, docs/performance.md): a French reader gets the French
 * dictionary only, never sees English before it, and gets English when switching; the citizen
 * views' chunk (acorn) is fetched after the first output, not in parallel with the first run.
 */
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { DIST } from './support/browser.ts';
import { recordHeadings, seenHeadings } from './support/headings.ts';
import { useApp } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { measureFirstPaint } from '../../scripts/initial-js.mjs';

const app = useApp();

/** The dictionaries' chunk names in this build, e.g. `fr-C_paSVqw.js`. */
const chunk = Object.fromEntries(
  measureFirstPaint(DIST).dictionaries.map((d: { locale: string; file: string }) => [
    d.locale,
    basename(d.file),
  ]),
) as Record<'en' | 'fr', string>;

describe('the first load, for a French reader', () => {
  it('fetches the French dictionary only, shows no English first, and fetches English on switching', async () => {
    const page = await app.page({ language: 'fr' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(basename(new URL(request.url()).pathname)));
    await recordHeadings(page);

    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();
    await page.getByRole('heading', { name: fr['home.examples'] }).waitFor();
    expect(fetched).toContain(chunk.fr);
    expect(fetched).not.toContain(chunk.en);
    const headings = await seenHeadings(page);
    expect(headings).not.toContain(en['home.title']);
    expect(headings).not.toContain(en['home.examples']);

    await page.getByRole('combobox', { name: fr['language.label'] }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(fetched).toContain(chunk.en);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('the reader', () => {
  it('fetches the citizen views (acorn) only once the first output is on the page', async () => {
    const page = await app.page();
    const asked: boolean[] = [];
    // Each request for the chunk waits for the page's answer: was an output already there?
    await page.route(/\/assets\/(reader-parts|citizen)-[\w-]+\.js$/, async (route) => {
      asked.push(await page.evaluate(() => !!document.querySelector('.output[data-kind]')));
      await route.continue();
    });
    await page.goto(`${app.server.url}#/example/seattle-weather.algo.md`);
    await page.locator('.output[data-kind]').first().waitFor();
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    expect(asked.every(Boolean), `requested before the first output: ${asked}`).toBe(true);
  });
});
