/**
 * A version's page as `algobook publish` writes it (`<id>/v<n>.html`, `<id>/index.html`; issue
 * 15, "instant published pages"): its results are in the HTML, shown before any script has run;
 * the app then starts in the same page, takes the version's route as its address, runs it live
 * and replaces the drawn page once it shows the outputs itself. A notebook's own words in it are
 * hostile input: nothing of them runs.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { algobook } from '../cli/cli.ts';
import { snapshotEn as en } from '../../src/app/i18n/features/snapshot.en.ts';
import { snapshotFr as fr } from '../../src/app/i18n/features/snapshot.fr.ts';
import { DIST } from './support/browser.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';
import { useApp } from './support/use-app.ts';

// The site is served with the app, on its origin, as `algobook serve` does.
const app = useApp({ site: true });

/** A tariff: a slider, a bill computed from it, and a sentence; in `lang`. */
const tariff = (id: string, lang: 'en' | 'fr') => `---
algobook: 1
id: ${id}
title: ${lang === 'fr' ? 'Tarif de l’eau' : 'Water tariff'}
lang: ${lang}
---

${lang === 'fr' ? 'Comment la facture est calculée.' : 'How the bill is computed.'}

\`\`\`js
const m3 = view(Inputs.range([0, 200], {label: "m3", value: 40, step: 1}))
\`\`\`

\`\`\`js
"BILL-" + (30 + m3 * 2)
\`\`\`

${'The fixed part pays for the network; the variable part for the water. '.repeat(12)}
`;

/** A notebook whose words try to run something in its page, or to send the reader elsewhere. */
const HOSTILE = `---
algobook: 1
id: hostile
title: "</title><script src=https://attacker.invalid/t.js></script>"
summary: "\\"><img src=x onerror=\\"window.__pwned=1\\">"
lang: en
datasets:
  d:
    url: d.csv
    format: csv
    sha256: ${'0'.repeat(64)}
    source: "javascript:window.__pwned=2"
---

<div id="prerendered" data-route="https://attacker.invalid/#/x">hijack</div>
<img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>
[a link](javascript:window.__pwned=5)

\`\`\`js
"SAFE-" + 1
\`\`\`
`;

/**
 * Publishes `text` (as `file`, with `beside`, e.g. its data, in its folder) into the app's site
 * with the real command line.
 */
async function publish(text: string, file: string, beside: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'algobook-page-'));
  for (const [name, content] of Object.entries({ ...beside, [file]: text }))
    writeFileSync(join(dir, name), content);
  const at = join(dir, file);
  const done = await algobook('publish', at, '--site', app.site.dir, '-m', 'First', '--app', DIST);
  if (done.code !== 0) throw new Error(`publish ${file}: ${done.stderr}`);
}

beforeAll(async () => {
  await publish(tariff('tariff', 'en'), 'tariff.algo.md');
  await publish(tariff('tarif', 'fr'), 'tarif.algo.md');
}, 240_000);

