/**
 * Hostile links: a malformed address shows a page that says what is wrong and leads home, in
 * English and French; it never leaves a blank app, and `?src=` fetches nothing but http(s).
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from '../support/use-app.ts';

const app = useApp();

/** A page whose uncaught errors and dialogs are recorded, for the test to assert none. */
async function watchedPage(locale = 'en-US'): Promise<{ page: Page; problems: string[] }> {
  const page = await app.newPage(await app.browser.newContext({ locale }));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** Opens `address` and returns the error page's message once it shows. */
async function errorPage(page: Page, address: string, title: string): Promise<string> {
  await page.goto(`${app.server.url}${address}`);
  const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: title }) });
  await alert.waitFor();
  return alert.innerText();
}

const MALFORMED: [address: string, says: string][] = [
  ['#/%E0', 'Part of the address, “%E0”, is not valid percent-encoding'],
  ['#/draft/%E0%A4', 'Part of the address, “%E0%A4”, is not valid percent-encoding'],
  ['#/share/not*a*payload', 'This share link contains characters a share link never has.'],
  ['#/share/', 'The link stops after “#/share/”: the rest of it is missing.'],
  ['#/city@0', 'The version in “city@0” must be a whole number from 1, as in “city@1”.'],
  ['#/city@two', 'The version in “city@two” must be a whole number from 1'],
  ['#/version/xyz', '“xyz” is not the SHA-256 of a version'],
  ['#/nowhere/at/all', 'The app has no page “#/nowhere/at/all”.'],
  [
    '?src=ftp%3A%2F%2F127.0.0.1%2Fn.algo.md',
    'The notebook’s address (?src=) starts with “ftp:”. Only http and https addresses are opened.',
  ],
  ['?src=x.algo.md#sha256=abc', 'The hash after “#sha256=”, “abc”, is not a SHA-256'],
  [
    '?catalog=data%3Atext%2Fplain%2C%7B%7D',
    'The catalog’s address (?catalog=) starts with “data:”.',
  ],
];

describe('a malformed link', () => {
  it('shows what is wrong and the way home, never a blank app', async () => {
    const { page, problems } = await watchedPage();
    try {
      for (const [address, says] of MALFORMED) {
        const text = await errorPage(page, address, 'This link cannot be opened');
        expect(text, address).toContain(says);
      }
      await page.getByRole('link', { name: 'Back to the home page' }).click();
      await page.getByRole('heading', { level: 1, name: 'Notebooks' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('says it in French', async () => {
    const { page, problems } = await watchedPage('fr-FR');
    try {
      const text = await errorPage(page, '#/%E0', 'Ce lien ne peut pas être ouvert');
      expect(text).toContain(
        'Une partie de l’adresse, «\u00a0%E0\u00a0», n’est pas un encodage-pourcent valide',
      );
      expect(await errorPage(page, '#/city@0', 'Ce lien ne peut pas être ouvert')).toContain(
        'La version dans «\u00a0city@0\u00a0» doit être un nombre entier à partir de 1',
      );
      await page.getByRole('link', { name: "Retour à l'accueil" }).click();
      await page.getByRole('heading', { level: 1, name: 'Carnets' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('refuses ?src=javascript: without running or fetching it', async () => {
    const { page, problems } = await watchedPage();
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const text = await errorPage(
        page,
        `?src=${encodeURIComponent('javascript:alert(document.domain)//x.algo.md')}`,
        'This link cannot be opened',
      );
      expect(text).toContain(
        'The notebook’s address (?src=) starts with “javascript:”. Only http and https addresses are opened.',
      );
      // Nothing left the app's own origin, and the script never ran.
      expect(requests.filter((url) => !url.startsWith(app.server.url))).toEqual([]);
      expect(problems).toEqual([]);

      // Typed into "Open from a URL", it gets the same check as a link.
      await page.goto(app.server.url);
      await page.getByRole('textbox', { name: 'Open from a URL' }).fill(' javascript:alert(1)');
      await page.getByRole('textbox', { name: 'Open from a URL' }).press('Enter');
      await page.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('refuses an absurdly long address', async () => {
    const { page, problems } = await watchedPage();
    try {
      // Set from the running app: a navigation to a megabyte-long address is slow to start.
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1, name: 'Notebooks' }).waitFor();
      await page.evaluate((n) => (location.hash = `#/share/${'A'.repeat(n)}`), 300_000);
      const long = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' });
      await long.waitFor();
      expect(await long.innerText()).toMatch(
        /The address is 300,00\d characters long; the app reads addresses of at most 262,144 characters\./,
      );

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('refuses a share payload that unpacks past the limit, saying so in English and French', async () => {
    // 64 MB of zeros deflate to some 64 KB: a bomb in a short link.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024)).toString('base64url');
    for (const [locale, says] of [
      [
        'en-US',
        'This share link unpacks to more than 8 MB; a notebook is far smaller, so it is refused.',
      ],
      ['fr-FR', 'Ce lien de partage se décompresse en bien plus qu’un carnet\u00a0: refusé.'],
    ]) {
      const { page, problems } = await watchedPage(locale);
      try {
        await page.goto(`${app.server.url}#/share/${bomb}`);
        await page.getByRole('alert').filter({ hasText: says }).waitFor({ timeout: 20_000 });
        expect(await page.getByRole('region', { name: /^(Cell|Cellule)/ }).count()).toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('never blanks the app, whatever the fragment (fast-check sample)', async () => {
    const part = fc.oneof(
      fc.constantFrom('/', '%', '%E0', '%2F', '@', '?', '=', '&', '#', 'share', 'example'),
      fc.constantFrom('draft', 'version', 'base=', 'javascript:', '@0', '..', '\u00e9'),
      fc.string({ maxLength: 5 }),
    );
    const hashes = fc.sample(
      fc.array(part, { maxLength: 10 }).map((parts) => `#/${parts.join('')}`),
      { numRuns: 25, seed: 20261204 },
    );
    const { page, problems } = await watchedPage();
    try {
      await page.goto(app.server.url);
      for (const hash of hashes) {
        // Half by a fresh load, half by following a link inside the running app.
        if (hashes.indexOf(hash) % 2) await page.goto(`${app.server.url}${hash}`);
        else await page.evaluate((h) => (location.hash = h), hash);
        await expect
          .poll(async () => (await page.locator('main').innerText()).trim().length, {
            message: hash,
          })
          .toBeGreaterThan(0);
        expect(await page.getByRole('link', { name: 'algobook' }).count(), hash).toBe(1);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
