import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CHILD_ENTRY = fileURLToPath(new URL('./sandbox-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The code of the process that runs cells (`sandbox-child.ts` and all it imports) bundled into
 * one file, so that Node's permission model need let that process read this file only, and
 * nothing has to compile TypeScript inside it (tsx's esbuild would need a child process).
 * Bundling takes seconds, so the file is kept in the user's cache folder and rebuilt only when
 * one of its source files (or Node) changed.
 */
export async function sandboxBundle(): Promise<string> {
  const dir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'algobook');
  // One bundle per installed copy of algobook: two checkouts share the cache folder, and a
  // manifest that names the other copy's (unchanged) files would hand out that copy's code.
  const copy = createHash('sha256').update(ROOT).digest('hex').slice(0, 16);
  const file = join(dir, `sandbox-child-${copy}.mjs`);
  const manifest = join(dir, `sandbox-child-${copy}.json`);
  const known = await readManifest(manifest);
  if (known && (await exists(file))) {
    const now = await fingerprint(known.inputs);
    if (now !== 'missing' && now === known.fingerprint) return file;
  }

  await mkdir(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [CHILD_ENTRY],
    outfile: temporary,
    // The metafile's inputs are relative to this folder; without it they are relative to the
    // command's working folder, resolve to files that do not exist, and the bundle is never
    // rebuilt after an edit.
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    metafile: true,
    // Some dependencies are CommonJS and `require` Node's builtins.
    banner: {
      js: "import { createRequire as __algobookRequire } from 'node:module'; const require = __algobookRequire(import.meta.url);",
    },
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input));
  // Renamed into place: a command running at the same time reads a whole file or the old one.
  await rename(temporary, file);
  await writeFile(manifest, JSON.stringify({ inputs, fingerprint: await fingerprint(inputs) }));
  return file;
}

async function readManifest(
  path: string,
): Promise<{ inputs: string[]; fingerprint: string } | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const inputs: unknown = Reflect.get(value, 'inputs');
    const print: unknown = Reflect.get(value, 'fingerprint');
    if (!Array.isArray(inputs) || typeof print !== 'string') return undefined;
    if (!inputs.every((input) => typeof input === 'string')) return undefined;
    return { inputs, fingerprint: print };
  } catch {
    return undefined;
  }
}

/** What changes when a source of the bundle does: each file's path, size and time, and Node's version. */
async function fingerprint(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(process.version);
  for (const input of inputs) {
    try {
      const { size, mtimeMs } = await stat(input);
      hash.update(`\n${input} ${size} ${mtimeMs}`);
    } catch {
      // A source that is gone (or a manifest that named the wrong files): never reuse.
      return 'missing';
    }
  }
  return hash.digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
