/**
 * Citizen words (issue 12): what a reader sees says it in a person's words, in English and
 * French. Column types in plain words; "published:" only beside a published version's values;
 * the verification as a badge with a sentence, in each of its states; the actions of people who
 * reuse the algorithm grouped apart from the reader's, on a phone too; the card's contact a link
 * when it is an e-mail address or an https URL, and text otherwise, whatever a hostile notebook
 * writes there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from './support/notebook.ts';
import { serveStatic } from './support/static-server.ts';
import { expected, explainKeyResult, settled, LANGUAGES } from './citizen-support.ts';
import { useApp, useServer } from './support/use-app.ts';

// The site is the app's own: its catalog vouches for city-total's versions.
const app = useApp({ site: true });
const version = (n: number) => `${app.server.url}#/city-total@${n}`;

const PUBLISH = fileURLToPath(new URL('./fixtures/publish/total.algo.md', import.meta.url));
/** Contacts a notebook may give, and the link each must become (null: text, never a link). */
const CONTACTS: [string, string | null][] = [
  ['algo@ville.example.fr', 'mailto:algo@ville.example.fr'],
  ['https://ville.example/algorithmes', 'https://ville.example/algorithmes'],
  ['javascript:alert(document.domain)', null],
  ['<a href="javascript:alert(1)">Write to us</a>', null],
  ['data:text/html,<script>alert(1)</script>', null],
];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'algobook-citizen-words-'));
  const text = readFileSync(PUBLISH, 'utf8');
  CONTACTS.forEach(([contact], i) =>
    writeFileSync(
      join(dir, `contact-${i}.algo.md`),
      text.replace('\n---\n', `\ntransparency:\n  contact: ${JSON.stringify(contact)}\n---\n`),
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = useServer(() => serveStatic(dir, { cors: true }));

/** A cell's region in the reader, by its number on the page. */
const cellRegion = (page: Page, label: string, n: number) =>
  page.getByRole('region', { name: label.replace('{n}', String(n)), exact: true });

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  const PLAIN = Object.entries(m)
    .filter(([key]) => key.startsWith('citizen.type.'))
    .map(([, words]) => words);

  it('names column types in plain words, the technical type in a tooltip', async () => {
    const page = await app.page({ locale });
    await page.goto(`${app.server.url}#/example/paris-arrondissements.algo.md`);
    await settled(page);
    const headers = page.locator('article thead th[scope="col"]:has(.type)');
    await headers.first().waitFor();
    const shown = await headers.evaluateAll((els) =>
      els.map((el) => ({
        name: el.querySelector('.name')!.textContent!,
        type: el.querySelector('.type')!.textContent!,
        title: el.getAttribute('title')!,
      })),
    );
    const of = (name: string) => shown.find((h) => h.name === name)!;
    expect(of('arrondissement').type).toBe(m['citizen.type.text']);
    expect(of('population').type).toBe(m['citizen.type.wholeNumber']);
    expect(of('area_km2').type).toBe(m['citizen.type.decimal']);
    for (const header of shown) {
      expect(PLAIN).toContain(header.type);
      expect(header.title).toMatch(/\((utf8|u?int\d+|float\d+|bool|date|timestamp)\)$/);
    }
  });

  it('says "published:" beside a published version\'s values only', async () => {
    const page = await app.page({ locale });
    const published = m['citizen.defaultValue'].split('{value}')[0];
    // An example that was never published: the author's values.
    const want = expected('indice-atmo');
    const key = want.cells.find((c) => c.kind === 'indicator')!;
    await explainKeyResult(page, app.url, 'indice-atmo', key, m['citizen.explainIndicator']);
    const params = page
      .getByRole('region', { name: m['citizen.chainHeading'].replace('{title}', key.title!) })
      .getByRole('region', { name: m['citizen.parameters'] });
    await params.getByText(m['citizen.authorValue'].replace('{value}', '12')).first().waitFor();
    expect(await params.innerText()).not.toContain(published);
    // A published version: its values are the published ones.
    await page.goto(version(2));
    await settled(page);
    const total = cellRegion(page, m['cell.label'], 4);
    await total.getByRole('button', { name: m['citizen.title'] }).click();
    await total
      .getByRole('region', { name: m['citizen.parameters'] })
      .getByText(m['citizen.defaultValue'].replace('{value}', '2'))
      .waitFor();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('groups the actions of people who reuse the algorithm apart, at %i px', async (w, h) => {
    const page = await app.page({ locale, viewport: { width: w, height: h } });
    await page.goto(version(2));
    const reuse = page.getByRole('group', { name: m['citizen.reuse.title'] });
    await reuse.waitFor();
    const names = async (group: typeof reuse) =>
      (await group.getByRole('button').allInnerTexts()).map((s) => s.trim());
    expect(await names(reuse)).toEqual([
      m['publish.fork'],
      m['reader.editCopy'],
      m['publish.download'],
    ]);
    expect(await reuse.innerText()).toContain(m['citizen.reuse.hint']);
    const reader = await names(page.getByRole('group', { name: m['publish.bar'] }));
    expect(reader).toContain(m['publish.verify']);
    expect(reader).toContain(m['publish.share']);
    for (const action of ['publish.fork', 'reader.editCopy', 'publish.download'] as const)
      expect(reader).not.toContain(m[action]);
    // Each reuse button once on the page, and the group within the screen's width.
    expect(await page.getByRole('button', { name: m['publish.fork'], exact: true }).count()).toBe(
      1,
    );
    const box = (await reuse.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(w);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
  });

  /** Opens `url`, checks the badge before, presses Verify and returns the states it went through. */
  async function verifyBadge(page: Page, url: string): Promise<string[]> {
    await page.goto(url);
    const badge = page.locator('[data-state]').filter({ hasText: m['citizen.badge.idle.title'] });
    await badge.waitFor();
    expect(await badge.innerText()).toContain(m['citizen.badge.idle.text']);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const badge = document.querySelector('p[data-state]')!;
      new MutationObserver(() => seen.push(badge.getAttribute('data-state')!)).observe(badge, {
        attributes: true,
      });
    });
    await page.getByRole('button', { name: m['publish.verify'], exact: true }).click();
    await page.waitForFunction(
      () =>
        !/^(idle|running)$/.test(
          document.querySelector('p[data-state]')!.getAttribute('data-state')!,
        ),
      null,
      { timeout: 60_000 },
    );
    return page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  }

  async function expectBadge(page: Page, state: string) {
    const badge = page.getByRole('status').and(page.locator(`p[data-state="${state}"]`));
    const text = await badge.innerText();
    expect(text).toContain(m[`citizen.badge.${state}.title` as keyof typeof m]);
    expect(text).toContain(m[`citizen.badge.${state}.text` as keyof typeof m]);
  }

  it('shows the verification as a badge with a sentence: not checked yet, checking, checked', async () => {
    const page = await app.page({ locale });
    const seen = await verifyBadge(page, version(2));
    expect(seen).toEqual(['running', 'checked']);
    await expectBadge(page, 'checked');
  });

  it('shows "could not be checked" for a text nothing vouches for', async () => {
    const page = await app.page({ locale });
    const seen = await verifyBadge(
      page,
      readerUrl(app.server.url, `${app.server.url}city-total/v2.algo.md`),
    );
    expect(seen.at(-1)).toBe('unchecked');
    await expectBadge(page, 'unchecked');
  });

  it('shows "not reproduced" when a result differs', async () => {
    const csv = await app.site.read('data/cities.csv');
    await app.site.write('data/cities.csv', csv.replace('2103778', '2100000'));
    try {
      const page = await app.page({ locale });
      const seen = await verifyBadge(page, version(2));
      expect(seen.at(-1)).toBe('not-reproduced');
      await expectBadge(page, 'not-reproduced');
    } finally {
      await app.site.write('data/cities.csv', csv);
    }
  });

  it.each(CONTACTS.map(([contact, href], i) => [contact, href, i] as const))(
    'shows the contact %j in the card, a link only to %s',
    async (contact, href, i) => {
      const page = await app.page({ locale });
      await page.goto(readerUrl(app.server.url, `${files.url}contact-${i}.algo.md`));
      await page.getByText(m['citizen.card'], { exact: true }).click();
      const field = page.locator('dd[data-field="contact"]');
      await field.waitFor();
      expect((await field.innerText()).trim()).toBe(contact);
      const links = await field
        .locator('a')
        .evaluateAll((els) => els.map((a) => a.getAttribute('href')));
      expect(links).toEqual(href ? [href] : []);
      // Whatever it holds, the card adds no element of the notebook's making.
      expect(await field.locator('script, img, [onerror]').count()).toBe(0);
    },
  );
});
