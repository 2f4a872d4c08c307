import { describe, expect, it } from 'vitest';
import { shownCode, storedDrafts, typeCode } from './support/notebook.ts';
import { history, publish, storedVersions, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe('publishing versions', () => {
  it('publishes two versions, compares them, restores the first and opens the second read-only', async () => {
    const page = await app.edit('publish/total.algo.md');
    await waitForText(page, TOTAL);

    await publish(page, 'First count', 1);
    await typeCode(
      page,
      4,
      "md`Sum: ${cities.rollup({ total: op.sum('population') }).get('total', 0) * factor}`",
    );
    await publish(page, 'Say sum', 2);

    // Two immutable versions, chained: version 2's parent is version 1's hash.
    const versions = (await storedVersions(page)).sort((a, b) => a.version - b.version);
    expect(versions.map((v) => [v.version, v.message])).toEqual([
      [1, 'First count'],
      [2, 'Say sum'],
    ]);
    expect(versions[1].text).toContain(`parent: ${versions[0].sha256}`);
    expect(versions[0].text).toContain('results:');
    expect(versions[1].text).toContain('md`Sum:');

    // The history lists both, with their messages and short hashes.
    const panel = await history(page);
    const items = panel.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toContain('First count');
    expect(await items.nth(0).innerText()).toContain(versions[0].sha256.slice(0, 12));
    expect(await items.nth(1).innerText()).toContain('Say sum');

    // The diff of version 1 and version 2, aligned by cell: only cell 4 changed.
    await panel.getByRole('button', { name: 'Show differences' }).click();
    const diff = page.getByRole('region', { name: 'Differences from Version 1 to Version 2' });
    await diff.waitFor();
    expect(await diff.getByRole('status').innerText()).toBe('1 cell changed');
    const text = await diff.innerText();
    expect(text).toContain('Cell 4 (code): changed, now cell 4');
    expect(text).toMatch(/^- md`Total: /m);
    expect(text).toMatch(/^\+ md`Sum: /m);
    expect(text).toContain('Cell 2 (code): unchanged');

    // Restoring version 1 makes it the draft again (saved), without its publication stamp.
    await panel.getByRole('button', { name: 'Restore version 1 as the draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Version 1 restored as the draft.' })
      .waitFor();
    await expect.poll(() => shownCode(page, 4), { timeout: 10_000 }).toContain('md`Total:');
    await waitForText(page, TOTAL);
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/draft/', ''));
    await expect
      .poll(async () => (await storedDrafts(page)).find((d) => d.id === id)?.text ?? '')
      .toContain('md`Total:');
    const draft = (await storedDrafts(page)).find((d) => d.id === id);
    expect(draft?.text).not.toMatch(/^(version|results|parent|published):/m);
    // The versions themselves are untouched; restoring a version over a published text keeps
    // no copy (nothing would be lost).
    expect(await storedVersions(page)).toHaveLength(2);
    const drafts = (await storedDrafts(page)).length;
    await panel.getByRole('button', { name: 'Restore version 2 as the draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Version 2 restored as the draft\.$/ })
      .waitFor();
    await expect.poll(() => shownCode(page, 4), { timeout: 10_000 }).toContain('md`Sum:');
    expect((await storedDrafts(page)).length).toBe(drafts);

    // Any version opens read-only, with its number and hash.
    await (await history(page)).getByRole('link', { name: 'Open version 2' }).click();
    await page.getByText('Version 2', { exact: true }).waitFor();
    expect(await page.getByRole('group', { name: 'Versions and sharing' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain(versions[1].sha256.slice(0, 12));
    await waitForText(page, 'Sum: 5252056');
    expect(await page.getByRole('button', { name: 'Publish…' }).count()).toBe(0);
  });

  it('refuses an empty message, saying why in French too', async () => {
    const page = await app.page({ language: 'fr' });
    await page.goto(
      `${app.server.url}?src=${encodeURIComponent(`${fixtures.url}publish/total.algo.md`)}`,
    );
    await page.getByRole('button', { name: 'Modifier une copie' }).click();
    await page.getByRole('button', { name: 'Publier…' }).click();
    await page.getByRole('button', { name: 'Publier la version 1' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Dites en quelques mots ce qui change dans cette version.' })
      .waitFor();
  });
});
