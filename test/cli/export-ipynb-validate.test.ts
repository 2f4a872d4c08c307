import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { algobook, CLI_TIMEOUT, EXAMPLES, removeTempDirs, tempDir } from './cli.ts';

afterAll(removeTempDirs);

const run = promisify(execFile);

/**
 * Jupyter's own validator (Debian's python3-nbformat) and converter (jupyter-nbconvert). The
 * system Python comes first: a Python of pyenv or a venv earlier on PATH lacks Debian's modules
 * (ALGOBOOK_PYTHON names another one).
 */
const PYTHON =
  process.env.ALGOBOOK_PYTHON ??
  (['/usr/bin/python3', 'python3'].find((p) => !p.startsWith('/') || existsSync(p)) as string);
const VALIDATE =
  'import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)); print("valid")';

async function jupyterMissing(): Promise<string | undefined> {
  try {
    await run(PYTHON, ['-c', 'import nbformat']);
  } catch {
    return `${PYTHON} cannot import nbformat (apt-get install python3-nbformat)`;
  }
  try {
    await run('jupyter', ['nbconvert', '--version']);
  } catch {
    return 'jupyter nbconvert is not installed (apt-get install jupyter-nbconvert)';
  }
  return undefined;
}

const missing = await jupyterMissing();
// CI installs both (.ci/run) and sets ALGOBOOK_REQUIRE_JUPYTER=1: there, missing is a failure.
const required = process.env.ALGOBOOK_REQUIRE_JUPYTER === '1';
if (missing && !required) console.warn(`Skipping the Jupyter validation of exports: ${missing}.`);

describe.skipIf(missing !== undefined && !required)(
  'exported notebooks pass Jupyter’s validator',
  () => {
    it('has Jupyter’s tools', () => {
      expect(missing).toBeUndefined();
    });

    const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.algo.md'));
    it.each(examples)(
      '%s: nbformat.validate accepts it and nbconvert makes HTML of it',
      async (name) => {
        const dir = tempDir();
        const ipynb = join(dir, name.replace(/\.algo\.md$/, '.ipynb'));
        const exported = await algobook(
          'export',
          join(EXAMPLES, name),
          '--to',
          'ipynb',
          '-o',
          ipynb,
        );
        expect(exported.code).toBe(0);
        const { stdout } = await run(PYTHON, ['-c', VALIDATE, ipynb]);
        expect(stdout.trim()).toBe('valid');
        await run('jupyter', ['nbconvert', '--to', 'html', '--output-dir', dir, ipynb], {
          timeout: CLI_TIMEOUT,
        });
        const html = readFileSync(ipynb.replace(/\.ipynb$/, '.html'), 'utf8');
        // The chart's SVG made it through, for readers without Vega.
        expect(html).toContain('<svg');
      },
      CLI_TIMEOUT * 2,
    );
  },
);
