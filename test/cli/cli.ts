import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
const BIN = join(ROOT, 'bin/algobook.mjs');

/** Starting Node with tsx takes a second or two; more on a loaded machine. */
export const CLI_TIMEOUT = 60_000;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
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
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
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
