import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, ROOT, tempDir } from './cli.ts';
import { sha256Text } from '../../src/core/publish/hash.ts';
import { readFileSync } from 'node:fs';

afterAll(removeTempDirs);

const FIXTURES = join(ROOT, 'test/fixtures/imports');
const LIB = sha256Text(readFileSync(join(FIXTURES, 'lib.algo.md'), 'utf8'));

describe.concurrent('algobook card with imports', { timeout: CLI_TIMEOUT }, () => {
  it('lists the algorithms the notebook relies on, as JSON: title, version, hash and URL', async () => {
    const { code, stdout, stderr } = await algobook(
      'card',
      join(FIXTURES, 'importer.algo.md'),
      '--json',
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).algorithms).toEqual([
      {
        name: 'pm',
        title: 'The PM index',
        version: 3,
        sha256: LIB,
        url: `file://${join(FIXTURES, 'lib.algo.md')}`,
      },
    ]);
  });

  it('lists them as text with a short hash and the file', async () => {
    const { code, stdout } = await algobook('card', join(FIXTURES, 'importer.algo.md'));
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'Algorithms it relies on (1):',
        '  - pm: The PM index · version 3',
        `    sha256: ${LIB.slice(0, 12)}…`,
        `    url: ${join(FIXTURES, 'lib.algo.md')}`,
      ].join('\n'),
    );
  });

  it('says on stderr which import changed, and still prints the card', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'importer.algo.md'), join(dir, 'importer.algo.md'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'lib.algo.md'), 'tampered');
    const { code, stdout, stderr } = await algobook('card', join(dir, 'importer.algo.md'));
    expect(code).toBe(0);
    expect(stderr).toContain(`algobook card: ImportChanged: Import "pm" does not match its pin`);
    expect(stdout).toContain('  - pm: The PM index\n');
  });
});
