/**
 * Numbers read as people write them in their language, with sensible precision
 * (`237.20999999999998` is `237.21`, `237,21` in French) in the inspector and in tables, the
 * exact value in their title; and the digests keep the exact value: a version published from
 * Node with it is reproduced in Chromium, in English and in French.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/index.ts';
import { freezeVersion } from '../../src/core/publish/index.ts';
import { runWithDigests } from '../../src/cli/run-with-digests.ts';
import { serveStatic } from './support/static-server.ts';
import { readerUrl } from './support/notebook.ts';
import { useApp, useServer } from './support/use-app.ts';

const TEXT = `---
algobook: 1
id: decimals
title: Decimals
---

\`\`\`js
const total = 100.01 + 137.2;
\`\`\`

\`\`\`js
total
\`\`\`

\`\`\`js
aq.table({ item: ['a', 'b'], price: [total, 2.5] })
\`\`\`
`;

const app = useApp();
let dir = '';
let sha256 = '';

beforeAll(async () => {
  // The sum is 237.20999999999998 in binary floating point.
  expect(100.01 + 137.2).toBe(237.20999999999998);
  dir = await mkdtemp(join(tmpdir(), 'algobook-decimals-'));
  const notebook = parse(TEXT);
  const run = await runWithDigests({
    text: TEXT,
    notebook,
    name: 'decimals',
    base: { kind: 'dir', dir, file: join(dir, 'draft.algo.md') },
  });
  expect(run.results[1].value).toBe('237.20999999999998');
  const frozen = freezeVersion(notebook, {
    message: 'Digests from Node',
    results: run.results,
    now: new Date(Date.UTC(2026, 0, 1)),
  });
  sha256 = frozen.sha256;
  await writeFile(join(dir, 'decimals.algo.md'), frozen.text);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
const host = useServer(() => serveStatic(dir, { cors: true }));

describe('a decimal', () => {
  it.each([
    ['en' as const, '237.21', '2.5', 'Verify', 'Verification', /^Reproduced: the text is/],
    ['fr' as const, '237,21', '2,5', 'Vérifier', 'Vérification', /^Reproduit\s: le texte est/],
  ])(
    'reads %s in the inspector and a table, exact in its title, and the published digest still reproduces',
    async (language, shown, other, button, region, reproduced) => {
      const page = await app.page({ language });
      await page.goto(`${readerUrl(app.url, `${host.url}decimals.algo.md`)}#sha256=${sha256}`);
      const value = page.locator('.inspector').getByText(shown, { exact: true });
      await value.waitFor();
      expect(await value.getAttribute('title')).toBe('237.20999999999998');
      const cellInTable = page.getByRole('cell', { name: shown, exact: true });
      await cellInTable.waitFor();
      expect(await cellInTable.getAttribute('title')).toBe('237.20999999999998');
      // A number shown as it is has no title.
      expect(
        await page.getByRole('cell', { name: other, exact: true }).getAttribute('title'),
      ).toBeNull();
      expect(await page.getByText('237.20999999999998').count()).toBe(0);

      await page.getByRole('button', { name: button, exact: true }).click();
      const verdict = page
        .getByRole('region', { name: region })
        .getByRole('status')
        .filter({ hasText: /^(Repro|Non|Not|Tamp|Alt|Les|Results)/ });
      await verdict.waitFor({ timeout: 60_000 });
      expect(await verdict.innerText()).toMatch(reproduced);
    },
  );
});
