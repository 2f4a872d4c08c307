import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, ROOT, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

describe('the bundle of the cells’ process', () => {
  it(
    'records its real source files when the command runs from another folder, so an edit rebuilds it',
    async () => {
      const cache = tempDir();
      const work = tempDir();
      writeFileSync(
        join(work, 'n.algo.md'),
        '---\nalgobook: 1\nid: n\ntitle: N\n---\n\n```js\n1 + 1\n```\n',
      );
      const code = await new Promise<number>((resolve, reject) =>
        execFile(
          process.execPath,
          [join(ROOT, 'bin/algobook.mjs'), 'run', 'n.algo.md'],
          { cwd: work, env: { ...process.env, XDG_CACHE_HOME: cache }, timeout: CLI_TIMEOUT },
          (error) => {
            if (error && typeof error.code !== 'number') reject(error);
            else resolve(error ? Number(error.code) : 0);
          },
        ),
      );
      expect(code).toBe(0);
      const dir = join(cache, 'algobook');
      const manifest = readdirSync(dir).find((name) => name.endsWith('.json'));
      const { inputs } = JSON.parse(readFileSync(join(dir, manifest!), 'utf8')) as {
        inputs: string[];
      };
      expect(inputs.some((input) => input.endsWith(join('src', 'cli', 'sandbox-child.ts')))).toBe(
        true,
      );
      expect(inputs.filter((input) => !existsSync(input))).toEqual([]);
    },
    CLI_TIMEOUT,
  );
});
