import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { sha } from './publish-fixture.ts';
import { parse } from '../../src/core/format/parse.ts';
import { freezeVersion } from '../../src/core/publish/freeze.ts';

afterAll(removeTempDirs);

describe('algobook verify through the parent chain', { timeout: CLI_TIMEOUT * 6 }, () => {
  it('anchors version 1 by the sha256 of version 2 beside it, and not once version 1 was edited', async () => {
    const draft = join(tempDir(), 'count.algo.md');
    writeFileSync(draft, '---\nalgobook: 1\nid: count\ntitle: Count\n---\n\n```js\n1 + 1\n```\n');
    const site = join(tempDir(), 'site');
    for (const message of ['First', 'Second']) {
      const args = ['publish', draft, '--site', site, '-m', message, '--allow-same'];
      const { code, stderr } = await algobook(...args);
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

  it('finds earlier versions by the hashes of their chain, whatever their file names', async () => {
    // Two versions as the app downloads them, and a decoy named as the site names version 1.
    const dir = tempDir();
    const draft = parse('---\nalgobook: 1\nid: count\ntitle: Count\n---\n\nOne.\n');
    const now = new Date(Date.UTC(2026, 11, 1));
    const v1 = freezeVersion(draft, { message: 'First', results: [], now });
    const changed = { ...draft, cells: [{ kind: 'markdown' as const, id: 'm', source: 'Two.' }] };
    const previous = { version: 1, sha256: v1.sha256 };
    const v2 = freezeVersion(changed, { previous, message: 'Second', results: [], now });
    writeFileSync(join(dir, 'count-v1.algo.md'), v1.text);
    writeFileSync(join(dir, 'count-v2.algo.md'), v2.text);
    const decoy = freezeVersion(changed, { message: 'Not this one', results: [], now });
    writeFileSync(join(dir, 'v1.algo.md'), decoy.text);

    const found = await algobook('verify', join(dir, 'count-v2.algo.md'), '--json');
    const report = JSON.parse(found.stdout) as {
      checked: string[];
      unchecked: string[];
      problems: unknown[];
    };
    expect(found.code).toBe(3);
    expect(report.problems).toEqual([]);
    expect(report.checked).toContain('parent chain through versions 1 to 2');
    expect(report.unchecked.join('\n')).not.toMatch(/parent chain/);

    // The hash of version 2 (from its link) anchors version 1 through the same chain.
    const anchored = await algobook('verify', join(dir, 'count-v1.algo.md'), '--sha256', v2.sha256);
    expect(anchored.stdout).toContain('Checked: text through the parent chain from version 2');
    expect(anchored.code).toBe(0);
  });
});
