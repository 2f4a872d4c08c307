import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editCopy } from './support/notebook.ts';
import { history, publish, storedVersions, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

// The site is the app's own: only its catalog vouches for the versions it lists.
const app = useApp({ fixtures: true, site: true });
const { fixtures, site } = app;

/** Opens version `n` of city-total from the site in a fresh browser (no cache) and verifies it. */
async function verifyHosted(n: number): Promise<{ page: Page; verdict: string; panel: string }> {
  const page = await app.newPage();
  await page.goto(`${app.server.url}#/city-total@${n}`);
  await page.getByRole('button', { name: 'Verify' }).click();
  const panel = page.getByRole('region', { name: 'Verification' });
  const verdict = panel
    .getByRole('status')
    .filter({ hasText: /^(Reproduced|Not reproduced|Tampered)/ });
  await verdict.waitFor({ timeout: 30_000 });
  return { page, verdict: await verdict.innerText(), panel: await panel.innerText() };
}

describe('verify', () => {
  it('reproduces a hosted version, then catches a changed dataset and a tampered file', async () => {
    const good = await verifyHosted(2);
    expect(good.verdict).toBe(
      'Reproduced: the text is the published one and every cell gives its published result.',
    );
    await good.page.context().close();

    // The city's data file changes after publication: Paris's population is not the same.
    const csv = await site.read('data/cities.csv');
    await site.write('data/cities.csv', csv.replace('2103778', '2100000'));
    try {
      const changed = await verifyHosted(2);
      expect(changed.verdict).toBe('Not reproduced: see what differs below.');
      expect(changed.panel).toMatch(
        /Dataset “cities”: http:\/\/127\.0\.0\.1:\d+\/data\/cities\.csv now serves other bytes \(SHA-256 [0-9a-f]{12}…\) than the pinned ones\./,
      );
      // Cell 4 (the total) no longer gives "Sum: 5252056": the dataset is refused, the cell fails.
      expect(changed.panel).toMatch(/Cell 4: published Sum: 5252056, now /);
      expect(changed.panel).toContain('Cell 2: published');
      await changed.page.context().close();
    } finally {
      await site.write('data/cities.csv', csv);
    }

    // Version 1's file is edited on the site after publication (its catalog hash stays).
    const v1 = await site.read('city-total/v1.algo.md');
    await site.write(
      'city-total/v1.algo.md',
      v1.replace('The population of the cities', 'The population of the cities (edited)'),
    );
    try {
      const tampered = await verifyHosted(1);
      // Flagged as soon as it opens, and by the verification.
      expect(
        await tampered.page
          .getByRole('alert')
          .filter({ hasText: /^Tampered: this file is not the one published\./ })
          .count(),
      ).toBe(1);
      expect(tampered.verdict).toBe(
        'Tampered: this version is not the one published, or its chain of versions is broken.',
      );
      expect(tampered.panel).toMatch(/Version 1 was modified: its SHA-256 is [0-9a-f]{12}…/);
      await tampered.page.context().close();

      // Version 2 itself is intact, but its chain is not: version 1 was changed.
      const chain = await verifyHosted(2);
      expect(chain.verdict).toMatch(/^Tampered/);
      expect(chain.panel).toMatch(/Version 1 was modified/);
      await chain.page.context().close();
    } finally {
      await site.write('city-total/v1.algo.md', v1);
    }
  });

  it('verifies a version published in this browser, and flags its stored text when edited', async () => {
    const page = await app.page();
    await editCopy(page, app.server.url, `${fixtures.url}publish/total.algo.md`);
    await waitForText(page, TOTAL);
    await publish(page, 'First count', 1);
    await (await history(page)).getByRole('link', { name: 'Open version 1' }).click();
    await page.getByText('Version 1', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Reproduced: the text is the published one/ })
      .waitFor({ timeout: 30_000 });

    // Someone edits the stored version's text in the browser's database.
    const [stored] = await storedVersions(page);
    await page.evaluate(
      ([sha256, text]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('algobook');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('versions', 'readwrite');
            const store = tx.objectStore('versions');
            const get = store.get(sha256);
            get.onsuccess = () => store.put({ ...get.result, text });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [stored.sha256, stored.text.replace('times a factor', 'times two')] as const,
    );
    await page.reload();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Tampered: this file is not the one published\./ })
      .waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Tampered: this version/ })
      .waitFor({ timeout: 30_000 });
  });
});
