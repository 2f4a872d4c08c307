import { fetchableSources } from '../data/dataset-location.ts';
import { AlgobookError, coreError, toWire, type ErrorParams } from '../errors/index.ts';
import { FormatError } from '../format/errors.ts';
import { parse } from '../format/parse.ts';
import type { FrontMatter, Notebook } from '../format/types.ts';
import { sha256Bytes } from '../publish/hash.ts';
import type {
  FailedImport,
  ImportCache,
  ImportEntry,
  ImportLoader,
  ImportSpec,
  ResolvedImport,
} from './types.ts';

/** How deep imports of imports go before the resolver stops: far beyond any honest notebook. */
export const MAX_IMPORT_DEPTH = 16;
/** How many imports one notebook may reach in all, each counted every time it is imported. */
export const MAX_IMPORTS = 200;

export interface ResolveOptions {
  /** Imported files by sha256: looked up first, and given every file whose bytes were checked. */
  cache?: ImportCache;
  /** Stops the loads under way; `resolveImports` then rejects with the abort's reason. */
  signal?: AbortSignal;
}

/** A notebook on the path from the open one down to the import being resolved. */
interface Step {
  sha256: string;
  label: string;
}

/** What one resolution shares across the tree: the options, a count, the files by pin and URLs. */
interface Walk {
  load: ImportLoader;
  options: ResolveOptions;
  count: number;
  files: Map<string, Promise<Checked>>;
}

/** A file whose bytes hash to its pin, parsed. */
interface Checked {
  url: string;
  text: string;
  notebook: Notebook;
}

/**
 * Resolves a notebook's `imports:` (issue 14), for the page and the command line alike. Each
 * import's bytes come from `options.cache` by their pinned sha256, else from its `url`, then each
 * mirror (relative ones against `baseUrl`, the importing notebook's own URL); they must hash to
 * the pin. The imported notebook's own imports are resolved the same way against its own URL; a
 * notebook met again on the way down (its sha256 already on the path) is a cycle, an error that
 * names every notebook in it. An import that fails, or whose own imports fail, is a
 * {@link FailedImport} carrying a coded error; the others still resolve.
 */
export async function resolveImports(
  front: Pick<FrontMatter, 'imports'>,
  baseUrl: string | undefined,
  load: ImportLoader,
  options: ResolveOptions = {},
): Promise<Record<string, ImportEntry>> {
  const walk: Walk = { load, options, count: 0, files: new Map() };
  return resolveAll(front, baseUrl, [], walk);
}

async function resolveAll(
  front: Pick<FrontMatter, 'imports'>,
  baseUrl: string | undefined,
  path: Step[],
  walk: Walk,
): Promise<Record<string, ImportEntry>> {
  const entries = Object.entries(front.imports ?? {});
  const resolved = await Promise.all(
    entries.map(([name, spec]) => resolveOne(name, spec, baseUrl, path, walk)),
  );
  return Object.fromEntries(resolved.map((entry) => [entry.name, entry]));
}

async function resolveOne(
  name: string,
  spec: ImportSpec,
  baseUrl: string | undefined,
  path: Step[],
  walk: Walk,
): Promise<ImportEntry> {
  const failed = (error: unknown): FailedImport => ({ name, spec, error: toWire(error) });
  const seen = path.findIndex((step) => step.sha256 === spec.sha256);
  if (seen >= 0) {
    const labels = [...path.slice(seen).map((step) => step.label), path[seen].label];
    return failed(importError('ImportCycle', 'import-cycle', { cycle: labels.join(' → ') }));
  }
  if (path.length >= MAX_IMPORT_DEPTH)
    return failed(
      importError('ImportTooDeep', 'import-too-deep', { import: name, max: MAX_IMPORT_DEPTH }),
    );
  if (++walk.count > MAX_IMPORTS)
    return failed(
      importError('ImportTooMany', 'import-too-many', { import: name, max: MAX_IMPORTS }),
    );
  let file: Checked;
  try {
    file = await checkedFile(name, spec, baseUrl, walk);
  } catch (error) {
    if (walk.options.signal?.aborted) throw error;
    return failed(error);
  }
  const label = spec.title ?? file.notebook.front.title;
  const step = { sha256: spec.sha256, label };
  const nested = await resolveAll(file.notebook.front, file.url, [...path, step], walk);
  const resolved: [string, ResolvedImport][] = [];
  for (const entry of Object.values(nested)) {
    // An import is only as good as its own imports: their failure is its failure, named as it was.
    if ('error' in entry) return { name, spec, error: entry.error };
    resolved.push([entry.name, entry]);
  }
  const imports = Object.fromEntries(resolved);
  return { name, spec, url: file.url, text: file.text, notebook: file.notebook, imports };
}

