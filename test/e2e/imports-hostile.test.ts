import { describe, expect, it } from 'vitest';
import { useApp } from './support/use-app.ts';
import { serveStatic } from './support/static-server.ts';
import { cell, errorOf } from './support/notebook.ts';
import { settled } from './citizen-support.ts';
import { pwned, watch } from './hostile/content-attacker.ts';
import { EXAMPLES, LIBRARY, importerOf, keyResult, sha256, usesLine } from './imports-support.ts';

const app = useApp({ fixtures: true });

describe('an import pinned by hash', () => {
  it('is refused when the library’s bytes changed, naming the import and both hashes; the other cells run', async () => {
    // One byte changed: "library" becomes "Library" in its prose.
    const tampered = LIBRARY.replace('is a **library**', 'is a **Library**');
    expect(tampered).not.toBe(LIBRARY);
    app.serve('tampered-lib.algo.md', tampered);
    const page = await app.read(
      app.serve('tampered-importer.algo.md', importerOf('tampered-lib.algo.md')),
    );
    await settled(page);
    const line = usesLine(page);
    const said = await line.getByRole('alert').innerText();
    expect(said).toContain('atmo');
    expect(said).toContain(sha256(LIBRARY));
    expect(said).toContain(sha256(tampered));
    expect(said).toContain('tampered-lib.algo.md');
    // The import cell fails with it; the importer's own slider still runs.
    const failed = await errorOf(cell(page, 2)).innerText();
    expect(failed).toContain(sha256(tampered));
    await page.getByRole('slider', { name: /PM2\.5/ }).waitFor();
    expect(await keyResult(page).count()).toBe(0);
  });

  it('runs offline after one visit: the library and its dataset come from the cache', async () => {
    const library = await serveStatic(EXAMPLES, { cors: true });
    const first = await app.page();
    const context = first.context();
    try {
      const importer = app.serve(
        'cached-importer.algo.md',
        importerOf(`${library.url}atmo-sub-index.algo.md`),
      );
      await first.goto(`${app.url}?src=${encodeURIComponent(importer)}`);
      await keyResult(first).waitFor({ timeout: 30_000 });
      await first.close();
      await library.close();
      // The library's server is gone: a second visit finds it by hash in this browser.
      const second = await context.newPage();
      await second.goto(`${app.url}?src=${encodeURIComponent(importer)}`);
      await settled(second);
      expect(await second.locator('.output[data-kind="error"]').allTextContents()).toEqual([]);
      expect(await keyResult(second).innerText()).toContain('say Bon');
    } finally {
      await library.close().catch(() => {});
    }
  });

  it('shows a title as text and links only to an http(s) file', async () => {
    const title =
      '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2">x</a>';
    app.serve('hostile-lib.algo.md', LIBRARY);
    const text = importerOf('hostile-lib.algo.md').replace(
      'title: The ATMO sub-index',
      `title: ${JSON.stringify(title)}`,
    );
    const page = await app.page();
    const seen = await watch(page);
    await page.goto(
      `${app.url}?src=${encodeURIComponent(app.serve('hostile-title.algo.md', text))}`,
    );
    const line = usesLine(page);
    await line.getByRole('link').waitFor();
    expect(await line.getByRole('link').innerText()).toBe(title);
    expect(await line.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await settled(page);

    // A `javascript:` address is no place to fetch a notebook from, nor to link to.
    const scripted = importerOf('javascript:window.__pwned=3//x.algo.md');
    const other = await app.page();
    const seenOther = await watch(other);
    await other.goto(
      `${app.url}?src=${encodeURIComponent(app.serve('hostile-url.algo.md', scripted))}`,
    );
    await other.getByRole('alert').first().waitFor();
    expect(await other.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(await pwned(other)).toBeUndefined();
    expect([...seen.dialogs, ...seenOther.dialogs]).toEqual([]);
  });
});
