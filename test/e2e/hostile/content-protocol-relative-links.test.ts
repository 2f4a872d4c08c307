/**
 * Links in a stranger's prose: `//host/…` is another origin written without its scheme, so it
 * opens as an external link (a new tab, no opener, the reader's page stays), never as a
 * navigation of the app; `javascript:` and `data:` links, however they are spelled, do nothing.
 */
import { describe, expect, it } from 'vitest';
import { readerUrl } from '../support/notebook.ts';
import { pwned, startAttacker, watch } from './content-attacker.ts';
import { useApp, useServer } from '../support/use-app.ts';

/** Links that would run code or load a document of the notebook's making, each with its text. */
const SCRIPTED: [string, string][] = [
  ['md-javascript', '[md-javascript](javascript:window.__pwned=1)'],
  ['html-javascript', '<a href="javascript:window.__pwned=2">html-javascript</a>'],
  ['mixed-case', '<a href="  JaVaScRiPt:window.__pwned=3">mixed-case</a>'],
  ['entity', '<a href="&#106;avascript:window.__pwned=4">entity</a>'],
  ['tab', '<a href="java\tscript:window.__pwned=5">tab</a>'],
  [
    'html-data',
    '<a href="data:text/html,&lt;script&gt;opener.__pwned=6&lt;/script&gt;">html-data</a>',
  ],
  ['md-data', '[md-data](data:text/html;base64,PHNjcmlwdD5vcGVuZXIuX19wd25lZD03PC9zY3JpcHQ+)'],
];

function notebook(origin: string): string {
  const host = origin.replace(/^https?:/, '');
  return `---
algobook: 1
id: links
title: Links
---

Away in markdown: [md-away](${host}/md-away).

Away in HTML: <a href="${host}/html-away" target="_self">html-away</a>.

${SCRIPTED.map(([, link]) => link).join('\n\n')}

links-end
`;
}

const attacker = useServer(startAttacker);
// The notebook names the attacker's origin: it is written once the attacker listens.
const app = useApp({ notebooks: () => ({ 'links.algo.md': notebook(attacker.origin) }) });

describe("a stranger's prose links", () => {
  for (const name of ['md-away', 'html-away']) {
    it(`${name}: //host opens in a new tab with no opener, and the app stays`, async () => {
      const page = await app.newPage();
      const seen = await watch(page);
      try {
        await page.goto(readerUrl(app.server.url, `${app.fixtures.url}links.algo.md`));
        const link = page.getByRole('link', { name, exact: true });
        await link.waitFor();
        expect(await link.getAttribute('href')).toBe(`${attacker.origin}/${name}`);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect((await link.getAttribute('rel'))?.split(' ')).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );

        const appUrl = page.url();
        const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
        await popup.waitForURL(`${attacker.origin}/${name}`);
        expect(await popup.evaluate(() => window.opener)).toBeNull();
        expect(page.url()).toBe(appUrl);
        // The only navigation of the app's page is its first load.
        expect(seen.navigations).toEqual([appUrl]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('javascript: and data: links, however spelled, lose their address and do nothing', async () => {
    const page = await app.newPage();
    const seen = await watch(page);
    try {
      await page.goto(readerUrl(app.server.url, `${app.fixtures.url}links.algo.md`));
      await page.getByText('links-end', { exact: true }).waitFor();
      const appUrl = page.url();
      for (const [name] of SCRIPTED) {
        const text = page.getByText(name, { exact: true });
        expect(
          await text.evaluate((element) => element.closest('a')?.getAttribute('href') ?? null),
        ).toBeNull();
        expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
        await text.click();
      }
      // A last, honest click: any tab the links above opened would have come before its own.
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('link', { name: 'md-away', exact: true }).click(),
      ]);
      await popup.waitForURL(`${attacker.origin}/md-away`);
      expect(page.context().pages()).toHaveLength(2);
      expect(await pwned(page)).toBeUndefined();
      expect(page.url()).toBe(appUrl);
      expect(seen).toEqual({ dialogs: [], navigations: [appUrl] });
    } finally {
      await page.context().close();
    }
  });
});
