/**
 * A forged version: a text with its own valid `results` and a `parent` naming the real
 * version 1, served by someone else. Opened by `?src=` or a share link, it must not be called
 * published: only an anchor (the site's catalog, a `#sha256=` in the link) may say so.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/index.ts';
import { encodeShare, freezeVersion } from '../../../src/core/publish/index.ts';
import { runWithDigests } from '../../../src/cli/run-with-digests.ts';
import { waitForText } from '../fixtures/publish/steps.ts';
import { useApp } from '../support/use-app.ts';
import { useSite } from '../support/use-site.ts';

const app = useApp();
const { host, site } = useSite();
let forged = '';

beforeAll(async () => {
  const { dir } = site;
  // The forger takes version 1, changes what it computes, and freezes it as "version 2" of the
  // same chain, with the results it really gives: everything in the text is consistent.
  const [v1] = site.versions;
  const notebook = parse(v1.text);
  const last = notebook.cells.at(-1)!;
  last.source = last.source.replace('Total:', 'Forged:');
  const file = join(dir, 'city-total', 'forged.algo.md');
  const run = await runWithDigests({
    text: v1.text,
    notebook,
    name: 'city-total',
    base: { kind: 'dir', dir: join(dir, 'city-total'), file },
  });
  forged = freezeVersion(notebook, {
    previous: { sha256: v1.sha256, version: 1 },
    message: 'Routine update',
    results: run.results,
    now: new Date(Date.UTC(2026, 0, 3, 10)),
  }).text;
  expect(forged).toContain(`parent: ${v1.sha256}`);
  expect(forged).toMatch(/^version: 2$/m);
  await site.write('city-total/forged.algo.md', forged);
});

const forgedUrl = () => `${host.url}city-total/forged.algo.md`;

/** The reader's claim about the version on screen, once the forged notebook has run. */
async function claim(page: Page): Promise<string> {
  await waitForText(page, 'Forged: 5252056');
  return page
    .getByRole('region', { name: /^(Versions and sharing|Versions et partage)$/ })
    .innerText();
}

async function expectNotPublished(page: Page, source: string) {
  const bar = await claim(page);
  expect(bar).toContain(
    'This text calls itself version 2, but there is no published record to compare it with.',
  );
  expect(bar).toContain(source);
  expect(await page.getByText('Version 2', { exact: true }).count()).toBe(0);
  expect(bar).not.toMatch(/\bpublished (?!record)\w/);
}

describe('a forged version 2 whose parent is the real version 1', () => {
  it('opened by ?src= is not called published, and its source is shown', async () => {
    const page = await app.newPage();
    try {
      await page.goto(`${app.server.url}?src=${encodeURIComponent(forgedUrl())}`);
      await expectNotPublished(page, `Source: ${forgedUrl()}`);
    } finally {
      await page.context().close();
    }
  });

  it('opened by a share link is not called published, in English or French', async () => {
    const payload = await encodeShare(forged);
    const link = `${app.server.url}#/share/${payload}?base=${encodeURIComponent(forgedUrl())}`;
    const page = await app.newPage();
    try {
      await page.goto(link);
      await expectNotPublished(page, `Source: ${forgedUrl()}`);
    } finally {
      await page.context().close();
    }
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const fr = await app.newPage(context);
    try {
      await fr.goto(link);
      const bar = await claim(fr);
      expect(bar).toContain(
        'Ce texte se dit version 2, mais aucun enregistrement publié ne permet de le comparer.',
      );
      expect(bar).toContain(`Source\u00a0: ${forgedUrl()}`);
      expect(bar).not.toMatch(/publiée le/);
    } finally {
      await context.close();
    }
  });

  it('the real version 2, pinned by #sha256= in its link, is called published', async () => {
    const [, v2] = site.versions;
    const page = await app.newPage();
    try {
      const src = encodeURIComponent(`${host.url}${v2.path}`);
      await page.goto(`${app.server.url}?src=${src}#sha256=${v2.sha256}`);
      await page.getByText('Version 2', { exact: true }).waitFor();
      await waitForText(page, 'Sum: 5252056');
      const bar = await page.getByRole('region', { name: 'Versions and sharing' }).innerText();
      expect(bar).toMatch(/\bpublished (?!record)\w/);
      expect(bar).not.toContain('no published record');
    } finally {
      await page.context().close();
    }
  });
});
