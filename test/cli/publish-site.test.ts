import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  nodeSiteFs,
  SiteWriteError,
  writeSiteFiles,
  type SiteFile,
  type SiteFs,
} from '../../src/cli/publish-site.ts';
import { removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

/** Every folder and file under `dir`, with the files' text: what a reader of the site sees. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const key = relative(dir, full);
      if (statSync(full).isDirectory()) {
        out[`${key}/`] = '';
        walk(full);
      } else out[key] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A site with version 1 of `pop` and its catalog. */
function site(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'pop/data/abc'), { recursive: true });
  writeFileSync(join(dir, 'pop/v1.algo.md'), 'version 1');
  writeFileSync(join(dir, 'pop/data/abc/pop.csv'), 'a,b\n');
  writeFileSync(join(dir, 'pop/v1.html'), 'page 1');
  writeFileSync(join(dir, 'pop/index.html'), 'latest page 1');
  writeFileSync(join(dir, 'catalog.json'), '{"v":1}');
  return dir;
}

const SECOND: SiteFile[] = [
  { path: 'pop/data/def/pop.csv', data: 'a,b\n1,2\n', kind: 'dataset' },
  { path: 'pop/v2.algo.md', data: 'version 2', kind: 'version' },
  { path: 'pop/v2.outputs.json', data: '{"outputs":2}', kind: 'snapshot' },
  { path: 'pop/v2.html', data: 'page 2', kind: 'page' },
  { path: 'pop/index.html', data: 'latest page 2', kind: 'latest' },
  { path: 'catalog.json', data: '{"v":2}', kind: 'catalog' },
];

/** The real file system, but the operation `which` fails on paths ending in `suffix`. */
function failing(which: keyof SiteFs, suffix: string): SiteFs {
  return {
    ...nodeSiteFs,
    [which]: async (...args: string[]) => {
      const target = which === 'rename' || which === 'link' ? args[1] : args[0];
      if (target.endsWith(suffix))
        throw Object.assign(new Error('EIO: disk failure'), { code: 'EIO' });
      return (nodeSiteFs[which] as (...a: string[]) => Promise<unknown>)(...args);
    },
  };
}

describe('writeSiteFiles', () => {
  it('writes the datasets, the version, its output snapshot, its pages and the catalog', async () => {
    const dir = site();
    await writeSiteFiles(dir, SECOND);
    expect(snapshot(dir)).toMatchObject({
      'pop/v2.algo.md': 'version 2',
      'pop/v2.outputs.json': '{"outputs":2}',
      'pop/v2.html': 'page 2',
      'pop/index.html': 'latest page 2',
      'pop/v1.html': 'page 1',
      'pop/data/def/pop.csv': 'a,b\n1,2\n',
      'catalog.json': '{"v":2}',
    });
    // No temporary file, nor a replaced one's old copy, is left behind.
    expect(Object.keys(snapshot(dir)).filter((k) => /\.tmp|\.old/.test(k))).toEqual([]);
  });

  it.each([
    ['rename', 'catalog.json', 'the catalog cannot be replaced (the latest page is put back)'],
    ['rename', 'index.html', 'the latest page cannot be replaced'],
    ['link', 'v2.html', 'the version’s page cannot be moved in'],
    ['writeFile', '.tmp', 'a temporary file cannot be written'],
    ['link', 'v2.algo.md', 'the version cannot be moved in'],
    ['link', 'v2.outputs.json', 'the output snapshot cannot be moved in'],
    ['link', 'pop.csv', 'a dataset cannot be moved in'],
    ['mkdir', 'def', 'a folder cannot be made'],
  ] as const)(
    'leaves the site as it was when %s fails on %s (%s)',
    async (which, suffix, _what) => {
      const dir = site();
      const before = snapshot(dir);
      await expect(writeSiteFiles(dir, SECOND, failing(which, suffix))).rejects.toBeInstanceOf(
        SiteWriteError,
      );
      expect(snapshot(dir)).toEqual(before);
      // And the next publication is not blocked by a file the catalog does not list.
      await writeSiteFiles(dir, SECOND);
      expect(snapshot(dir)['pop/v2.algo.md']).toBe('version 2');
    },
  );

  it('keeps the replaced latest page under another name when it cannot be put back', async () => {
    const dir = site();
    const fs: SiteFs = {
      ...nodeSiteFs,
      rename: async (from, to) => {
        if (to.endsWith('catalog.json') || from.endsWith('.old'))
          throw Object.assign(new Error('EIO: disk failure'), { code: 'EIO' });
        return nodeSiteFs.rename(from, to);
      },
    };
    await expect(writeSiteFiles(dir, SECOND, fs)).rejects.toBeInstanceOf(SiteWriteError);
    const after = snapshot(dir);
    // Neither page is lost: the new one in place, the old one beside it.
    expect(after['pop/index.html']).toBe('latest page 2');
    const old = Object.keys(after).filter((k) => k.endsWith('.old'));
    expect(old).toHaveLength(1);
    expect(after[old[0]]).toBe('latest page 1');
    // The rest of the publication is gone; the catalog is the old one.
    expect(after['pop/v2.algo.md']).toBeUndefined();
    expect(after['catalog.json']).toBe('{"v":1}');
  });

  it.each([
    ['a version', 'pop/v2.algo.md'],
    ['an output snapshot', 'pop/v2.outputs.json'],
    ['a version’s page', 'pop/v2.html'],
  ])('never replaces %s, and leaves the site as it was', async (_, path) => {
    const dir = site();
    writeFileSync(join(dir, path), 'someone else’s file');
    const before = snapshot(dir);
    const error = await writeSiteFiles(dir, SECOND).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiteWriteError);
    expect(error).toMatchObject({ reason: 'exists', path: join(dir, path) });
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps a dataset copy already there: its name holds the hash of its bytes', async () => {
    const dir = site();
    await writeSiteFiles(dir, [
      { path: 'pop/data/abc/pop.csv', data: 'a,b\n', kind: 'dataset' },
      { path: 'pop/v2.algo.md', data: 'version 2', kind: 'version' },
    ]);
    expect(snapshot(dir)['pop/v2.algo.md']).toBe('version 2');
  });
});
