/**
 * The page's own initial JS stays under issue 15's budget: 100 KB gzip for the scripts and module
 * preloads of the BUILT dist/index.html (`npm test` builds first; ALGOBOOK_DIST names another
 * build). A size, not a time: it does not depend on the machine.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  INITIAL_JS_BUDGET,
  initialScripts,
  kb,
  measureFirstPaint,
  measureInitialJs,
} from '../../scripts/initial-js.mjs';

const DIST = process.env.ALGOBOOK_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

interface Sized {
  file: string;
  gzip: number;
}

const listing = (files: Sized[]) => files.map((f) => `${kb(f.gzip)} ${f.file}`).join('\n');

describe('initialScripts(html)', () => {
  it("lists index.html's module script and its modulepreloads, not its stylesheets", () => {
    const html = `<script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/i18n-b.js">
      <link rel="stylesheet" href="./assets/index-c.css">
      <link rel="icon" href="data:,">`;
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/i18n-b.js']);
  });
});

describe('the built page', () => {
  it('has been built (npm test builds first)', () => {
    expect(existsSync(`${DIST}/index.html`), `no ${DIST}/index.html: run npm run build`).toBe(true);
  });

  it(`loads at most ${INITIAL_JS_BUDGET / 1000} KB gzip of its own JS from index.html`, () => {
    const { files, gzip } = measureInitialJs(DIST) as { files: Sized[]; gzip: number };
    expect(gzip, `initial JS is ${kb(gzip)} gzip:\n${listing(files)}`).toBeLessThanOrEqual(
      INITIAL_JS_BUDGET,
    );
  });

  it('keeps each dictionary out of index.html, and under the budget with the larger one', () => {
    const { files } = measureInitialJs(DIST) as { files: Sized[] };
    const { dictionaries, gzip: firstPaintGzip } = measureFirstPaint(DIST) as {
      dictionaries: (Sized & { locale: string })[];
      gzip: number;
    };
    expect(dictionaries.map((d) => d.locale)).toEqual(['en', 'fr']);
    const initial = new Set(files.map((f) => f.file));
    for (const d of dictionaries) expect(initial.has(d.file), d.file).toBe(false);
    expect(
      firstPaintGzip,
      `JS before the first paint is ${kb(firstPaintGzip)} gzip:\n${listing([...files, ...dictionaries])}`,
    ).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
});
