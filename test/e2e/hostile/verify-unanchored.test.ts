/**
 * A copy of a published version, taken off its site and edited, still carries `version`,
 * `parent` and `results`, and its results still reproduce. Verify must not call it "Reproduced":
 * only an anchor (the site's catalog, the link's #sha256=) vouches for a text's identity.
 */
import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readerUrl } from '../support/notebook.ts';
import { useApp } from '../support/use-app.ts';
import { useSite } from '../support/use-site.ts';

const app = useApp();
const { host, site } = useSite();

beforeAll(async () => {
  const { dir } = site;
  // The copy sits beside the site's own folders, so its `../data/` still reaches the data.
  await mkdir(`${dir}/copies`);
  const v2 = site.versions[1].text;
  await site.write(
    'copies/v2.algo.md',
    v2.replace('The population of the cities', 'The official population of the cities'),
  );
});

const VERDICT =
  /^(Reproduced|Reproduit|Not reproduced|Non reproduit|Tampered|Altéré|Results reproduce|Les résultats se reproduisent)/;

/** Opens `url` in the reader, presses Verify and returns the verdict once it is given. */
async function verify(page: Page, url: string, button = 'Verify', region = 'Verification') {
  await page.goto(url);
  await page.getByRole('button', { name: button, exact: true }).click();
  const verdict = page
    .getByRole('region', { name: region })
    .getByRole('status')
    .filter({ hasText: VERDICT });
  await verdict.waitFor({ timeout: 60_000 });
  return verdict.innerText();
}

describe('verify without an anchor', () => {
  it('says the identity of an edited copy was not checked, never "Reproduced"', async () => {
    const page = await app.newPage();
    try {
      const verdict = await verify(page, readerUrl(app.server.url, `${host.url}copies/v2.algo.md`));
      expect(verdict).toBe(
        'Results reproduce; the identity of this copy was not checked: no published record (the site’s catalog, or a link with #sha256=) says that this text is the one published. Its author, or anyone who edited it, may have changed its prose or its data sources and recorded its own results.',
      );
      expect(verdict).not.toMatch(/^Reproduced/);
    } finally {
      await page.context().close();
    }
  });

  it('says the same of the intact file opened by a bare ?src=, in French too', async () => {
    const url = readerUrl(app.server.url, `${host.url}city-total/v2.algo.md`);
    const context: BrowserContext = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await app.newPage(context);
    try {
      const verdict = await verify(page, url, 'Vérifier', 'Vérification');
      expect(verdict).toMatch(
        /^Les résultats se reproduisent\u00a0; l’identité de cette copie n’a pas été vérifiée/,
      );
    } finally {
      await context.close();
    }
  });

  it('says "Reproduced" once the link pins the text by its hash, and "Tampered" for the copy', async () => {
    const page = await app.newPage();
    try {
      const pinned = `${readerUrl(app.server.url, `${host.url}city-total/v2.algo.md`)}#sha256=${site.versions[1].sha256}`;
      expect(await verify(page, pinned)).toBe(
        'Reproduced: the text is the published one and every cell gives its published result.',
      );
    } finally {
      await page.context().close();
    }
    // The copy under the hash of the version it imitates is not even opened.
    const other = await app.newPage();
    try {
      await other.goto(
        `${readerUrl(app.server.url, `${host.url}copies/v2.algo.md`)}#sha256=${site.versions[1].sha256}`,
      );
      await other
        .getByRole('alert')
        .filter({ hasText: /is not the expected one/ })
        .waitFor();
      expect(await other.getByRole('button', { name: 'Verify' }).count()).toBe(0);
    } finally {
      await other.context().close();
    }
  });
});
