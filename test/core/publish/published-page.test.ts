import { describe, expect, it } from 'vitest';
import { publishedPageHtml, STARTER } from '../../../src/core/publish/published-page.ts';
import type { StandaloneParts } from '../../../src/core/publish/html-export.ts';
import { BUILT_APP_HTML } from '../../cli/publish-fixture.ts';

// The built app's page, as Vite writes it with relative paths.
const APP = BUILT_APP_HTML;

const PARTS: StandaloneParts = {
  lang: 'fr',
  title: 'Tarif &lt;eau&gt;',
  main: '<main><h1>Tarif &lt;eau&gt;</h1><pre class="value">BILL-110</pre></main>',
};

describe('publishedPageHtml', () => {
  const page = publishedPageHtml(APP, PARTS, '../#/tarif@2', 'v2.algo.md')!;

  it("keeps the app's head, one folder up, its entry fetched at once but started after the first paint", () => {
    expect(page).toContain(`content="default-src 'self'; script-src 'self'"`);
    expect(page).toContain('<link rel="modulepreload" crossorigin href="../assets/chunk-TEST.js">');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="../assets/index-TEST.css">');
    expect(page).toContain(
      '<link rel="modulepreload" crossorigin href="../assets/index-TEST.js" data-app-entry>',
    );
    expect(page).toContain(`<script src="../${STARTER}" defer></script>`);
    expect(page).not.toContain('<script type="module"');
    expect(page).not.toContain('./assets/index-TEST.js"></script>');
  });

  it("leaves out the script that starts the app's runner before the app: the drawn page paints first", () => {
    expect(APP).toContain('runner/start.js');
    expect(page).not.toContain('start.js');
  });

  it('has the version drawn in it, in its language, under its title, before the app’s element', () => {
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Tarif &lt;eau&gt; · algobook</title>');
    expect(page).not.toContain('<title>algobook</title>');
    expect(page).not.toContain('name="description"');
    expect(page).toContain('Résultats publiés.');
    expect(page.indexOf('BILL-110')).toBeLessThan(page.indexOf('<div id="app"></div>'));
    expect(page).toMatch(/<div id="prerendered" data-route="\.\.\/#\/tarif@2">/);
    expect(page).toContain('<a href="v2.algo.md">son fichier</a>');
  });

  it('escapes the route and the file it is given', () => {
    const odd = publishedPageHtml(APP, PARTS, '../#/a"><script>', 'v"1.algo.md')!;
    expect(odd).toContain('data-route="../#/a&quot;&gt;&lt;script&gt;"');
    expect(odd).toContain('href="v&quot;1.algo.md"');
  });

  it.each([
    ['no head', '<body><div id="app"></div></body>'],
    ['no element to start in', APP.replace('<div id="app"></div>', '')],
    ['no entry script', APP.replace(/<script type="module"[^>]*><\/script>/, '')],
  ])('is null for a page that is not the app’s (%s)', (_, html) => {
    expect(publishedPageHtml(html, PARTS, '../#/tarif', 'v1.algo.md')).toBeNull();
  });
});
