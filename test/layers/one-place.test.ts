import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The files under src/ whose text matches `pattern`, relative to the repository. */
async function filesMatching(pattern: RegExp): Promise<string[]> {
  const entries = await readdir(join(root, 'src'), { withFileTypes: true, recursive: true });
  const found: string[] = [];
  for (const e of entries) {
    if (!e.isFile() || !/\.(ts|svelte|js)$/.test(e.name)) continue;
    const path = join(e.parentPath, e.name);
    if (pattern.test(await readFile(path, 'utf8'))) found.push(relative(root, path));
  }
  return found.sort();
}

describe('one place for each thing', () => {
  it('the SHA-256 pattern is written once', async () => {
    expect(await filesMatching(/\[0-9a-f\]\{64\}/)).toEqual(['src/core/format/sha256-hex.ts']);
  });

  it('base64 is written once', async () => {
    expect(await filesMatching(/\bbtoa\(|\batob\(/)).toEqual(['src/core/encoding/base64.ts']);
  });

  it('the keys publishing writes are listed once', async () => {
    expect(await filesMatching(/\b(PUBLISH|STAMP)_KEYS\s*=/)).toEqual([
      'src/core/publish/freeze.ts',
    ]);
  });

  it('the sources of a dataset are listed by one function', async () => {
    expect(await filesMatching(/function sourcesOf\b/)).toEqual(['src/core/data/sources.ts']);
  });
});
