import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/core/format/parse.ts';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';
import { draft } from './publish-fixture.ts';

afterAll(removeTempDirs);

describe('algobook publish: lineage', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('refuses to extend the chain of another notebook that has the same id, and keeps the lineage', async () => {
    const site = join(tempDir(), 'site');
    const a = draft({ front: 'lineage: 0123456789abcdef0123456789abcdef\n' });
    expect((await algobook('publish', a, '--site', site, '-m', 'A')).code).toBe(0);
    const v1 = parse(readFileSync(join(site, 'pop/v1.algo.md'), 'utf8')).front;
    expect(v1.lineage).toBe('0123456789abcdef0123456789abcdef');

    const b = draft({ front: 'lineage: fedcba9876543210fedcba9876543210\n' });
    const refused = await algobook('publish', b, '--site', site, '-m', 'B');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'the site\'s "pop" is another notebook (lineage 0123456789ab…), not this one (lineage fedcba987654…)',
    );
    // The same notebook goes on.
    expect((await algobook('publish', a, '--site', site, '-m', 'A2', '--allow-same')).code).toBe(0);
  });
});
