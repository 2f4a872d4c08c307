import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readerUrl } from '../support/notebook.ts';
import { js } from './network-support.ts';
import { useApp } from '../support/use-app.ts';

const HOG = [
  '---\nalgobook: 1\nid: memory-hog\ntitle: Memory hog\n---\n',
  'The second cell allocates until nothing is left.\n',
  js('const answer = 6 * 7;\ndisplay(`Independent: ${answer}`);'),
  // It reads `answer`, so it starts once the cell above has finished, not beside it.
  js('const hog = [answer];\nfor (;;) hog.push(new Array(1e6).fill(Math.random()));'),
].join('\n');

const app = useApp({
  chromiumArgs: [
    // Desktop Chrome isolates every site in its own process; headless Chromium does not by
    // default. Chromium may also give sandboxed frames a process of their own; switched off,
    // only the sandbox's other site keeps the runner out of the page's process, as in a
    // browser without that feature. A smaller heap runs out in seconds, not minutes.
    '--site-per-process',
    '--disable-features=IsolateSandboxedIframes',
    '--js-flags=--max-old-space-size=256',
  ],
  notebooks: { 'memory-hog.algo.md': HOG },
});
const { fixtures: notebooks } = app;

/**
 * Evaluates `expression` in the page through a DevTools session of our own. Playwright takes the
 * crash of any frame's process for the page's and refuses to drive the page afterwards; the page
 * itself lives on, and this session still reaches it.
 */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const reply = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result.value as T;
}

const cellText = (n: number) =>
  `document.querySelector('section[aria-label="Cell ${n}"]')?.innerText ?? ''`;
const alerts = `[...document.querySelectorAll('[role=alert]')].map((s) => s.textContent.trim()).join(' | ')`;

const runners = `document.querySelectorAll('iframe[title="algobook cell runner"]').length`;

describe('a cell that allocates without end', () => {
  it('crashes only the runner: the cell fails saying why, and Restart brings the notebook back', async () => {
    const page = await app.newPage();
    try {
      const cdp = await page.context().newCDPSession(page);
      await page.goto(readerUrl(app.server.url, `${notebooks.url}memory-hog.algo.md`));

      // The runner's frame dies; the app notices it stopped answering, and the cell that was
      // running fails with the reason and a Restart button. Nothing runs meanwhile.
      await expect
        .poll(() => inPage<string>(cdp, cellText(3)), { timeout: 45_000, interval: 250 })
        .toMatch(
          /Runner crashed\s+The cell runner stopped while this cell ran, most likely because it used too much memory\. The page is fine/,
        );
      expect(await inPage<string>(cdp, cellText(3))).toMatch(/\berror\b/);
      expect(await inPage<string>(cdp, cellText(3))).not.toMatch(/\binterrupted\b/);
      expect(await inPage<number>(cdp, runners)).toBe(0);
      // The other cell's output is still on the page.
      expect(await inPage<string>(cdp, cellText(2))).toMatch(/Independent: 42/);

      // Restart: a new runner runs the notebook again, without the cell that exhausted memory.
      await inPage(
        cdp,
        `[...document.querySelector('section[aria-label="Cell 3"]').querySelectorAll('button')].find((b) => b.textContent.trim() === 'Restart').click()`,
      );
      await expect
        .poll(() => inPage<number>(cdp, runners), { timeout: 10_000, interval: 100 })
        .toBe(1);
      await expect
        .poll(() => inPage<string>(cdp, cellText(3)), { timeout: 20_000, interval: 100 })
        .toMatch(/This cell was stopped; run it again to restart it/);
      expect(await inPage<string>(cdp, cellText(3))).not.toMatch(/Restart/);
      await expect
        .poll(() => inPage<string>(cdp, cellText(2)), { timeout: 10_000, interval: 100 })
        .toMatch(/done in [\s\S]*Independent: 42|Independent: 42[\s\S]*done in/);
      expect(await inPage<string>(cdp, alerts)).not.toMatch(/stopped working/);
    } finally {
      await page.context().close();
    }
  });
});
