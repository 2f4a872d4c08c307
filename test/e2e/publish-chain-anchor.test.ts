/**
 * The chain anchor in the browser: a link that pins version 2's hash vouches for version 1,
 * published beside it, once version 2's parent is version 1's text. It never goes the other way:
 * a text that names an anchored version as its parent is not vouched for by it.
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';
import { useSite } from './support/use-site.ts';

// The site on an origin of its own, not the app's: only the link's #sha256= anchors its versions.
const app = useApp();
const { host, site } = useSite();

/** The reader on version `n` of the hosted site, by a link that pins `sha256`. */
const pinned = (n: number, sha256: string) =>
  `${readerUrl(app.server.url, `${host.url}city-total/v${n}.algo.md`)}#sha256=${sha256}`;

describe('a link pinning a later version', () => {
  it("anchors version 1 through version 2's parent: published, and Verify says Reproduced", async () => {
    const page = await app.newPage();
    try {
      await page.goto(pinned(1, site.versions[1].sha256));
      await page.getByText('Version 1', { exact: true }).waitFor();
      expect(await page.getByText(/no published record/).count()).toBe(0);
      await page.getByRole('button', { name: 'Verify' }).click();
      await page
        .getByRole('region', { name: 'Verification' })
        .getByRole('status')
        .filter({ hasText: /^Reproduced: the text is the published one/ })
        .waitFor({ timeout: 30_000 });
    } finally {
      await page.context().close();
    }
  });

  it('refuses version 1 once edited, and never anchors a later text by its parent', async () => {
    const page = await app.newPage();
    try {
      // Version 2 names version 1 as its parent; version 1's hash vouches for version 1 only.
      await page.goto(pinned(2, site.versions[0].sha256));
      await page.getByText(/is not the expected one: its SHA-256 is/).waitFor();
      expect(await page.getByText('Version 2', { exact: true }).count()).toBe(0);

      const v1 = await site.read('city-total/v1.algo.md');
      await site.write('city-total/v1.algo.md', v1.replace('Total:', 'Tot.:'));
      try {
        await page.goto(pinned(1, site.versions[1].sha256));
        await page.getByText(/is not the expected one: its SHA-256 is/).waitFor();
        expect(await page.getByText('Version 1', { exact: true }).count()).toBe(0);
      } finally {
        await site.write('city-total/v1.algo.md', v1);
      }
    } finally {
      await page.context().close();
    }
  });
});
