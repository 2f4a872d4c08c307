/**
 * A runner whose port a cell reached can show the reader one value and report the digest of
 * another (the runtime's honest log). The page digests what it received and compares: Verify
 * then names the cell and does not say "Reproduced".
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readerUrl } from '../support/notebook.ts';
import { replaceRunner } from './channel-support.ts';
import { useApp } from '../support/use-app.ts';
import { useSite } from '../support/use-site.ts';
import { freeze } from '../fixtures/publish/site.ts';
import { PUBLISH_FIXTURES } from '../fixtures/publish/steps.ts';
import { parse } from '../../../src/core/format/index.ts';

const app = useApp();
const { host, site } = useSite();

/**
 * The real runner, run after code that wraps `MessagePort.prototype.postMessage` (as a cell
 * that reached it before the realm was locked would) and passes each output event it sends
 * through `forge` (the source of a statement on `event.output`), while the runtime, inside,
 * digests the true output.
 */
function runnerForging(forge: string): string {
  const real = readFileSync(new URL('../../../dist/runner/runner.js', import.meta.url), 'utf8');
  return `(() => {
  const send = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (message, ...rest) {
    // A copy: the runtime's own log keeps the objects it emitted, and digests those.
    if (message && message.kind === 'events') message = structuredClone(message);
    if (message && message.kind === 'events')
      for (const event of message.events) if (event.kind === 'output') ${forge};
    return send.call(this, message, ...rest);
  };
})();
${real}`;
}

/** The first number of every Markdown output reaches the page one higher. */
function forgingRunner(): string {
  return runnerForging(`if (event.output.kind === 'markdown')
    event.output.markdown = event.output.markdown.replace(/\\d+/, (n) => String(Number(n) + 1))`);
}

/**
 * Every table reaches the page with its first column renamed and declared of `type`, one the
 * page once left to the runner's word.
 */
function tableForgingRunner(type: string): string {
  return runnerForging(`if (event.output.kind === 'table' && event.output.columns[0])
    event.output.columns[0] = { name: 'town', type: ${JSON.stringify(type)} }`);
}

const VERDICT = /^(Reproduced|Not reproduced|Tampered|Results reproduce)/;

async function verify(
  page: Page,
  path = 'city-total/v2.algo.md',
  sha256?: string,
): Promise<string> {
  const pinned = `${readerUrl(app.server.url, `${host.url}${path}`)}#sha256=${sha256 ?? site.versions[1].sha256}`;
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

describe('a runner that shows a forged table, declared of a type the page once did not digest', () => {
  /** city-total with a fourth cell showing the cities' table, published with its Node results. */
  async function cityTable() {
    const nb = parse(await readFile(join(PUBLISH_FIXTURES, 'total.algo.md'), 'utf8'));
    nb.front = { ...nb.front, id: 'city-table', title: 'Cities and their total' };
    nb.cells.push({ kind: 'code', id: 'table', source: 'cities', options: '' });
    return freeze(site.dir, 'city-table', nb, 'With the table', undefined);
  }

  async function verifyForged(type: string): Promise<{ verdict: string; alerts: string[] }> {
    const version = await cityTable();
    const page = await app.newPage();
    try {
      await replaceRunner(page, tableForgingRunner(type));
      const verdict = await verify(page, version.path, version.sha256);
      const region = page.getByRole('region', { name: 'Verification' });
      return { verdict, alerts: await region.getByRole('alert').allInnerTexts() };
    } finally {
      await page.context().close();
    }
  }

  it('int64, lists of strings: the page digests them now, and names the cell', async () => {
    for (const type of ['int64', 'list<utf8>']) {
      const { verdict, alerts } = await verifyForged(type);
      expect(verdict).toMatch(/^Not reproduced/);
      expect(alerts).toEqual([expect.stringMatching(/^Cell 5: what this page shows is not what/)]);
    }
  });

  it('a struct, which the page cannot digest: not "Reproduced", the cell named as unchecked', async () => {
    const { verdict } = await verifyForged('struct');
    expect(verdict).not.toMatch(/^Reproduced/);
    expect(verdict).toMatch(
      /^Results reproduce; cell 5 could not be checked against what this page shows/,
    );
  });
});
