import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';
import { readCatalog } from '../../src/core/publish/catalog.ts';
import { algobook, CLI_TIMEOUT, EXAMPLES, removeTempDirs, tempDir } from './cli.ts';
import { sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

describe('algobook publish of an example and its translation', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('publishes two texts with their own ids and hashes, the catalog saying which translates which', async () => {
    const site = join(tempDir(), 'site');
    for (const file of ['indice-atmo.algo.md', 'indice-atmo.fr.algo.md']) {
      const { code, stderr } = await algobook(
        'publish',
        join(EXAMPLES, file),
        '--site',
        site,
        '-m',
        'v1',
      );
      expect({ file, code, stderr }).toEqual({ file, code: 0, stderr: '' });
    }
    const catalog = readCatalog(readFileSync(join(site, 'catalog.json'), 'utf8'));
    expect(
      catalog.notebooks.map((n) => [n.id, n.lang, n.translationOf, n.versions[0].path]),
    ).toEqual([
      ['indice-atmo', undefined, undefined, 'indice-atmo/v1.algo.md'],
      ['indice-atmo.fr', 'fr', 'indice-atmo', 'indice-atmo.fr/v1.algo.md'],
    ]);
    const [en, fr] = catalog.notebooks.map((n) =>
      readFileSync(join(site, n.versions[0].path), 'utf8'),
    );
    expect(catalog.notebooks.map((n) => n.versions[0].sha256)).toEqual([sha(en), sha(fr)]);
    expect(sha(en)).not.toBe(sha(fr));
    // Same tables and inputs; the Markdown sentences and the chart's titles are words (cells 4, 6, 7).
    const results = (text: string) => parse(text).front.results?.map((r) => r.sha256) ?? [];
    const same = results(en).map((digest, i) => digest === results(fr)[i]);
    expect(same).toEqual([true, true, true, false, true, false, false]);
  });
});
