import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

/**
 * A stranger's notebook whose cells try to act with the user's rights: write a file beside it,
 * read a private key outside its folder, start a process, start a worker. Each cell shows the
 * code or name of the error it met, or "allowed". (Cells cannot reach `process` at all, see
 * sandbox-confined.test.ts; the permission model is the second wall.)
 */
function hostile(dir: string, secret: string): string {
  const target = (name: string) => JSON.stringify(join(dir, name));
  const cells = [
    "const attempt = (f) => { try { f(); return 'allowed'; } catch (e) { return e.code ?? e.name; } };",
    `attempt(() => process.getBuiltinModule('node:fs').writeFileSync(${target('written.txt')}, 'x'))`,
    `attempt(() => process.getBuiltinModule('node:fs').readFileSync(${JSON.stringify(secret)}, 'utf8'))`,
    `attempt(() => process.getBuiltinModule('node:fs').readFileSync(${target('beside.txt')}, 'utf8'))`,
    `attempt(() => process.getBuiltinModule('node:child_process').execFileSync('touch', [${target('spawned.txt')}]))`,
    "attempt(() => new (process.getBuiltinModule('node:worker_threads').Worker)('1', { eval: true }))",
    `await import('node:fs').then((fs) => fs.writeFileSync(${target('imported.txt')}, 'x'))`,
  ];
  const file = join(dir, 'hostile.algo.md');
  writeFileSync(
    file,
    `---\nalgobook: 1\nid: hostile\ntitle: Hostile\n---\n\n${cells.map((c) => `\`\`\`js\n${c}\n\`\`\`\n`).join('\n')}`,
  );
  return file;
}

describe('algobook runs cells in a process that cannot act with the user’s rights', () => {
  it(
    'a cell cannot write a file, read outside, start a process or a worker',
    { timeout: CLI_TIMEOUT },
    async () => {
      const dir = tempDir();
      const home = join(tempDir(), '.ssh');
      mkdirSync(home);
      const secret = join(home, 'id_ed25519');
      writeFileSync(secret, 'PRIVATE KEY');
      writeFileSync(join(dir, 'beside.txt'), 'next to the notebook');
      const file = hostile(dir, secret);

      const { code, stdout, warned } = await algobook('run', file, '--json');
      // The cell that imports fails to compile: one failed cell.
      expect(code).toBe(1);
      expect(warned).toBe(true);
      const cells: {
        kind: string;
        outputs: { kind: string; value?: unknown; name?: string }[];
      }[] = JSON.parse(stdout).cells;
      const shown = cells
        .filter((cell) => cell.kind === 'code')
        .slice(1)
        .map((cell) => cell.outputs.map((output) => output.value ?? output.name));
      expect(shown).toEqual([...Array.from({ length: 5 }, () => ['TypeError']), ['SyntaxError']]);
      for (const name of ['written.txt', 'spawned.txt', 'imported.txt'])
        expect(existsSync(join(dir, name))).toBe(false);
    },
  );

  it(
    'verify refuses a notebook from a URL without --trust, before fetching it',
    { timeout: CLI_TIMEOUT },
    async () => {
      const requests: string[] = [];
      const server = createServer((req, res) => {
        requests.push(req.url ?? '');
        res.writeHead(404).end();
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x/v1.algo.md`;
        const refused = await algobook('verify', url);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain(`algobook verify: ${url} is a notebook from the web`);
        expect(refused.stderr).toContain('--trust');
        expect(refused.warned).toBe(false);
        expect(requests).toEqual([]);

        const trusted = await algobook('verify', '--trust', url);
        expect(trusted.stderr).toContain('answered 404');
        expect(requests).toEqual(['/x/v1.algo.md']);
      } finally {
        server.close();
      }
    },
  );
});
