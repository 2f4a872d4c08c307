import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { CSV, draft, sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

const enc = (s: string) => new TextEncoder().encode(s);

/** Writes `entries` as a zip in a fresh folder; its path. */
function bundle(entries: Record<string, Uint8Array>, name = 'pop.algobook.zip'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, zipSync(entries));
  return file;
}

describe.concurrent('bundles on the command line', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('algobook run and card open a bundle: the notebook and its data/ in one zip', async () => {
    const text = readFileSync(draft(), 'utf8');
    const file = bundle({ 'pop.algo.md': enc(text), 'data/pop.csv': enc(CSV) });
    const run = await algobook('run', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('30');
    const card = await algobook('card', file);
    expect(card.code).toBe(0);
    expect(card.stdout).toContain('Population');
  });

  it('algobook verify reproduces a published version given as a bundle', async () => {
    const site = join(tempDir(), 'site');
    const published = await algobook('publish', draft(), '--site', site, '-m', 'First');
    expect(published.code).toBe(0);
    const v1 = readFileSync(join(site, 'pop/v1.algo.md'), 'utf8');
    const path = `data/${sha(CSV).slice(0, 16)}/pop.csv`;
    expect(v1).toContain(`url: ${path}`);
    const zip = bundle({ 'v1.algo.md': enc(v1), [path]: enc(CSV) });
    const verified = await algobook('verify', zip, '--sha256', sha(v1));
    expect(verified.stdout).toContain(
      'Reproduced: the 3 code cells of "Population" version 1 give the published outputs.\n',
    );
    expect(verified.code).toBe(0);
  });

  it('refuses hostile bundles with a clear error and status 2: paths out of the folder, stray files, other bytes', async () => {
    const text = enc(readFileSync(draft(), 'utf8'));
    for (const [entries, said] of [
      [
        { 'pop.algo.md': text, '../pop.csv': enc(CSV) },
        'a name that could point outside its folder',
      ],
      [{ 'pop.algo.md': text, 'data/x.csv': enc(CSV) }, 'which no dataset of the notebook reads'],
      [{ 'pop.algo.md': text, 'data/pop.csv': enc('a,b\n') }, 'is not the file the notebook pins'],
    ] as const) {
      const result = await algobook('run', bundle({ ...entries }));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(said);
    }
  });
});
