import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

function notebook(front: string): string {
  const path = join(tempDir(), 'net.algo.md');
  writeFileSync(
    path,
    `---\nalgobook: 1\nid: net\ntitle: Net\n${front}---\n\n\`\`\`js\n1 + 1\n\`\`\`\n`,
  );
  return path;
}

describe.concurrent('algobook run and network', { timeout: CLI_TIMEOUT }, () => {
  it('says on stderr which origins a notebook declares it may contact', async () => {
    const file = notebook('network:\n  - https://api.example.org\n  - http://127.0.0.1:8080\n');
    const { code, stdout, stderr } = await algobook('run', file);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'algobook run: this notebook declares network access to https://api.example.org, http://127.0.0.1:8080.\n',
    );
    expect(stdout).not.toContain('network access');
  });

  it('says nothing of the network when the notebook declares none', async () => {
    const { code, stderr } = await algobook('run', notebook(''));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('refuses a network entry that is not an origin, with its line, exit 2', async () => {
    const file = notebook('network: [https://x.org/api]\n');
    const { code, stderr } = await algobook('run', file);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${file}:5: \`network\` entry "https://x.org/api" must be an origin only, without a path: write https://x.org\n`,
    );
  });
});
