import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_FIXTURES, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { sha256Text } from '../../src/core/publish/index.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;
let good = '';

beforeAll(async () => {
  good = sha256Text(await readFile(join(PUBLISH_FIXTURES, 'total.algo.md'), 'utf8'));
});

const pinned = (sha256: string) =>
  `${app.server.url}?src=${encodeURIComponent(`${fixtures.url}publish/total.algo.md`)}#sha256=${sha256}`;

describe('?src= pinned by #sha256=', () => {
  it('opens the file when its text has the hash the link asks for', async () => {
    const page = await app.page();
    await page.goto(pinned(good));
    await page.getByRole('heading', { level: 1, name: 'Population of the cities' }).waitFor();
    await waitForText(page, TOTAL);
  });

  it('refuses a file whose hash differs, saying why, in English and French', async () => {
    const other = 'b'.repeat(64);
    const page = await app.newPage();
    try {
      await page.goto(pinned(other));
      await page
        .getByRole('alert')
        .filter({
          hasText: `The file at ${fixtures.url}publish/total.algo.md is not the expected one: its SHA-256 is ${good}, the link asks for ${other}. It was changed since the link was made, so it is not opened.`,
        })
        .waitFor();
      expect(await page.getByRole('heading', { name: 'Population of the cities' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: /^Cell/ }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const fr = await app.newPage(context);
    try {
      await fr.goto(pinned(other));
      await fr
        .getByRole('alert')
        .filter({
          hasText:
            /n’est pas celui attendu\u00a0: son SHA-256 est [0-9a-f]{64}, le lien demande b{64}\./,
        })
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