/** The pinned file, loaded once per pin and URLs however often it is imported. */
function checkedFile(
  name: string,
  spec: ImportSpec,
  baseUrl: string | undefined,
  walk: Walk,
): Promise<Checked> {
  const urls = fetchableSources(spec, baseUrl).map((source) => source.url);
  const key = [spec.sha256, ...urls].join('\n');
  let file = walk.files.get(key);
  if (!file) walk.files.set(key, (file = loadChecked(name, spec, urls, walk)));
  return file;
}

async function loadChecked(
  name: string,
  spec: ImportSpec,
  urls: string[],
  walk: Walk,
): Promise<Checked> {
  const { cache, signal } = walk.options;
  const cached = await cache?.get(spec.sha256);
  // A cache is content-addressed, but trusted no further than a hash.
  if (cached && sha256Bytes(cached) === spec.sha256)
    return readChecked(name, urls[0] ?? spec.url, cached);
  if (!urls.length)
    throw importError('ImportUnavailable', 'import-local-missing', {
      import: name,
      file: spec.url,
    });
  let changed: AlgobookError | undefined;
  let failure: AlgobookError | undefined;
  // The source, then each mirror: the first whose bytes match the pin wins.
  for (const url of urls) {
    let bytes: Uint8Array;
    try {
      bytes = await walk.load(url, signal);
    } catch (error) {
      signal?.throwIfAborted();
      failure = unavailable(name, url, error);
      continue;
    }
    const actual = sha256Bytes(bytes);
    if (actual !== spec.sha256) {
      const params = { import: name, url, expected: spec.sha256, actual };
      changed ??= importError('ImportChanged', 'import-changed', params);
      continue;
    }
    const file = readChecked(name, url, bytes);
    await cache?.put(spec.sha256, bytes, url);
    return file;
  }
  // A file that changed says more than an unreachable mirror.
  throw changed ?? failure ?? new Error('unreachable');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The checked bytes as a notebook, or an error naming the import and the URL. */
function readChecked(name: string, url: string, bytes: Uint8Array): Checked {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const reason = 'The file is not UTF-8 text.';
    throw malformed(name, url, { code: 'format-invalid', params: { reason }, message: reason });
  }
  try {
    return { url, text, notebook: parse(text) };
  } catch (error) {
    if (error instanceof FormatError) throw malformed(name, url, error);
    throw error;
  }
}

function malformed(
  name: string,
  url: string,
  cause: { code: string; params: ErrorParams; message: string },
): AlgobookError {
  // The cause's parameters go along, so that the page words its reason in the reader's language.
  const params = { ...cause.params, cause: cause.code, reason: cause.message, import: name, url };
  return importError('ImportMalformed', 'import-malformed', params);
}

function unavailable(name: string, url: string, error: unknown): AlgobookError {
  const reason = error instanceof Error ? error.message : String(error);
  const cause = error instanceof AlgobookError ? error : undefined;
  const params = { ...cause?.params, cause: cause?.code ?? '', reason, import: name, url };
  return importError('ImportUnavailable', 'import-unavailable', params);
}

function importError(
  name: string,
  code: Parameters<typeof coreError>[0],
  params: ErrorParams,
): AlgobookError {
  return coreError(code, params, name);
}
