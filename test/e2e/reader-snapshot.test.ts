/**
 * A published version's output snapshot (`vN.outputs.json`, issue 15) on the reader's page:
 * painted before the notebook has run, replaced by the live run, marked reproduced when the run
 * gives the published results, flagged where it does not, ignored when it belongs to another
 * version, and shown through the live outputs' own guards when a stranger wrote it.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { join } from 'node:path';
import { parse } from '../../src/core/format/index.ts';
import {
  snapshotOf,
  snapshotPath,
  snapshotText,
  type OutputSnapshot,
} from '../../src/core/publish/snapshot.ts';
import { exportOutputs, runWithDigests } from '../../src/cli/run-with-digests.ts';
import { snapshotEn as en } from '../../src/app/i18n/features/snapshot.en.ts';
import { snapshotFr as fr } from '../../src/app/i18n/features/snapshot.fr.ts';
import { cell } from './support/notebook.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { useApp } from './support/use-app.ts';

// The site is the app's own: `#/city-total` opens its version 2 from the site's catalog.
const app = useApp({ site: true });

/** Version 2's snapshot as `algobook publish` writes it: the outputs of a run in Node. */
async function publishedSnapshot(): Promise<OutputSnapshot> {
  const { dir, versions } = app.site;
  const version = versions[1];
  const notebook = parse(version.text);
  const source = {
    text: version.text,
    notebook,
    name: 'city-total',
    base: { kind: 'dir' as const, dir: join(dir, 'city-total'), file: join(dir, version.path) },
  };
  const run = await runWithDigests(source);
  return snapshotOf(notebook, exportOutputs(source, run.cells), version.sha256);
}

/** Writes `snapshot` (an object, or a file's text as is) beside version 2. */
async function writeSnapshot(snapshot: OutputSnapshot | string): Promise<void> {
  const text = typeof snapshot === 'string' ? snapshot : snapshotText(snapshot);
  await app.site.write(snapshotPath(app.site.versions[1].path), text);
}

