/**
 * A runner whose port a cell reached can show the reader one value and report the digest of
 * another (the runtime's honest log). The page digests what it received and compares: Verify
 * then names the cell and does not say "Reproduced".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from '../support/notebook.ts';
import { replaceRunner } from './channel-support.ts';
import { useApp } from '../support/use-app.ts';
import { useSite } from '../support/use-site.ts';

const app = useApp();
const { host, site } = useSite();

/**
 * The real runner, run after code that wraps `MessagePort.prototype.postMessage` (as a cell
 * that reached it before the realm was locked would): the first number of every Markdown output
 * reaches the page one higher, while the runtime, inside, digests the true one.
 */
function forgingRunner(): string {
  const real = readFileSync(new URL('../../../dist/runner/runner.js', import.meta.url), 'utf8');
  return `(() => {
  const send = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (message, ...rest) {
    // A copy: the runtime's own log keeps the objects it emitted, and digests those.
    if (message && message.kind === 'events') message = structuredClone(message);
    if (message && message.kind === 'events')
      for (const event of message.events)
        if (event.kind === 'output' && event.output.kind === 'markdown')
          event.output.markdown = event.output.markdown.replace(/\\d+/, (n) => String(Number(n) + 1));
    return send.call(this, message, ...rest);
  };
})();
${real}`;
}

const VERDICT = /^(Reproduced|Not reproduced|Tampered|Results reproduce)/;

async function verify(page: Page): Promise<string> {
  const pinned = `${readerUrl(app.server.url, `${host.url}city-total/v2.algo.md`)}#sha256=${site.versions[1].sha256}`;
  await page.goto(pinned);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const verdict = page
    .getByRole('region', { name: 'Verification' })
    .getByRole('status')
    .filter({ hasText: VERDICT });
  await verdict.waitFor({ timeout: 60_000 });
  return verdict.innerText();
}

describe('a runner that shows one value and reports the digest of another', () => {
  it('is caught by the page: Verify names the cell and does not say "Reproduced"', async () => {
    const page = await app.newPage();
    try {
      await replaceRunner(page, forgingRunner());
      const verdict = await verify(page);
      expect(verdict).not.toMatch(/^Reproduced/);
      expect(verdict).toMatch(/^Not reproduced/);
      const warnings = page
        .getByRole('region', { name: 'Verification' })
        .getByRole('alert')
        .filter({ hasText: /what this page shows is not what its runner reported/ });
      expect(await warnings.count()).toBeGreaterThan(0);
      expect(await warnings.first().innerText()).toMatch(
        /^Cell \d+: what this page shows is not what its runner reported \(the digests differ\)\./,
      );
    } finally {
      await page.context().close();
    }
  });

  it('is not what an honest runner meets: the same version is "Reproduced", with no warning', async () => {
    const page = await app.newPage();
    try {
      expect(await verify(page)).toMatch(/^Reproduced/);
      expect(
        await page.getByRole('region', { name: 'Verification' }).getByRole('alert').count(),
      ).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
