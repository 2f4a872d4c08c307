import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, ROOT, tempDir } from './cli.ts';
import { serveFolder } from './serve-folder.ts';
import { sha256Text } from '../../src/core/publish/hash.ts';

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
        // The URL as pinned: a path on this machine is not for a card that may be published.
        url: 'lib.algo.md',
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
        '    url: lib.algo.md',
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

/** `algobook export` of the fixtures' importer to standard output. */
const exportImporter = (to: string, ...args: string[]) =>
  algobook('export', join(FIXTURES, 'importer.algo.md'), '--to', to, ...args, '-o', '-');

describe.concurrent('algobook export with imports', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('--to ipynb inlines the library before the importer’s cells, marked with its source and hash', async () => {
    const { code, stdout } = await exportImporter('ipynb');
    expect(code).toBe(0);
    const cells = (JSON.parse(stdout) as { cells: { id: string; source: string[] }[] }).cells;
    expect(cells[0]).toMatchObject({
      id: 'import-1-0',
      source: ['## The PM index\n', '\n', `Imported from \`lib.algo.md\` (sha256 \`${LIB}\`)`],
    });
    // Then the importer's own cells, all of them, numbered as the app numbers them.
    const own = cells.map((c) => c.id).filter((id) => id.startsWith('cell-'));
    expect(own).toEqual(Array.from({ length: 7 }, (_, i) => `cell-${i + 1}`));
  });

  it('--to html inlines it too, and its card lists the algorithm', async () => {
    const { code, stdout } = await exportImporter('html', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Importé de <code>lib.algo.md</code> (sha256 <code class="hash">${LIB}</code>)`,
    );
    expect(stdout).toContain('<h3>Algorithmes sur lesquels il s’appuie</h3>');
  });
});

describe.concurrent('algobook verify with imports', { timeout: CLI_TIMEOUT * 4 }, () => {
  it('checks each import against its pin, and names the import that changed with its URL and both hashes', async () => {
    const served = tempDir();
    cpSync(FIXTURES, served, { recursive: true });
    await serveFolder(served, async (origin) => {
      const url = `${origin}/lib.algo.md`;
      const dir = tempDir();
      const file = join(dir, 'report.algo.md');
      writeFileSync(
        file,
        `---\nalgobook: 1\nid: report\ntitle: Report\nimports:\n  pm:\n    url: ${url}\n    sha256: ${LIB}\n---\n\n\`\`\`js\nimport { LABELS } from 'pm';\n\`\`\`\n\n\`\`\`js\nLABELS.join(' / ')\n\`\`\`\n`,
      );
      const site = join(dir, 'site');
      const published = await algobook('publish', file, '--site', site, '-m', 'First');
      expect(published.stderr).not.toContain('Error');
      expect(published.code).toBe(0);
      const v1 = join(site, 'report/v1.algo.md');

      const ok = await algobook('verify', v1);
      // What verify said on stderr, should it not be the expected answer.
      if (ok.code !== 0) throw new Error(`verify exited ${ok.code}: ${ok.stderr}`);
      expect(ok.stdout).toContain(`Checked: import "pm": as pinned (sha256 ${LIB})\n`);

      writeFileSync(join(served, 'lib.algo.md'), 'tampered');
      const tampered = sha256Text('tampered');
      const changed = await algobook('verify', v1);
      expect(changed.code).toBe(1);
      expect(changed.stdout).toContain(
        `  import "pm": Import "pm" does not match its pin: ${url} serves bytes with sha256 ${tampered}, the notebook pins sha256 ${LIB}.`,
      );
      // The import cell and the cell reading it differ too, because of it.
      expect(changed.stderr).toContain(
        'algobook verify: not verified: 1 import differs, 2 cells differ.',
      );

      const json = await algobook('verify', v1, '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        verdict: 'not-reproduced',
        results: 'differ',
        imports: [{ name: 'pm', url, expected: LIB, actual: tampered }],
      });
    });
  });
});

/** A temporary copy of the library, its data and the importer; the importer's path. */
function importerCopy(): string {
  const dir = tempDir();
  cpSync(FIXTURES, dir, { recursive: true });
  return join(dir, 'importer.algo.md');
}

describe.concurrent('algobook run with imports', { timeout: CLI_TIMEOUT * 2 }, () => {
  it('runs the importer with the library’s names and a use() with an input replaced', async () => {
    // The library in a folder of its own: its dataset is read beside it, not beside the importer.
    const dir = tempDir();
    cpSync(FIXTURES, join(dir, 'lib'), { recursive: true });
    const importer = readFileSync(join(FIXTURES, 'importer.algo.md'), 'utf8');
    const file = join(dir, 'report.algo.md');
    writeFileSync(file, importer.replace('url: lib.algo.md', 'url: lib/lib.algo.md'));
    const { code, stdout, stderr } = await algobook('run', file, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const cells = (JSON.parse(stdout) as { cells: { outputs?: unknown[] }[] }).cells;
    // The library's threshold is 25: 10 is good, 40 poor; at 10, its 3 stations are all poor.
    expect(cells.at(-1)?.outputs).toEqual([
      {
        kind: 'value',
        value: { verdicts: ['good', 'poor'], labels: ['good', 'poor'], strictPoor: 3 },
      },
    ]);
  });

  it('refuses the library once its bytes changed, naming the import on stderr and in the cells', async () => {
    const file = importerCopy();
    const lib = join(file, '../lib.algo.md');
    writeFileSync(lib, readFileSync(lib, 'utf8').replace("'good', 'poor'", "'fine', 'poor'"));
    const { code, stdout, stderr } = await algobook('run', file);
    expect(code).toBe(1);
    expect(stderr).toContain('algobook run: ImportChanged: Import "pm" does not match its pin');
    expect(stdout).toContain('Import "pm" does not match its pin');
  });
});
