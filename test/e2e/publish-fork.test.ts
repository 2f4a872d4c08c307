import { describe, expect, it } from 'vitest';
import { editCopy, storedDrafts, typeCode, waitForMonaco } from './support/notebook.ts';
import { history, publish, storedVersions, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

// The site is the app's own: only its catalog vouches for the versions it lists.
const app = useApp({ fixtures: true, site: true });
const { fixtures, site } = app;
const host = app.server;

const catalogPage = (hash: string) => `${app.server.url}${hash}`;

describe('forks', () => {
  it('forks a published version into a new draft that knows its origin and diffs against it', async () => {
    const page = await app.page();
    await page.goto(catalogPage('#/city-total@1'));
    await page.getByText('Version 1', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Fork', exact: true }).click();
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await waitForMonaco(page);

    // A new draft: a new id, and where it comes from, by id, version, hash and address.
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/draft/', ''));
    const draft = (await storedDrafts(page)).find((d) => d.id === id);
    expect(draft?.text).toMatch(/^id: city-total-fork-[0-9a-f]{6}$/m);
    expect(draft?.text).toContain(
      [
        'forkOf:',
        '  id: city-total',
        '  version: 1',
        `  sha256: ${site.versions[0].sha256}`,
        `  url: ${host.url}city-total/v1.algo.md`,
      ].join('\n'),
    );
    expect(draft?.text).not.toMatch(/^(version|results|parent|published|message):/m);

    // The fork says where it comes from, and compares with it.
    const origin = page.getByRole('link', { name: 'city-total, version 1' });
    expect(await origin.getAttribute('href')).toBe(
      `?src=${encodeURIComponent(`${host.url}city-total/v1.algo.md`)}#sha256=${site.versions[0].sha256}`,
    );
    await typeCode(page, 4, 'md`Twice: ${2 * factor}`');
    await page.getByRole('button', { name: 'Compare with the origin' }).click();
    const diff = page.getByRole('region', {
      name: 'Differences from city-total, version 1 to this fork',
    });
    await diff.waitFor();
    const text = await diff.innerText();
    expect(text).toContain('1 cell changed');
    expect(text).toMatch(/^id: city-total → city-total-fork-/m);
    expect(text).toMatch(/^\+ md`Twice: /m);

    // Its first version names the origin as its parent.
    await publish(page, 'Twice the factor', 1);
    const [version] = await storedVersions(page);
    expect(version.text).toContain(`parent: ${site.versions[0].sha256}`);

    // The origin link opens the origin, pinned by its hash.
    await origin.click();
    await page.getByText('Version 1', { exact: true }).waitFor();
    await waitForText(page, 'Total: 5252056');
  });

  it("shows a published fork's origin and its known forks on the origin's page", async () => {
    const page = await app.page();
    await page.goto(catalogPage('#/city-total-lyon'));
    await page.getByText('Forked from').first().waitFor();
    await page.getByRole('button', { name: 'Compare with the origin' }).click();
    const diff = page.getByRole('region', {
      name: 'Differences from city-total, version 1 to this fork',
    });
    expect(await diff.innerText()).toMatch(/^\+ md`Lyon: /m);

    await page.goto(catalogPage('#/city-total'));
    await page.getByText('Known forks:').waitFor();
    await page.getByRole('link', { name: 'city-total-lyon, version 1' }).click();
    await waitForText(page, 'Lyon: 1044500');
  });

  it('forks a version published in this browser; the origin is found there, by its hash', async () => {
    const page = await app.page();
    await editCopy(page, app.server.url, `${fixtures.url}publish/total.algo.md`);
    await waitForText(page, TOTAL);
    await publish(page, 'First count', 1);
    const [v1] = await storedVersions(page);
    await (await history(page)).getByRole('button', { name: 'Fork version 1' }).click();
    await page.getByRole('link', { name: 'city-total, version 1' }).waitFor();
    await waitForMonaco(page);
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/draft/', ''));
    const draft = (await storedDrafts(page)).find((d) => d.id === id);
    // No address: the origin is not hosted anywhere, only stored here.
    expect(draft?.text).toContain(
      `forkOf:\n  id: city-total\n  version: 1\n  sha256: ${v1.sha256}\n`,
    );
    expect(draft?.text).toMatch(new RegExp(`sha256: ${v1.sha256}\\n(?!  url:)`));
    expect(
      await page.getByRole('link', { name: 'city-total, version 1' }).getAttribute('href'),
    ).toBe(`#/version/${v1.sha256}`);
    // Its datasets still resolve where the origin's did.
    await waitForText(page, TOTAL);
    await page.getByRole('button', { name: 'Compare with the origin' }).click();
    const diff = page.getByRole('region', {
      name: 'Differences from city-total, version 1 to this fork',
    });
    expect(await diff.innerText()).toContain('0 cells changed');
  });
});
