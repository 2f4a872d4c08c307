/**
 * One notebook's digests are the same in Node (as `algobook publish` computes them), in
 * Chromium in English and in Chromium in French: a version published anywhere reproduces
 * anywhere. The notebook shows every kind of output, values JSON cannot say (NaN, -0, a bigint,
 * a Map…) and two errors, one of the runtime's own and one of the engine's.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { parse } from '../../../src/core/format/index.ts';
import { freezeVersion } from '../../../src/core/publish/index.ts';
import { runWithDigests } from '../../../src/cli/run-with-digests.ts';
import type { CellResult } from '../../../src/core/format/types.ts';
import { serveStatic } from '../support/static-server.ts';
import { FIXTURES, readerUrl } from '../support/notebook.ts';
import { useApp, useServer } from '../support/use-app.ts';

const app = useApp();
let dir = '';
let sha256 = '';
let results: CellResult[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'algobook-digests-'));
  await cp(join(FIXTURES, 'data'), join(dir, 'data'), { recursive: true });
  await mkdir(join(dir, 'v'));
  const text = await readFile(join(FIXTURES, 'verify/languages.algo.md'), 'utf8');
  const notebook = parse(text);
  const run = await runWithDigests({
    text,
    notebook,
    name: 'languages',
    base: { kind: 'dir', dir: join(dir, 'v'), file: join(dir, 'v/draft.algo.md') },
  });
  results = run.results;
  // Frozen with its errors on purpose: only the digests are compared here.
  const frozen = freezeVersion(notebook, {
    message: 'Digests from Node',
    results,
    now: new Date(Date.UTC(2026, 0, 1)),
  });
  sha256 = frozen.sha256;
  await writeFile(join(dir, 'v/languages.algo.md'), frozen.text);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
const host = useServer(() => serveStatic(dir, { cors: true }));

describe('digests', () => {
  it('are computed in Node for every cell, errors included', () => {
    expect(results.map((r) => r.cell)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results[5].value).toMatch(/nope/);
    expect(results[6].value).toMatch(/^ReferenceError: notDefinedAnywhere is not defined/);
  });

  it.each([
    ['en-US', 'Verify', 'Verification', /^Reproduced: the text is the published one/],
    ['fr-FR', 'Vérifier', 'Vérification', /^Reproduit\s: le texte est celui publié/],
  ])('are the same in Chromium in %s', async (locale, button, region, reproduced) => {
    const context: BrowserContext = await app.browser.newContext({ locale });
    const page = await app.newPage(context);
    try {
      await page.goto(
        `${readerUrl(app.server.url, `${host.url}v/languages.algo.md`)}#sha256=${sha256}`,
      );
      await page.getByRole('button', { name: button, exact: true }).click();
      const status = page.getByRole('region', { name: region }).getByRole('status');
      const verdict = status.filter({ hasText: /^(Repro|Non|Not|Tamp|Alt|Les|Results)/ });
      await verdict.waitFor({ timeout: 60_000 });
      // Any cell whose digest differed would be listed, with its published and new value.
      expect(await verdict.innerText()).toMatch(reproduced);
      const panel = await page.getByRole('region', { name: region }).innerText();
      expect(panel).not.toMatch(/Cell|Cellule/);
    } finally {
      await context.close();
    }
  });
});