/** Holds the requests for `pattern` until the function it gives is called. */
async function hold(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds the script that starts the app in a published page. */
const holdApp = (page: Page) => hold(page, '**/published-page.js');

// The page's load event waits for the held script: go on as soon as the page is there.
const COMMIT = { waitUntil: 'commit' } as const;

const drawn = (page: Page) => page.locator('#prerendered');
const mark = (page: Page) => page.locator('.snapshot-mark[role="status"]');

describe("a version's published page", () => {
  it('shows the results before any script, then the app takes over, runs live and reproduces', async () => {
    const page = await app.page();
    const release = await holdApp(page);
    await page.goto(`${app.url}tariff/v1.html`, COMMIT);

    // No script of the app has run: the results are the page's own HTML.
    await drawn(page).getByText('"BILL-110"').waitFor();
    expect(page.url()).toBe(`${app.url}tariff/v1.html`);
    expect(await page.locator('#app').innerHTML()).toBe('');
    expect(await drawn(page).locator('.live-mark').textContent()).toMatch(/^Published results\./);
    expect(await page.title()).toBe('Water tariff · algobook');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Water tariff');

    // The drawn page gives way once the reader has all its cells on the page, not before.
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('prerendered')) return;
        observer.disconnect();
        const labels = [...document.querySelectorAll('#app section[aria-label]')].map((s) =>
          s.getAttribute('aria-label'),
        );
        Object.assign(window, { cellsAtReveal: labels.filter((l) => /^Cell \d+$/.test(l ?? '')) });
      }).observe(document.body, { childList: true });
    });
    release();
    // The app's address is the version's route, in the site's folder.
    await page.waitForURL(`${app.url}#/tariff@1`);
    await mark(page).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor();
    expect(await drawn(page).count()).toBe(0);
    expect(await page.locator('#prerendered-style').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as { cellsAtReveal?: string[] }).cellsAtReveal),
    ).toEqual(['Cell 2', 'Cell 3']);
    // The live slider works.
    const slider = page.getByRole('slider', { name: 'm3' });
    await slider.fill('41');
    await page.getByText('"BILL-112"').waitFor();
  });

  it('gives way only once its prose is rendered too (by a worker, after the outputs)', async () => {
    const page = await app.page();
    const release = await holdApp(page);
    const releaseProse = await hold(page, '**/markdown.worker-*.js');
    await page.goto(`${app.url}tariff/v1.html`, COMMIT);
    await drawn(page).getByText('"BILL-110"').waitFor();
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('prerendered')) return;
        observer.disconnect();
        const prose = document.querySelector('#app section.prose')?.textContent ?? null;
        Object.assign(window, { proseAtReveal: prose });
      }).observe(document.body, { childList: true });
    });
    release();
    // The app has its cells and the snapshot's outputs beneath, but not the prose: it waits.
    await page
      .locator('#app [data-cell="3"]')
      .getByText('"BILL-110"')
      .waitFor({ state: 'attached' });
    await page.locator('#app section.prose').first().waitFor({ state: 'attached' });
    expect(await drawn(page).count()).toBe(1);
    releaseProse();
    await expect.poll(() => drawn(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as { proseAtReveal?: string }).proseAtReveal)).toMatch(
      /How the bill is computed\./,
    );
  });

  it('keeps a reader who scrolled the drawn page at the same cell when the app shows', async () => {
    const page = await app.page({ viewport: { width: 390, height: 400 } });
    const release = await holdApp(page);
    await page.goto(`${app.url}tariff/v1.html`, COMMIT);
    await drawn(page).getByText('"BILL-110"').waitFor();
    const before = await page.evaluate(() => {
      document.getElementById('cell-2')!.scrollIntoView();
      scrollBy(0, -40);
      new MutationObserver((_, observer) => {
        if (document.getElementById('prerendered')) return;
        observer.disconnect();
        const cell = document.querySelector('#app [data-cell="2"]')!;
        Object.assign(window, { topAtReveal: cell.getBoundingClientRect().top });
      }).observe(document.body, { childList: true });
      return { top: document.getElementById('cell-2')!.getBoundingClientRect().top, y: scrollY };
    });
    expect(before.y).toBeGreaterThan(0);
    release();
    await expect.poll(() => drawn(page).count()).toBe(0);
    const after = await page.evaluate(() => (window as { topAtReveal?: number }).topAtReveal);
    expect(Math.abs(after! - before.top)).toBeLessThan(2);
  });

  it('index.html opens the latest version', async () => {
    const page = await app.page();
    const release = await holdApp(page);
    await page.goto(`${app.url}tariff/`, COMMIT);
    await drawn(page).getByText('"BILL-110"').waitFor();
    const open = drawn(page).getByRole('link', { name: 'Open it in algobook' });
    expect(await open.getAttribute('href')).toBe('../#/tariff');
    release();
    await page.waitForURL(`${app.url}#/tariff`);
    await mark(page).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor();
    await page.getByRole('slider', { name: 'm3' }).waitFor();
  });

  it('in French, on a phone: drawn, then live, with no sideways scroll', async () => {
    const width = 390;
    const page = await app.page({ language: 'fr', viewport: { width, height: 800 } });
    const release = await holdApp(page);
    await page.goto(`${app.url}tarif/v1.html`, COMMIT);
    await drawn(page).getByText('"BILL-110"').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await drawn(page).locator('.live-mark').textContent()).toMatch(/^Résultats publiés\./);
    await expectNoSidewaysScroll(page, width);
    release();
    await mark(page).filter({ hasText: fr['snapshot.mark.reproduced'] }).waitFor();
    expect(page.url()).toBe(`${app.url}#/tarif@1`);
    await expectNoSidewaysScroll(page, width);
  });

  it("runs nothing of a hostile notebook's words, and starts on its own route only", async () => {
    const csv = 'a\n1\n';
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(csv).digest('hex');
    await publish(HOSTILE.replace('0'.repeat(64), sha), 'hostile.algo.md', { 'd.csv': csv });
    // Only the page's own wrapper names a route; the notebook's is text.
    const html = readFileSync(join(app.site.dir, 'hostile/v1.html'), 'utf8');
    expect(html.match(/<div id="prerendered"/g)).toHaveLength(1);

    const page = await app.page();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !/localhost|127\.0\.0\.1/.test(request.url()))
        elsewhere.push(request.url());
    });
    const release = await holdApp(page);
    await page.goto(`${app.url}hostile/v1.html`, COMMIT);
    await drawn(page).getByText('"SAFE-1"').waitFor();
    // The notebook's markup is text, not elements: no handler, no script, no hijacked title.
    expect(await drawn(page).locator('[onerror], script, img[src="x"]').count()).toBe(0);
    expect(await page.locator('script[src*="attacker"]').count()).toBe(0);
    const title = '</title><script src=https://attacker.invalid/t.js></script>';
    expect(await page.title()).toBe(`${title} · algobook`);
    expect(await drawn(page).getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await drawn(page).getByText('<img src=x onerror="window.__pwned=3">').count()).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // `javascript:` is never a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // Once the app has taken the route as the address (its catalog held meanwhile), the drawn
    // page's links, relative to its own folder, still point there.
    const releaseCatalog = await hold(page, '**/catalog.json');
    release();
    await page.waitForURL(`${app.url}#/hostile@1`);
    const file = drawn(page).getByRole('link', { name: 'its file' });
    expect(await file.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      `${app.url}hostile/v1.algo.md`,
    );
    // Its link to the app now names the address itself: followed, it shows the app at once.
    await drawn(page).getByRole('link', { name: 'Open it in algobook' }).click();
    expect(await drawn(page).count()).toBe(0);
    releaseCatalog();
    await mark(page).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(elsewhere).toEqual([]);
  });

  it('a page of an earlier build of the app, whose entry is gone, sends the reader to the version in the app', async () => {
    const page0 = readFileSync(join(app.site.dir, 'tariff/v1.html'), 'utf8');
    const old = page0.replace(
      /href="\.\.\/assets\/index-[^"]+\.js" data-app-entry/,
      'href="../assets/index-GONE.js" data-app-entry',
    );
    expect(old).not.toBe(page0);
    writeFileSync(join(app.site.dir, 'tariff/old-build.html'), old);
    const page = await app.page();
    await page.goto(`${app.url}tariff/old-build.html`, COMMIT);
    await page.waitForURL(`${app.url}#/tariff@1`);
    await mark(page).filter({ hasText: en['snapshot.mark.reproduced'] }).waitFor();
    await page.getByRole('slider', { name: 'm3' }).waitFor();
  });

  it('a page naming another origin or another kind of route is not taken as the address', async () => {
    const page0 = readFileSync(join(app.site.dir, 'tariff/v1.html'), 'utf8');
    // The sandbox's twin origin (localhost ↔ 127.0.0.1) stands for another site.
    const other = app.url.replace('127.0.0.1', 'localhost');
    const forged = {
      'tariff/other-origin.html': `${other}#/tariff@1`,
      'tariff/other-route.html': '../#/example/indice-atmo.algo.md',
    };
    for (const [path, route] of Object.entries(forged))
      writeFileSync(
        join(app.site.dir, path),
        page0.replace('data-route="../#/tariff@1"', `data-route="${route}"`),
      );
    for (const path of Object.keys(forged)) {
      const page = await app.page();
      await page.goto(`${app.url}${path}`);
      // The app starts, keeps the page's address, and shows what that address says (its home).
      await page.locator('.app-header').waitFor();
      expect(page.url()).toBe(`${app.url}${path}`);
      await expect.poll(() => drawn(page).count()).toBe(0);
    }
  });
});
