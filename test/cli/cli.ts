import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SANDBOX_WARNING } from '../../src/cli/trust.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
const BIN = join(ROOT, 'bin/algobook.mjs');

/** Starting Node with tsx, then the cells' own process, takes seconds; more on a loaded machine. */
export const CLI_TIMEOUT = 120_000;

export interface CliResult {
  code: number;
  stdout: string;
  /** Standard error, without the warning said whenever cells run (see `warned`). */
  stderr: string;
  /** Whether the command said that the notebook's cells run, and what they cannot do. */
  warned: boolean;
}

/** Runs the real command line, `node bin/algobook.mjs ...args`, as a person would. */
export function algobook(...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: CLI_TIMEOUT },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else
          resolve({
            code: error ? Number(error.code) : 0,
            stdout,
            stderr: stderr.replace(SANDBOX_WARNING, ''),
            warned: stderr.includes(SANDBOX_WARNING),
          });
      },
    );
  });
}

const made: string[] = [];

/** A fresh folder under the system's temporary directory; `removeTempDirs` deletes them all. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'algobook-cli-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