/** Holds every request for the runner's script until `release` is called. */
async function holdRunner(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.context().route('**/runner/runner.js', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The snapshot's mark on the notebook. */
const mark = (page: Page) => page.locator('.snapshot-mark[role="status"]');

/** The mark's words, as read aloud: its title, then its sentence. */
const markText = async (page: Page) =>
  ((await mark(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** A markdown cell's output: the third code cell, cell 4 on the page. */
const total = (page: Page) => cell(page, 4).locator('.output[data-kind="markdown"]');

/** Whether any code cell has run (its status says done). */
const anyDone = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /^done in / })
    .count();

describe("a published version's output snapshot", () => {
  it('is painted before the run, marked published, then replaced and marked reproduced', async () => {
    const snapshot = await publishedSnapshot();
    await writeSnapshot(snapshot);
    const page = await app.page();
    const release = await holdRunner(page);
    await page.goto(`${app.url}#/city-total`);

    // The runner is held: what shows is the snapshot, with its mark.
    await total(page).getByText('Sum: 5252056').waitFor();
    expect(await markText(page)).toBe(
      `${en['snapshot.mark.published']} ${en['snapshot.mark.publishedText']}`,
    );
    expect(await anyDone(page)).toBe(0);
    // The mark says where the results stand: no "Not checked yet" beside it.
    expect(await page.locator('.badge[data-state="idle"]').count()).toBe(0);
    // The slider is shown as published, and usable already (see the next test).
    const factor = cell(page, 3).getByRole('slider', { name: 'Factor' });
    expect(await factor.isDisabled()).toBe(false);
    expect(await factor.inputValue()).toBe('2');

    release();
    await mark(page).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor();
    expect(await markText(page)).toBe(
      `${en['snapshot.mark.reproduced']} ${en['snapshot.mark.reproducedText']}`,
    );
    // The live outputs replaced the snapshot's: the slider is the runner's, and it works.
    expect(await anyDone(page)).toBe(3);
    expect(await page.locator('[data-snapshot]').count()).toBe(0);
    expect(await page.locator('.badge[data-state="idle"]').count()).toBe(0);
    expect(await factor.isDisabled()).toBe(false);
    await factor.fill('3');
    await total(page).getByText('Sum: 7878084').waitFor();
    // Moving the slider shows the reader's own result; the mark stays the run's at opening.
    expect(await mark(page).getAttribute('data-state')).toBe('reproduced');
  });

  it("keeps what the reader does with the snapshot's slider before the notebook has started", async () => {
    await writeSnapshot(await publishedSnapshot());
    const page = await app.page();
    const release = await holdRunner(page);
    await page.goto(`${app.url}#/city-total`);
    await total(page).getByText('Sum: 5252056').waitFor();
    const factor = cell(page, 3).getByRole('slider', { name: 'Factor' });
    const slider = await factor.elementHandle();
    // The runner is held: the reader takes the published slider and moves it.
    await factor.focus();
    await page.keyboard.press('ArrowRight');
    expect(await factor.inputValue()).toBe('3');
    expect(await anyDone(page)).toBe(0);

    release();
    // The live run starts from the reader's value: the total is the one for 3, not the
    // published one for 2, and the slider never went back to 2.
    await total(page).getByText('Sum: 7878084').waitFor();
    expect(await page.locator('[data-snapshot]').count()).toBe(0);
    expect(await factor.inputValue()).toBe('3');
    // The same control, still in hand: the next key moves the live slider.
    expect(await slider?.evaluate((el) => el.isConnected && el === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('ArrowLeft');
    await total(page).getByText('Sum: 5252056').waitFor();
    expect(await factor.inputValue()).toBe('2');
    // The reader moved it before the run settled: the results are theirs, not the published
    // run's, and the mark that said "published" goes once the run has settled.
    await expect.poll(() => mark(page).count()).toBe(0);
  });

  it('flags a snapshot whose output differs, showing both and the difference (French, 390 px)', async () => {
    const snapshot = await publishedSnapshot();
    const last = snapshot.cells.find((c) => c.cell === 3)!;
    last.outputs = [{ kind: 'markdown', markdown: 'Sum: 5252999' }];
    await writeSnapshot(snapshot);
    const page = await app.page({ language: 'fr', viewport: { width: 390, height: 800 } });
    await page.goto(`${app.url}#/city-total`);

    await mark(page).filter({ hasText: fr['snapshot.mark.differs'] }).waitFor({ timeout: 30_000 });
    expect(await markText(page)).toBe(
      `${fr['snapshot.mark.differs']} ${fr['snapshot.mark.differsText'].split('|')[0].replace('{cells}', '4')}`,
    );
    const differing = page.getByRole('region', { name: 'Cellule 4', exact: true });
    // Both outputs, labelled, and the difference with the differing part marked, as text.
    const published = differing.getByRole('group', { name: fr['snapshot.published'] });
    await published.getByText('Sum: 5252999').waitFor();
    const difference = differing.getByRole('group', { name: fr['snapshot.difference'] });
    expect(((await difference.textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(
      `${fr['snapshot.published']} Sum: 5252999 ${fr['snapshot.now']} Sum: 5252056`,
    );
    expect(await difference.locator('mark').allInnerTexts()).toEqual(['999', '056']);
    expect(await differing.getByText(fr['snapshot.now'], { exact: true }).count()).toBe(2);
    expect(await differing.locator('.output[data-kind="markdown"]').allInnerTexts()).toEqual([
      'Sum: 5252999',
      'Sum: 5252056',
    ]);
    // Cells that match show one output only.
    expect(
      await page
        .getByRole('region', { name: 'Cellule 3', exact: true })
        .getByRole('group', { name: fr['snapshot.difference'] })
        .count(),
    ).toBe(0);
    await expectNoSidewaysScroll(page, 390);
  });

  it('ignores a snapshot of another version, saying so, and runs live (also by ?src=)', async () => {
    const snapshot = await publishedSnapshot();
    // Version 1's hash: the file is well formed, but it is not this version's.
    await writeSnapshot({ ...snapshot, notebook: app.site.versions[0].sha256 });
    const page = await app.page();
    const release = await holdRunner(page);
    await page.goto(`${app.url}#/city-total`);
    const notice = mark(page).filter({ hasText: en['snapshot.ignored.other-version'] });
    await notice.waitFor();
    // Nothing of it is painted: the cells wait for the runner.
    expect(await page.locator('.output[data-kind]').count()).toBe(0);
    release();
    await total(page).getByText('Sum: 5252056').waitFor({ timeout: 30_000 });
    expect(await notice.count()).toBe(1);
    // An ignored snapshot says nothing of the results: the verification's badge stays.
    expect(await page.locator('.badge[data-state="idle"]').count()).toBe(1);

    // A version opened by its address is a published version too.
    await writeSnapshot(snapshot);
    const byUrl = await app.page();
    await byUrl.goto(
      `${app.url}?src=${encodeURIComponent(`${app.url}${app.site.versions[1].path}`)}`,
    );
    await mark(byUrl).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor({
      timeout: 30_000,
    });

    // Not JSON at all: ignored too, with the same kind of notice.
    await writeSnapshot('{"format": "algobook-outputs/1", ');
    const broken = await app.page();
    await broken.goto(`${app.url}#/city-total`);
    await mark(broken).filter({ hasText: en['snapshot.ignored.not-json'] }).waitFor();
    await total(broken).getByText('Sum: 5252056').waitFor({ timeout: 30_000 });
  });

  it("shows a hostile snapshot's strings as text and runs nothing, fetches nothing", async () => {
    const snapshot = await publishedSnapshot();
    const evil = `${app.url}evil`;
    const chart = (extra: Record<string, unknown>) => ({
      kind: 'chart' as const,
      spec: { mark: 'bar', ...extra },
    });
    snapshot.cells = [
      {
        cell: 1,
        outputs: [
          { kind: 'value', value: '<img src=x onerror="window.__pwned = 1"><b>bold</b>' },
          chart({ data: { url: `${evil}/data.csv` } }),
          chart({
            data: { values: [{ a: 'A', b: 1 }] },
            encoding: {
              x: { field: 'a', type: 'nominal' },
              y: { field: 'b', type: 'quantitative' },
              href: { value: 'javascript:window.__pwned = 3' },
            },
          }),
          {
            kind: 'table',
            columns: [
              { name: 'city', type: 'utf8' },
              { name: 'day', type: 'date' },
            ],
            numRows: 3,
            rows: [['<b>Paris</b>', '2024-01-31T00:00:00.000Z']],
          },
        ],
      },
      {
        cell: 3,
        outputs: [
          {
            kind: 'markdown',
            markdown: `Sum <img src="${evil}/image.png" onerror="window.__pwned = 2"> <script>window.__pwned = 4</script>`,
          },
        ],
      },
    ];
    await writeSnapshot(snapshot);
    const page = await app.page();
    const fetched: string[] = [];
    page.context().on('request', (request) => {
      if (request.url().startsWith(evil)) fetched.push(request.url());
    });
    const release = await holdRunner(page);
    await page.goto(`${app.url}#/city-total`);
    const first = cell(page, 2);
    await first.getByText('onerror=\\"window.__pwned = 1\\"><b>bold</b>').waitFor();
    // A table: its first window, the only rows there are until the live run.
    const table = first.getByRole('region', { name: 'Table: 3 rows' });
    await table.getByRole('cell', { name: '<b>Paris</b>' }).waitFor();
    expect(await first.getByText('only the first 1 are available', { exact: false }).count()).toBe(
      1,
    );
    expect(await first.locator('b, img').count()).toBe(0);
    await total(page).waitFor();
    expect(await total(page).locator('script, img[onerror]').count()).toBe(0);
    // The chart reading another site's data is refused by the charts' own guard.
    await first.locator('.output[data-kind="chart"]').first().waitFor();
    const links = page.locator('a[href^="javascript:"], [href^="javascript:"]');
    expect(await links.count()).toBe(0);
    await mark(page).filter({ hasText: en['snapshot.mark.published'] }).waitFor();
    release();
    await mark(page).filter({ hasText: en['snapshot.mark.differs'] }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(fetched).toEqual([]);
  });
});
