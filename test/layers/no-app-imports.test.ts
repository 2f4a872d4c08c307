import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Imports from src/app still waiting for their module to move to core (owned by another change);
 * each entry is `importer -> imported`, relative to the repository. Remove an entry with its move.
 */
const PENDING = new Set(['src/cli/run-notebook.ts -> src/app/session/cell-state.ts']);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every module a file imports or re-exports (static or dynamic), resolved from the repository. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(root, resolve(root, dirname(file), s)));
}

async function appImports(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sourceFiles(dir)) {
    const text = await readFile(join(root, file), 'utf8');
    for (const target of importsOf(file, text))
      if (target.startsWith('src/app/') || target === 'src/app') found.push(`${file} -> ${target}`);
  }
  return found.filter((edge) => !PENDING.has(edge));
}

describe('layers', () => {
  it('src/core imports nothing from src/app (the core runs in Node and in the worker)', async () => {
    expect(await appImports('src/core')).toEqual([]);
  });

  it('src/cli imports nothing from src/app (the command line drives only the core)', async () => {
    expect(await appImports('src/cli')).toEqual([]);
  });

  it('finds an import from src/app, so the checks above can fail', () => {
    const text = "import { x } from '../app/outputs/x.ts';\nconst y = await import('../app/y.ts');";
    expect(importsOf('src/cli/z.ts', text)).toEqual(['src/app/outputs/x.ts', 'src/app/y.ts']);
  });
});
