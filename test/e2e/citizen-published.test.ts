/**
 * A published version records a short text of each indicator's value (`results[].value`): the
 * reader keeps that text beside a recomputed key result as "Published value", in English and
 * French, rather than the value first computed on opening.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerUrl } from './support/notebook.ts';
import { serveStatic } from './support/static-server.ts';
import { expected, settled, LANGUAGES } from './citizen-support.ts';
import { useApp, useServer } from './support/use-app.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const want = expected('indice-atmo');
const key = want.cells.find((c) => c.kind === 'indicator')!;
// `results` number cells from 1 among code cells.
const number = want.cells.filter((c) => c.code && c.index <= key.index).length;
const RECORDED = 'Indice ATMO: Dégradé (3/6), as published';

const app = useApp();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'algobook-citizen-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  const text = readFileSync(join(EXAMPLES, 'indice-atmo.algo.md'), 'utf8').replace(
    '\n---\n',
    `\nresults:\n  - cell: ${number}\n    sha256: ${'ab'.repeat(32)}\n    value: "${RECORDED}"\n---\n`,
  );
  writeFileSync(join(dir, 'atmo.algo.md'), text);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const site = useServer(() => serveStatic(dir, { cors: true }));

describe.each(LANGUAGES)('in %s', (_, locale, m) => {
  it('keeps the recorded value beside the recomputed key result', async () => {
    const page = await app.page({ locale });
    await page.goto(readerUrl(app.server.url, `${site.url}atmo.algo.md`));
    await settled(page);
    const card = page.locator(`li.indicator[data-cell="${key.index}"]`);
    const slider = page
      .locator('article > section.cell')
      .getByRole('slider', { name: want.cells.flatMap((c) => c.inputs)[0] });
    await slider.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => card.locator('.now').innerText(), { timeout: 10_000 })
      .toMatch(/Extrêmement mauvais/);
    const published = card.locator('[data-published]');
    expect(await published.innerText()).toContain(m['citizen.published']);
    expect(await published.innerText()).toContain(RECORDED);
  });
});
