import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { CSV, sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

/** A notebook in `dir/nb/` reading its dataset at `url`; its file. */
function notebookAt(dir: string, url: string): string {
  mkdirSync(join(dir, 'nb'), { recursive: true });
  const file = join(dir, 'nb/notebook.algo.md');
  writeFileSync(
    file,
    `---
algobook: 1
id: pop
title: Population
datasets:
  pop:
    url: ${JSON.stringify(url)}
    format: csv
    sha256: ${sha(CSV)}
---

\`\`\`js
const pop = await dataset("pop")
\`\`\`

\`\`\`js
pop.numRows()
\`\`\`
`,
  );
  return file;
}

describe('algobook publish: dataset paths', { timeout: CLI_TIMEOUT * 3 }, () => {
  it('reads a path as a URL, as run does: "a%20b.csv" is the file "a b.csv"', async () => {
    const dir = tempDir();
    const file = notebookAt(dir, 'data/a%20b.csv');
    mkdirSync(join(dir, 'nb/data'));
    writeFileSync(join(dir, 'nb/data/a b.csv'), CSV);
    const site = join(dir, 'site');
    const published = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    const folder = `data/${sha(CSV).slice(0, 16)}`;
    expect(readFileSync(join(site, 'pop', folder, 'a b.csv'), 'utf8')).toBe(CSV);
    const front = parse(readFileSync(join(site, 'pop/v1.algo.md'), 'utf8')).front;
    expect(front.datasets?.pop.url).toBe(`${folder}/a%20b.csv`);
    // And the published version reads its copy back.
    expect((await algobook('verify', join(site, 'pop/v1.algo.md'))).code).toBe(0);
  });

  it.each([
    ['../secret.csv', "which leaves the notebook's folder"],
    ['data/../../secret.csv', "which leaves the notebook's folder"],
    ['%2E%2E/secret.csv', "which leaves the notebook's folder"],
    ['/etc/secret.csv', 'which is an absolute path or a file: URL'],
    ['file:///etc/secret.csv', 'which is an absolute path or a file: URL'],
  ])('refuses %j with exit 2, says how to fix it, and writes nothing', async (url, why) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.csv'), CSV);
    const file = notebookAt(dir, url);
    const site = join(dir, 'site');
    const refused = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`dataset "pop" has url "${url}", ${why}.`);
    expect(refused.stderr).toContain(
      "copy the file into the notebook's folder (e.g. data/) and pin it by its path relative to the notebook",
    );
    expect(existsSync(site)).toBe(false);
  });

  it('refuses a symbolic link whose target is outside the folder, and allows one inside', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.csv'), CSV);
    const file = notebookAt(dir, 'data/pop.csv');
    mkdirSync(join(dir, 'nb/data'));
    symlinkSync(join(dir, 'secret.csv'), join(dir, 'nb/data/pop.csv'));
    const site = join(dir, 'site');
    const refused = await algobook('publish', file, '--site', site, '-m', 'First');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /is a symbolic link to .*secret\.csv, outside the notebook's folder/,
    );
    expect(existsSync(site)).toBe(false);

    const inside = tempDir();
    const ok = notebookAt(inside, 'data/pop.csv');
    mkdirSync(join(inside, 'nb/data'));
    writeFileSync(join(inside, 'nb/real.csv'), CSV);
    symlinkSync(join(inside, 'nb/real.csv'), join(inside, 'nb/data/pop.csv'));
    const published = await algobook('publish', ok, '--site', join(inside, 'site'), '-m', 'First');
    expect(published.code).toBe(0);
  });
});
