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
const statuses = `[...document.querySelectorAll('[role=status]')].map((s) => s.textContent.trim()).join(' | ')`;

describe('a cell that allocates without end', () => {
  it('crashes only the runner: the page survives, says why, and runs the other cells', async () => {
    const page = await app.newPage();
    try {
      const cdp = await page.context().newCDPSession(page);
      await page.goto(readerUrl(app.server.url, `${notebooks.url}memory-hog.algo.md`));

      // The runner's frame dies; the app notices it stopped answering and restarts the runner
      // without the cell that exhausted memory.
      await expect
        .poll(() => inPage<string>(cdp, statuses), { timeout: 45_000, interval: 250 })
        .toMatch(
          /The cell runner stopped, most likely because Cell 3 used too much memory\. The page is fine/,
        );
      await expect
        .poll(() => inPage<string>(cdp, cellText(3)), { timeout: 10_000, interval: 100 })
        .toMatch(/interrupted/);
      await expect
        .poll(() => inPage<string>(cdp, cellText(2)), { timeout: 10_000, interval: 100 })
        .toMatch(/Independent: 42/);

      // The page still responds to a person: dismissing the notice removes it.
      await inPage(
        cdp,
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Dismiss' || b.getAttribute('aria-label') === 'Dismiss')?.click()`,
      );
      await expect
        .poll(() => inPage<string>(cdp, statuses), { timeout: 5_000, interval: 100 })
        .not.toMatch(/too much memory/);
    } finally {
      await page.context().close();
    }
  });
});
