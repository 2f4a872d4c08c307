import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { history, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';
import { useSite } from './support/use-site.ts';

const app = useApp();
const { host, site } = useSite();

const catalogUrl = () => `${host.url}catalog.json`;

/** The claim of a version opened from the third-party catalog: no record, and the origin. */
async function unanchored(page: Page, n: number): Promise<void> {
  const claim = page.getByRole('note').filter({
    hasText: `This text calls itself version ${n}, but there is no published record to compare it with.`,
  });
  await claim.waitFor();
  expect(await claim.innerText()).toContain(
    `listed in a third-party catalog from ${host.url.replace(/\/$/, '')}`,
  );
}

describe("a site's catalog", () => {
  it('lists the notebooks of a catalog named by ?catalog=, and opens #/<id> and #/<id>@<n> from it', async () => {
    const page = await app.page();
    await page.goto(`${app.server.url}?catalog=${encodeURIComponent(catalogUrl())}`);
    const catalog = page.getByRole('region', { name: 'Third-party catalog' });
    const entry = catalog.getByRole('listitem').filter({ hasText: 'Population of the cities' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('version 2');
    // Its known fork is listed with it.
    expect(await entry.getByRole('link', { name: 'city-total-lyon, version 1' }).count()).toBe(1);
    expect(await catalog.getByRole('textbox', { name: 'Catalog' }).inputValue()).toBe(catalogUrl());

    // #/<id>: the latest version, read-only, with its hash; a third-party catalog vouches for
    // nothing, so it is not called published, and its origin is said.
    await entry.getByRole('link', { name: 'Population of the cities' }).click();
    await unanchored(page, 2);
    expect(new URL(page.url()).hash).toBe('#/city-total');
    expect(await page.locator('main').innerText()).toContain(site.versions[1].sha256.slice(0, 12));
    await waitForText(page, 'Sum: 5252056');

    // #/<id>@<n>: that version, of the catalog the address names.
    await page.goto(`${app.server.url}?catalog=${encodeURIComponent(catalogUrl())}#/city-total@1`);
    await unanchored(page, 1);
    await waitForText(page, 'Total: 5252056');
    expect(await page.locator('main').innerText()).toContain(site.versions[0].sha256.slice(0, 12));

    // Its history comes from the catalog; two versions compare.
    const panel = await history(page);
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
    await panel.getByRole('button', { name: 'Show differences' }).click();
    const diff = page.getByRole('region', { name: 'Differences from Version 1 to Version 2' });
    expect(await diff.innerText()).toMatch(/^\+ md`Sum: /m);

    // Verify: the version re-run in the browser gives the results its text records, but
    // nothing the site vouches for names this text.
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Results reproduce; the identity of this copy was not checked/ })
      .waitFor({ timeout: 30_000 });
  });

  it('says clearly when a notebook or a version is not in the catalog, or the catalog is broken', async () => {
    const page = await app.page();
    const base = `${app.server.url}?catalog=${encodeURIComponent(catalogUrl())}`;
    await page.goto(`${base}#/nowhere`);
    await page
      .getByRole('alert')
      .filter({ hasText: `The catalog at ${catalogUrl()} has no notebook “nowhere”.` })
      .waitFor();
    await page.goto(`${base}#/city-total@7`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'The notebook “city-total” has no version 7 in the catalog.' })
      .waitFor();
    await site.write('broken.json', '{"algobook": 1, "notebooks": {}}');
    await page.goto(`${app.server.url}?catalog=${encodeURIComponent(`${host.url}broken.json`)}`);
    await page
      .getByRole('region', { name: 'Third-party catalog' })
      .getByRole('alert')
      .filter({
        hasText: /cannot be read\. This catalog is not valid: "notebooks" must be a list\./,
      })
      .waitFor();
  });
});
