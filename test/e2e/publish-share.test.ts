import { describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeShare } from '../../src/core/publish/index.ts';
import { PUBLISH_FIXTURES, TOTAL, waitForText } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';

const app = useApp({ fixtures: true });
const { fixtures } = app;

describe('share links', () => {
  it('shows the length of a link holding the notebook, which opens in a fresh browser', async () => {
    const page = await app.newPage();
    let link: string;
    try {
      await page.goto(readerUrl(app.server.url, `${fixtures.url}publish/total.algo.md`));
      await waitForText(page, TOTAL);
      await page.getByRole('button', { name: 'Share link' }).click();
      const size = page
        .getByRole('status')
        .filter({ hasText: /^The link is [\d,]+ characters long\.$/ });
      await size.waitFor();
      link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
      expect(await size.innerText()).toBe(
        `The link is ${link.length.toLocaleString('en-US')} characters long.`,
      );
      expect(link).toMatch(new RegExp(`^${app.server.url}#/share/[A-Za-z0-9_-]+\\?base=`));
      // Short: the notebook is compressed, and no warning.
      expect(link.length).toBeLessThan(2_000);
      const panel = page.getByRole('region', { name: 'Share link' });
      expect(await panel.getByRole('alert').count()).toBe(0);
    } finally {
      await page.context().close();
    }

    // Another person, with nothing stored: the notebook, its datasets and its outputs.
    const fresh = await app.newPage();
    try {
      const requests: string[] = [];
      fresh.on('request', (r) => requests.push(r.url()));
      await fresh.goto(link);
      await fresh.getByRole('heading', { level: 1, name: 'Population of the cities' }).waitFor();
      await waitForText(fresh, TOTAL);
      // The notebook came from the link itself, not from its file.
      expect(requests.some((url) => url.endsWith('total.algo.md'))).toBe(false);
    } finally {
      await fresh.context().close();
    }
  });

  it('warns before copying a very long link', async () => {
    const page = await app.page();
    // Random letters barely compress: the link gets long. The notebook is opened from a file.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const lines: string[] = [];
    for (let l = 0; l < 150; l++) {
      let line = '';
      for (let i = 0; i < 80; i++) line += alphabet[Math.floor(Math.random() * alphabet.length)];
      lines.push(`  '${line}',`);
    }
    const text = `---\nalgobook: 1\nid: long\ntitle: Long\n---\n\n\`\`\`js\nconst noise = [\n${lines.join('\n')}\n];\n\`\`\`\n`;
    await page.goto(app.server.url);
    await page.getByLabel('Open file').setInputFiles({
      name: 'long.algo.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(text),
    });
    await page.getByRole('toolbar', { name: 'Notebook' }).waitFor();
    await page.getByRole('button', { name: 'Share link' }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText:
          /^This link is longer than 8,000 characters: some mail and chat apps cut long links\./,
      })
      .waitFor();
  });

  it('says clearly, in English and French, that a damaged link cannot be opened', async () => {
    const page = await app.newPage();
    try {
      // Characters a share link never has: the link parser refuses it before anything opens.
      await page.goto(`${app.server.url}#/share/abc$def`);
      await page
        .getByRole('alert')
        .filter({ hasText: 'This link cannot be opened' })
        .filter({
          hasText:
            'This share link contains characters a share link never has. Copy the whole link again.',
        })
        .waitFor();
      // A link cut short when copied.
      const payload = await encodeShare(
        await readFile(join(PUBLISH_FIXTURES, 'total.algo.md'), 'utf8'),
      );
      await page.goto(`${app.server.url}#/share/${payload.slice(0, payload.length >> 1)}`);
      await page
        .getByRole('alert')
        .filter({
          hasText:
            /This share link cannot be opened\. This share link is damaged: its notebook cannot be unpacked\./,
        })
        .waitFor();
    } finally {
      await page.context().close();
    }
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const fr = await app.newPage(context);
    try {
      await fr.goto(`${app.server.url}#/share/abc$def`);
      await fr
        .getByRole('alert')
        .filter({ hasText: 'Ce lien ne peut pas être ouvert' })
        .filter({
          hasText:
            'Ce lien de partage contient des caractères qu’un lien de partage n’a jamais. Copiez de nouveau le lien en entier.',
        })
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
