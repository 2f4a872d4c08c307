import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';
import { readCatalog } from '../../src/core/publish/catalog.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { builtApp, CSV, draft, sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

const catalogOf = (site: string) => readCatalog(readFileSync(join(site, 'catalog.json'), 'utf8'));

describe.concurrent('algobook publish', { timeout: CLI_TIMEOUT * 5 }, () => {
  it('publishes versions 1 and 2 with their chain, results and catalog, copying the data; says when nothing changed', async () => {
    const file = draft();
    const site = join(tempDir(), 'site');
    const app = builtApp();
    const first = await algobook('publish', file, '--site', site, '-m', 'First', '--app', app);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const v1 = readFileSync(join(site, 'pop/v1.algo.md'), 'utf8');
    expect(first.stdout).toBe(
      `Published "Population" version 1 (sha256 ${sha(v1)}) to ${join(site, 'pop/v1.algo.md')}.\n` +
        `Its page: ${join(site, 'pop/v1.html')} (latest: ${join(site, 'pop')}/).\n`,
    );
    const front1 = parse(v1).front;
    expect(front1).toMatchObject({ version: 1, message: 'First' });
    expect(front1.parent).toBeUndefined();
    expect(front1.results?.map((r) => [r.cell, r.value])).toEqual([
      [1, undefined],
      [2, '2 rows × 2 columns'],
      [3, '30'],
    ]);
    // The data travels with the site, under a name holding its hash.
    const copied = `data/${sha(CSV).slice(0, 16)}/pop.csv`;
    expect(front1.datasets?.pop.url).toBe(copied);
    expect(readFileSync(join(site, 'pop', copied), 'utf8')).toBe(CSV);

    // Nothing changed: it says so and publishes nothing, unless told to.
    const same = await algobook('publish', file, '--site', site, '-m', 'Again');
    expect(same).toMatchObject({ code: 0, stderr: '' });
    expect(same.stdout).toBe(
      `Nothing changed since version 1 of "Population" (sha256 ${sha(v1)}): no new version was published. Use --allow-same to publish it again.\n`,
    );
    expect(existsSync(join(site, 'pop/v2.algo.md'))).toBe(false);
    expect(catalogOf(site).notebooks[0].latest).toBe(1);

    const second = await algobook('publish', file, '--site', site, '-m', 'Second', '--allow-same');
    expect(second.code).toBe(0);
    const v2 = readFileSync(join(site, 'pop/v2.algo.md'), 'utf8');
    expect(parse(v2).front).toMatchObject({ version: 2, parent: sha(v1), message: 'Second' });
    expect(readFileSync(join(site, 'pop/v1.algo.md'), 'utf8')).toBe(v1);
    const catalog = catalogOf(site);
    expect(catalog.notebooks).toHaveLength(1);
    expect(catalog.notebooks[0]).toMatchObject({
      id: 'pop',
      title: 'Population',
      license: 'EUPL-1.2',
      latest: 2,
    });
    expect(
      catalog.notebooks[0].versions.map((v) => [v.version, v.sha256, v.message, v.path]),
    ).toEqual([
      [1, sha(v1), 'First', 'pop/v1.algo.md'],
      [2, sha(v2), 'Second', 'pop/v2.algo.md'],
    ]);
  });

  it('never overwrites a version file, even one the catalog does not list', async () => {
    const file = draft();
    const site = join(tempDir(), 'site');
    await algobook('publish', file, '--site', site, '-m', 'First');
    writeFileSync(join(site, 'pop/v2.algo.md'), 'someone else’s file');
    const again = await algobook('publish', file, '--site', site, '-m', 'Second', '--allow-same');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `cannot write ${join(site, 'pop/v2.algo.md')}: it already exists.`,
    );
    expect(readFileSync(join(site, 'pop/v2.algo.md'), 'utf8')).toBe('someone else’s file');
    expect(catalogOf(site).notebooks[0].latest).toBe(1);
  });

  it('refuses to extend a chain whose published version was modified', async () => {
    const file = draft();
    const site = join(tempDir(), 'site');
    await algobook('publish', file, '--site', site, '-m', 'First');
    const v1 = join(site, 'pop/v1.algo.md');
    writeFileSync(v1, readFileSync(v1, 'utf8').replace('# Population', '# Populace'));
    const refused = await algobook('publish', file, '--site', site, '-m', 'Second');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /not published: the site's versions of "pop" are broken:\n {2}Version 1 has been modified/,
    );
    expect(existsSync(join(site, 'pop/v2.algo.md'))).toBe(false);
  });

  it('refuses a notebook whose cells fail, naming them', async () => {
    const file = draft({ extra: '\n```js\nmissing + 1\n```\n' });
    const site = join(tempDir(), 'site');
    const refused = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not published: 1 code cell failed');
    expect(refused.stderr).toContain('ReferenceError: missing is not defined');
    expect(existsSync(join(site, 'pop'))).toBe(false);
  });

  it("lists a fork under its origin's forks and makes its version 1 descend from the origin", async () => {
    const site = join(tempDir(), 'site');
    await algobook('publish', draft(), '--site', site, '-m', 'Origin');
    const origin = sha(readFileSync(join(site, 'pop/v1.algo.md'), 'utf8'));
    const fork = draft({
      id: 'pop-fork',
      front: `forkOf:\n  id: pop\n  version: 1\n  sha256: ${origin}\n`,
    });
    const published = await algobook('publish', fork, '--site', site, '-m', 'Fork');
    expect(published.code).toBe(0);
    expect(parse(readFileSync(join(site, 'pop-fork/v1.algo.md'), 'utf8')).front.parent).toBe(
      origin,
    );
    const catalog = catalogOf(site);
    expect(catalog.notebooks.map((n) => [n.id, n.forks, n.forkOf?.id])).toEqual([
      ['pop', [{ id: 'pop-fork', version: 1 }], undefined],
      ['pop-fork', undefined, 'pop'],
    ]);
    // A fork naming a version of the site with another hash is refused.
    const liar = draft({
      id: 'pop-liar',
      front: `forkOf:\n  id: pop\n  version: 1\n  sha256: ${'f'.repeat(64)}\n`,
    });
    const refused = await algobook('publish', liar, '--site', site, '-m', 'Fork');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'is a fork of "pop" version 1 with sha256 ffffffffffff…, but this site lists that version with',
    );
  });

  it('exits 2 with a clear message on a bad command line, a bad catalog or a bad id', async () => {
    const file = draft();
    const noMessage = await algobook('publish', file, '--site', tempDir());
    expect(noMessage.code).toBe(2);
    expect(noMessage.stderr).toContain('say what changed with -m MESSAGE');
    const noSite = await algobook('publish', file, '-m', 'x');
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toContain('say where the site is with --site DIR');
    const site = tempDir();
    writeFileSync(join(site, 'catalog.json'), '{"algobook": 1, "notebooks": {}}');
    const badCatalog = await algobook('publish', file, '--site', site, '-m', 'x');
    expect(badCatalog.code).toBe(2);
    expect(badCatalog.stderr).toContain(
      'catalog.json: This catalog is not valid: "notebooks" must be a list.',
    );
    const badId = await algobook(
      'publish',
      draft({ id: '"../x"' }),
      '--site',
      tempDir(),
      '-m',
      'x',
    );
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('the notebook id "../x" cannot name a folder of the site');
  });
});
