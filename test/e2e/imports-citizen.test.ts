/**
 * The citizen views across an import (issue 14), on the bundled example that imports the ATMO
 * sub-index, in English and French: "How is this computed?" goes into the imported notebook
 * (its steps under its title, computed there as published) and back; the graph shows it as a
 * group; the card lists it among the algorithms relied on.
 */
import { describe, expect, it } from 'vitest';
import { useApp, LOCALE } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';

const app = useApp();

const CASES = [
  [
    'English',
    LOCALE.en,
    en,
    'atmo-who-guideline.algo.md',
    'PM2.5 sub-index',
    'The ATMO sub-index',
    '221b6fc62250',
  ],
  [
    'French',
    LOCALE.fr,
    fr,
    'atmo-who-guideline.fr.algo.md',
    'Sous-indice PM2.5',
    'Le sous-indice ATMO',
    '901326a7a6a3',
  ],
] as const;

describe.each(CASES)('in %s', (_, locale, m, file, key, library, hash) => {
  it('follows the key result into the imported notebook and back', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.url}#/example/${file}`);
    await page
      .getByRole('button', { name: m['citizen.explainIndicator'].replace('{title}', key) })
      .click();
    const panel = page.getByRole('region', {
      name: m['citizen.chainHeading'].replace('{title}', key),
    });
    await panel.getByText(m['importCitizen.into'].replace('{title}', library)).first().waitFor();
    const items = await panel
      .locator('.steps ol > li')
      .evaluateAll((els) =>
        els.map((el) =>
          el.classList.contains('place')
            ? `>${el.getAttribute('data-import')}`
            : (el.getAttribute('data-import') ?? 'own'),
        ),
      );
    // Into the library first (its cells computing subIndex and LABELS), back into this notebook,
    // and into the library again for what use() reads that the import did not; its own last.
    expect(items[0]).toBe('>atmo');
    expect(items.filter((item) => item === 'atmo').length).toBeGreaterThanOrEqual(4);
    items.forEach((item, k) => {
      const place = items.slice(0, k).findLast((i) => i.startsWith('>'));
      if (!item.startsWith('>')) expect(place).toBe(item === 'atmo' ? '>atmo' : '>');
    });
    expect(items.at(-1)).toBe('own');
    await panel.getByText(m['importCitizen.back'], { exact: true }).first().waitFor();
    const imported = panel.locator('li.step[data-import="atmo"]');
    expect(await imported.allInnerTexts()).toContainEqual(
      expect.stringContaining(m['importCitizen.computedThere'].replace('{title}', library)),
    );
    // The library's function is a step, its code one click away.
    expect((await imported.allTextContents()).join('\n')).toContain('function subIndex');
    await panel
      .locator('li.step')
      .last()
      .getByRole('heading', { name: key, exact: true })
      .waitFor();
  });

  it('draws the imported notebook as a group in the graph', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.url}#/example/${file}`);
    await page
      .getByRole('button', { name: m['citizen.explainIndicator'].replace('{title}', key) })
      .waitFor();
    await page.getByText(m['citizen.graph'], { exact: true }).click();
    const group = m['importCitizen.group'].replace('{title}', library);
    // Accessible names read a no-break space as a space.
    const words = group.split(/[\s\u00a0]+/).join('\\s');
    const nodes = page.getByRole('button', { name: new RegExp(`^${words}, `) });
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThanOrEqual(4);
    // Its box is titled: drawn, not read out (each node's name says it).
    await page.getByText(new RegExp(`^${words}$`)).waitFor();
    // Opening one of its nodes opens the chain of the cell that imports it, which goes through it.
    await nodes.first().click();
    await page.getByText(m['importCitizen.into'].replace('{title}', library)).first().waitFor();
  });

  it('lists it on the card among the algorithms relied on, linked to that version', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.url}#/example/${file}`);
    await page.getByText(m['citizen.card'], { exact: true }).click();
    await page.getByRole('heading', { name: m['importCitizen.reliesOn'] }).waitFor();
    // The card's own line (the reader's "Uses:" above links there too).
    const link = page
      .getByRole('listitem')
      .filter({ hasText: m['importCitizen.hash'].replace('{hash}', hash) })
      .getByRole('link', { name: library, exact: true });
    expect(await link.getAttribute('href')).toMatch(/^\?src=http%3A%2F%2F127\.0\.0\.1/);
  });
});
