import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { CSV, draft, sha } from './publish-fixture.ts';
import { serveFolder } from './serve-folder.ts';

afterAll(removeTempDirs);

/** A site with versions 1 and 2 of the fixture notebook; its folder. */
async function site(): Promise<string> {
  const file = draft();
  const dir = join(tempDir(), 'site');
  for (const message of ['First', 'Second']) {
    const args = ['publish', file, '--site', dir, '-m', message, '--allow-same'];
    const { code, stderr } = await algobook(...args);
    if (code !== 0) throw new Error(stderr);
  }
  return dir;
}

describe.concurrent('algobook verify', { timeout: CLI_TIMEOUT * 8 }, () => {
  it('says "Reproduced" and exits 0 for an intact version, then catches changed data and tampered text', async () => {
    const dir = await site();
    const v2 = join(dir, 'pop/v2.algo.md');
    const ok = await algobook('verify', v2);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      `Checked: text against the site catalog (version 2: ${sha(readFileSync(v2)).slice(0, 12)}…)\n`,
    );
    expect(ok.stdout).toContain('Checked: parent chain through versions 1 to 2\n');
    expect(ok.stdout).toContain(
      'Reproduced: the 3 code cells of "Population" version 2 give the published outputs.\n',
    );

    // The data served with the site changed after publication.
    const data = join(dir, 'pop', `data/${sha(CSV).slice(0, 16)}/pop.csv`);
    writeFileSync(data, CSV.replace('20', '21'));
    const changed = await algobook('verify', v2);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Not reproduced: "Population" version 2\n');
    // Said by the dataset loader, or found by hashing the bytes it gave.
    expect(changed.stdout).toMatch(
      / {2}dataset "pop": .*(not the pinned|does not match its pinned hash)/,
    );
    expect(changed.stdout).toMatch(
      / {2}cell 2 \(line \d+\): published "2 rows × 2 columns" \([0-9a-f]{12}…\), now ".*pinned hash/,
    );
    expect(changed.stderr).toMatch(
      /^algobook verify: not verified: [23] cells differ, 1 dataset differs\.\n$/,
    );
    writeFileSync(data, CSV);

    // Version 1 was edited after publication: version 2's chain no longer holds.
    const v1 = join(dir, 'pop/v1.algo.md');
    writeFileSync(v1, readFileSync(v1, 'utf8').replace('# Population', '# Populace'));
    const tampered = await algobook('verify', v2);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(
      /Tampered: Version 1 has been modified: its text's sha256 is [0-9a-f]{12}…, not the published [0-9a-f]{12}…\.\n/,
    );
    expect(tampered.stdout).not.toContain('Reproduced');

    // And the version itself edited, results and all.
    writeFileSync(v2, readFileSync(v2, 'utf8').replace('# Population', '# Populace'));
    const self = await algobook('verify', v2);
    expect(self.code).toBe(1);
    expect(self.stdout).toContain('Tampered: Version 2 has been modified');
  });

  it('verifies a version served over http, with the #sha256 of its link', async () => {
    const dir = await site();
    const v2 = readFileSync(join(dir, 'pop/v2.algo.md'));
    await serveFolder(dir, async (base) => {
      const ok = await algobook('verify', '--trust', `${base}/pop/v2.algo.md#sha256=${sha(v2)}`);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain(
        `Checked: text against the given sha256 ${sha(v2).slice(0, 12)}…\n`,
      );
      expect(ok.stdout).toContain('Reproduced: the 3 code cells');
      const wrong = await algobook(
        'verify',
        '--trust',
        `${base}/pop/v2.algo.md#sha256=${'e'.repeat(64)}`,
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toContain("Tampered: Version 2 has been modified: its text's sha256 is");
      const missing = await algobook('verify', '--trust', `${base}/pop/v9.algo.md`);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(
        `algobook verify: ${base}/pop/v9.algo.md answered 404 Not Found.\n`,
      );
    });
  });

  it('checks the chain through files beside it when there is no catalog, and refuses a draft', async () => {
    const dir = await site();
    writeFileSync(join(dir, 'catalog.json.bak'), readFileSync(join(dir, 'catalog.json')));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'catalog.json'));
    // The chain holds, the results reproduce, but nothing anchors the text: exit 3.
    const ok = await algobook('verify', join(dir, 'pop/v2.algo.md'));
    expect(ok.code).toBe(3);
    expect(ok.stdout).toContain('Checked: parent chain through versions 1 to 2\n');
    expect(ok.stdout).toContain(
      'Results reproduce; the identity of this copy was not checked: the 3 code cells',
    );

    const draftOnly = await algobook('verify', draft());
    expect(draftOnly.code).toBe(2);
    expect(draftOnly.stderr).toContain(
      'is a draft: it has no published "version" and "results" to check.',
    );
    const badSha = await algobook('verify', join(dir, 'pop/v2.algo.md'), '--sha256', 'xyz');
    expect(badSha.code).toBe(2);
    expect(badSha.stderr).toBe('algobook verify: the sha256 "xyz" is not 64 hexadecimal digits.\n');
  });

  it('does not say "Reproduced" of an edited copy with no anchor: exit 3, and --json says why', async () => {
    const dir = await site();
    const v1 = readFileSync(join(dir, 'pop/v1.algo.md'), 'utf8');
    // A copy taken away from its site, its prose rewritten; its results still reproduce.
    const away = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(away, 'data', sha(CSV).slice(0, 16)), { recursive: true });
    writeFileSync(join(away, 'data', sha(CSV).slice(0, 16), 'pop.csv'), CSV);
    const copy = join(away, 'v1.algo.md');
    writeFileSync(copy, v1.replace('# Population', '# Population (the official figure)'));

    const text = await algobook('verify', copy);
    expect(text.code).toBe(3);
    expect(text.stdout).not.toContain('Reproduced');
    expect(text.stdout).toContain(
      "Not checked: the text's identity: no --sha256, no #sha256= in its link and no site catalog listing it\n",
    );
    expect(text.stderr).toBe(
      'algobook verify: results reproduce; the identity of this copy was not checked.\n',
    );

    const json = await algobook('verify', copy, '--json');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      verdict: 'unchecked',
      identity: 'unchecked',
      anchor: null,
      results: 'reproduced',
    });
    expect(report.cells).toEqual([
      expect.objectContaining({ cell: 1, status: 'same' }),
      expect.objectContaining({ cell: 2, status: 'same' }),
      expect.objectContaining({ cell: 3, status: 'same', line: expect.any(Number) }),
    ]);

    // The same copy with the hash it was published under: the edit is caught.
    const published = sha(v1);
    const flagged = await algobook('verify', copy, '--sha256', published, '--json');
    expect(flagged.code).toBe(1);
    expect(JSON.parse(flagged.stdout)).toMatchObject({
      verdict: 'tampered',
      identity: 'checked',
      anchor: { kind: 'flag', sha256: published },
      problems: [expect.objectContaining({ code: 'version-tampered', version: 1 })],
    });

    // The intact text, anchored by --sha256: reproduced, exit 0.
    writeFileSync(copy, v1);
    const intact = await algobook('verify', copy, '--sha256', published, '--json');
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({
      verdict: 'reproduced',
      identity: 'checked',
      anchor: { kind: 'flag', sha256: published },
      results: 'reproduced',
    });
  });

  it('--json names the site catalog as the anchor, and each cell that differs', async () => {
    const dir = await site();
    const v2 = join(dir, 'pop/v2.algo.md');
    const ok = JSON.parse((await algobook('verify', v2, '--json')).stdout) as {
      anchor: { kind: string; url: string; sha256: string };
    };
    expect(ok).toMatchObject({ verdict: 'reproduced', identity: 'checked' });
    expect(ok.anchor).toMatchObject({ kind: 'catalog', sha256: sha(readFileSync(v2)) });
    expect(ok.anchor.url).toBe(join(dir, 'catalog.json'));

    const data = join(dir, 'pop', `data/${sha(CSV).slice(0, 16)}/pop.csv`);
    writeFileSync(data, CSV.replace('20', '21'));
    const changed = await algobook('verify', v2, '--json');
    expect(changed.code).toBe(1);
    const report = JSON.parse(changed.stdout) as { cells: { status: string }[] };
    expect(report).toMatchObject({ verdict: 'not-reproduced', results: 'differ' });
    expect(report.cells.filter((c) => c.status === 'changed').length).toBeGreaterThan(0);
  });
});
