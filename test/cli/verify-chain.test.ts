import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { sha } from './publish-fixture.ts';

afterAll(removeTempDirs);

describe('algobook verify through the parent chain', { timeout: CLI_TIMEOUT * 6 }, () => {
  it('anchors version 1 by the sha256 of version 2 beside it, and not once version 1 was edited', async () => {
    const draft = join(tempDir(), 'count.algo.md');
    writeFileSync(draft, '---\nalgobook: 1\nid: count\ntitle: Count\n---\n\n```js\n1 + 1\n```\n');
    const site = join(tempDir(), 'site');
    for (const message of ['First', 'Second']) {
      const { code, stderr } = await algobook('publish', draft, '--site', site, '-m', message);
      if (code !== 0) throw new Error(stderr);
    }
    // No catalog: only the hash of version 2 (say, from a link) vouches for anything.
    rmSync(join(site, 'catalog.json'));
    const v1 = join(site, 'count/v1.algo.md');
    const v2sha = sha(readFileSync(join(site, 'count/v2.algo.md')));

    const chained = await algobook('verify', v1, '--sha256', v2sha, '--json');
    expect(chained.code).toBe(0);
    const report = JSON.parse(chained.stdout) as {
      verdict: string;
      identity: string;
      anchor: { kind: string; version: number; from: { kind: string; sha256: string } };
    };
    expect(report).toMatchObject({
      verdict: 'reproduced',
      identity: 'checked',
      anchor: { kind: 'chain', version: 2, from: { kind: 'flag', sha256: v2sha } },
    });
    expect(report.anchor).toHaveProperty('sha256', sha(readFileSync(v1)));

    writeFileSync(v1, readFileSync(v1, 'utf8').replace('title: Count', 'title: Counted'));
    const edited = await algobook('verify', v1, '--sha256', v2sha);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/^Tampered: Version 1 has been modified/m);
  });
});
