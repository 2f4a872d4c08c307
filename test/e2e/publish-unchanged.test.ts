/**
 * Publishing a draft that has not changed since its latest version says so and makes no new
 * version; "Publish version 2 anyway" makes one, as `algobook publish --allow-same` does.
 */
import { describe, expect, it } from 'vitest';
import { publish, storedVersions, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';
import { readerUrl, waitForMonaco } from './support/notebook.ts';

const app = useApp({ fixtures: true });

describe('publishing an unchanged notebook', () => {
  it('says that nothing changed since version 1, makes no version, and publishes it when asked', async () => {
    const page = await app.edit('publish/total.algo.md');
    await waitForText(page, TOTAL);
    await publish(page, 'First count', 1);

    await page.getByRole('textbox', { name: 'What changed' }).fill('Nothing, really');
    await page.getByRole('button', { name: 'Publish version 2', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Nothing changed since version 1: no new version was made\./ })
      .waitFor();
    expect(await storedVersions(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Publish version 2 anyway' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Published version 2 \(SHA-256 [0-9a-f]{12}…\)\.$/ })
      .waitFor({ timeout: 30_000 });
    const versions = (await storedVersions(page)).sort((a, b) => a.version - b.version);
    expect(versions.map((v) => [v.version, v.message])).toEqual([
      [1, 'First count'],
      [2, 'Nothing, really'],
    ]);
  });

  it('says it in French', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(readerUrl(app.server.url, `${app.fixtures.url}publish/total.algo.md`));
    await page.getByRole('button', { name: 'Modifier une copie' }).click();
    await page.getByRole('toolbar', { name: 'Carnet' }).waitFor();
    await waitForMonaco(page);
    await waitForText(page, TOTAL);
    for (const [message, n] of [
      ['Premier', 1],
      ['Encore', 2],
    ] as const) {
      const submit = page.getByRole('button', { name: `Publier la version ${n}`, exact: true });
      if (!(await submit.isVisible())) await page.getByRole('button', { name: 'Publier…' }).click();
      await page.getByRole('textbox', { name: 'Ce qui a changé' }).fill(message);
      await submit.click();
      if (n === 1)
        await page
          .getByRole('status')
          .filter({ hasText: /^Version 1 publiée/ })
          .waitFor({ timeout: 30_000 });
    }
    await page
      .getByRole('alert')
      .filter({ hasText: /^Rien n’a changé depuis la version 1\u00a0: aucune nouvelle version/ })
      .waitFor();
    expect(
      await page.getByRole('button', { name: 'Publier quand même la version 2' }).count(),
    ).toBe(1);
  });
});
