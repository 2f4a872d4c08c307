/**
 * A stranger's notebook writes markup in its title, summary and authors, and a `javascript:`
 * contact. Everywhere those fields appear (the reader's header and card, the tab's title, the
 * metadata editor, the home page's drafts, the downloaded web page) they are text: no element,
 * no script, no link made from them; the editor refuses the contact until it is an address.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en as m } from '../../../src/app/i18n/en.ts';
import { readerUrl, waitForMonaco } from '../support/notebook.ts';
import { useApp } from '../support/use-app.ts';

const TITLE = '<img src=x onerror="window.__owned = 1">Tax';
const SUMMARY = '<script>window.__owned = 2</script><b>bold</b>';
const AUTHOR = '<a href="javascript:window.__owned=3">Eve</a>';
const CONTACT = 'javascript:window.__owned=4';
const PURPOSE = '<iframe src="javascript:window.__owned=5"></iframe>Purpose';

const NOTEBOOK = `---
algobook: 1
id: hostile-metadata
title: ${JSON.stringify(TITLE)}
summary: ${JSON.stringify(SUMMARY)}
authors:
  - ${JSON.stringify(AUTHOR)}
  - name: ${JSON.stringify(AUTHOR)}
transparency:
  purpose: ${JSON.stringify(PURPOSE)}
  contact: ${JSON.stringify(CONTACT)}
---

\`\`\`js
1 + 1
\`\`\`
`;

const app = useApp({ notebooks: { 'hostile.algo.md': NOTEBOOK } });

/** Nothing the fields hold became markup or ran: no element of theirs, no script link, no flag. */
async function expectInert(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => ({
      owned: (window as { __owned?: number }).__owned ?? null,
      img: document.querySelectorAll('img[src="x"]').length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
      iframes: [...document.querySelectorAll('iframe')].filter((f) =>
        f.src.startsWith('javascript:'),
      ).length,
      scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:'),
      ).length,
    })),
  ).toEqual({ owned: null, img: 0, bold: 0, iframes: 0, scriptLinks: 0 });
}

describe('a notebook whose metadata holds markup and a script address', () => {
  it(
    'shows it as text in the reader, the card, the editor, the drafts and the web page',
    { timeout: 120_000 },
    async () => {
      const page = await app.page({ context: { acceptDownloads: true } });
      await page.goto(readerUrl(app.url, `${app.fixtures.url}hostile.algo.md`));
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(TITLE);
      await page.getByText(SUMMARY, { exact: true }).waitFor();
      await page.getByText(`${AUTHOR}, ${AUTHOR}`).waitFor();
      await page.getByRole('heading', { name: m['citizen.card'] }).click();
      await page.getByText(CONTACT, { exact: true }).waitFor();
      await page.getByText(PURPOSE, { exact: true }).waitFor();
      await expectInert(page);

      await page.getByRole('button', { name: m['reader.editCopy'] }).click();
      await page.getByRole('toolbar', { name: m['editor.toolbar'] }).waitFor();
      await waitForMonaco(page);
      expect(await page.title()).toBe(`${TITLE} · algobook`);
      await page.getByRole('button', { name: m['metadata.open'] }).click();
      const dialog = page.getByRole('dialog', { name: m['metadata.title'] });
      const title = dialog.getByLabel(m['metadata.field.title'], { exact: true });
      expect(await title.inputValue()).toBe(TITLE);
      expect(await dialog.getByLabel(m['metadata.field.summary']).inputValue()).toBe(SUMMARY);
      for (const n of ['1', '2'])
        expect(
          await dialog
            .getByRole('textbox', { name: m['metadata.field.author'].replace('{n}', n) })
            .inputValue(),
        ).toBe(AUTHOR);
      const contact = dialog.getByLabel(m['citizen.card.contact'], { exact: true });
      expect(await contact.inputValue()).toBe(CONTACT);
      // The file's contact is checked as a typed one: refused at once, and Save does not write it.
      await dialog.getByText(m['metadata.error.contact']).waitFor();
      await dialog.getByRole('button', { name: m['metadata.save'] }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('metadata-contact');
      await expectInert(page);

      await contact.fill('https://example.org/contact');
      await title.fill(`${TITLE} (copy)`);
      await dialog.getByRole('button', { name: m['metadata.save'] }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(m['editor.saved']).waitFor();
      expect(await heading.textContent()).toBe(`${TITLE} (copy)`);

      await page.getByRole('button', { name: m['publish.download'], exact: true }).click();
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: m['publish.download.html'] }).click();
      const file = await downloaded;
      expect(file.suggestedFilename()).toBe('img-src-x-onerror-window-owned-1-tax-copy.html');
      const html = await readFile((await file.path())!, 'utf8');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<script>window.__owned');
      expect(html).not.toContain('href="javascript:');
      expect(html).toContain('&lt;img src=x');

      await page.goto(app.url);
      const drafts = page.getByRole('region', { name: m['home.drafts'] });
      await drafts.getByText(`${TITLE} (copy)`, { exact: true }).waitFor();
      await expectInert(page);
    },
  );
});
