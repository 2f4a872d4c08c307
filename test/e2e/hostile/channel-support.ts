/**
 * What the channel's hostile tests share: a notebook served on its own origin, a runner script
 * replaced by a compromised one (the state a cell reaching the port would leave it in), an
 * attacker's server that counts its hits, and the page's state after the attack.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

export const CSV = 'a,b\n1,2\n3,4\n';
export const CSV_SHA = createHash('sha256').update(CSV).digest('hex');

/** A notebook with a dataset `d` and two cells, the second `1 + 1`. */
export function notebook(cells: string[] = ["const t = await dataset('d');", '1 + 1']): string {
  const blocks = cells.map((c) => '```js\n' + c + '\n```\n').join('\n');
  return `---\nalgobook: 1\nid: hostile\ntitle: Hostile\ndatasets:\n  d:\n    url: d.csv\n    format: csv\n    sha256: ${CSV_SHA}\n---\n\n${blocks}`;
}

/** Serves `text` as hostile.algo.md (with its dataset) on an origin of its own. */
export async function serveNotebook(text: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'algobook-hostile-'));
  writeFileSync(join(dir, 'hostile.algo.md'), text);
  writeFileSync(join(dir, 'd.csv'), CSV);
  return serveStatic(dir, { cors: true });
}

/** An attacker's server: every request to it is counted. */
export async function attacker(): Promise<StaticServer & { hits: () => number }> {
  let hits = 0;
  const dir = mkdtempSync(join(tmpdir(), 'algobook-attacker-'));
  writeFileSync(join(dir, 'x.csv'), CSV);
  const server = await serveStatic(dir, {
    cors: true,
    routes: {
      '/x.csv': () => {
        hits++;
        return { type: 'text/csv', body: CSV };
      },
    },
  });
  return { ...server, hits: () => hits };
}

/**
 * A compromised runner: it takes the port as the real one does, and on the page's first
 * `update` runs `attack(port, update)` (the body of a function, as text).
 */
export function compromisedRunner(attack: string): string {
  return `'use strict';
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  let attacked = false;
  port.onmessage = (message) => {
    const update = message.data;
    if (!update || update.kind !== 'update' || attacked) return;
    attacked = true;
    (function (port, update) { ${attack} })(port, update);
  };
}, { once: true });`;
}

/** Serves `script` in place of the runner for every page of `page`'s context. */
export async function replaceRunner(page: Page, script: string): Promise<{ loads: () => number }> {
  let loads = 0;
  await page.context().route('**/runner/runner.js', (route) => {
    loads++;
    return route.fulfill({ contentType: 'text/javascript', body: script });
  });
  return { loads: () => loads };
}

/** The alert the app shows when a notebook tampered with (or flooded) its runner. */
export function runnerAlert(page: Page) {
  return page
    .getByRole('alert')
    .filter({ hasText: /tampered with its runner|more than a run may send/ });
}

/** The page's own realm is untouched: nothing was set on `Object.prototype`. */
export async function expectPageUnpolluted(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => [
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
      typeof ({} as Record<string, unknown>).polluted,
    ]),
  ).toEqual([false, 'undefined']);
}

/** No runner is left, and none was started again after the fault. */
export async function expectRunnerEnded(page: Page): Promise<void> {
  await expect.poll(() => page.locator('iframe[title="algobook cell runner"]').count()).toBe(0);
}

/**
 * After an attack: the page named the tampering, ended the runner for good and is unharmed
 * (nothing set on its `Object.prototype`).
 */
export async function expectTamperingRefused(page: Page): Promise<void> {
  await runnerAlert(page).waitFor();
  expect(await runnerAlert(page).innerText()).toContain(
    "This notebook's code tampered with its runner",
  );
  await expectRunnerEnded(page);
  await expectPageUnpolluted(page);
}
