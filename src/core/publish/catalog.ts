import { SHA256_HEX as SHA256 } from '../format/sha256-hex.ts';
import type { ForkOf } from '../format/types.ts';
import { PublishError } from './errors.ts';
import type { Catalog, CatalogEntry, CatalogVersion } from './types.ts';

/** An empty catalog, for a new site. */
export function emptyCatalog(): Catalog {
  return { algobook: 1, notebooks: [] };
}

/**
 * Reads a site's `catalog.json` (its text, or the value `JSON.parse` gave) and checks its shape,
 * so that the app and the command line can trust what they list. Throws a {@link PublishError}
 * naming what is wrong and where.
 */
export function readCatalog(json: unknown): Catalog {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PublishError('catalog-not-json', `This catalog is not valid JSON (${reason}).`, {
        reason,
      });
    }
  }
  const fail = (where: string, what: string): never => {
    throw new PublishError('catalog-invalid', `This catalog is not valid: ${where} ${what}.`, {
      where,
      what,
    });
  };
  if (!isObject(value)) return fail('the file', 'must be a JSON object');
  if (value.algobook !== 1) fail('"algobook"', 'must be 1 (the catalog format version)');
  if (!Array.isArray(value.notebooks)) return fail('"notebooks"', 'must be a list');
  const ids = new Set<string>();
  value.notebooks.forEach((entry: unknown, i: number) => {
    const at = `notebooks[${i}]`;
    if (!isObject(entry)) return fail(at, 'must be an object');
    if (typeof entry.id !== 'string' || !entry.id) fail(`${at}.id`, 'must be a non-empty text');
    const id = entry.id as string;
    if (ids.has(id)) fail(`${at}.id`, `"${id}" is listed twice`);
    ids.add(id);
    if (typeof entry.title !== 'string') fail(`${at}.title`, 'must be text');
    for (const key of ['summary', 'license', 'lang', 'translationOf'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string')
        fail(`${at}.${key}`, 'must be text');
    }
    if (!Array.isArray(entry.versions) || !entry.versions.length) {
      return fail(`${at}.versions`, 'must be a non-empty list');
    }
    entry.versions.forEach((version: unknown, k: number) =>
      checkVersion(version, `${at}.versions[${k}]`, fail),
    );
    const numbers = (entry.versions as CatalogVersion[]).map((v) => v.version);
    if (!isWhole(entry.latest) || !numbers.includes(entry.latest as number)) {
      fail(`${at}.latest`, 'must be the number of one of its versions');
    }
    if (entry.forkOf !== undefined) checkForkOf(entry.forkOf, `${at}.forkOf`, fail);
    if (entry.forks !== undefined) {
      if (!Array.isArray(entry.forks)) return fail(`${at}.forks`, 'must be a list');
      entry.forks.forEach((fork: unknown, k: number) => {
        if (!isObject(fork) || typeof fork.id !== 'string' || !isWhole(fork.version)) {
          fail(`${at}.forks[${k}]`, 'must be {"id": text, "version": number}');
        }
      });
    }
  });
  return value as unknown as Catalog;
}

function checkVersion(version: unknown, at: string, fail: (where: string, what: string) => never) {
  if (!isObject(version)) return fail(at, 'must be an object');
  if (!isWhole(version.version)) fail(`${at}.version`, 'must be a whole number from 1');
  if (typeof version.sha256 !== 'string' || !SHA256.test(version.sha256)) {
    fail(`${at}.sha256`, 'must be 64 lower-case hexadecimal digits');
  }
  for (const key of ['published', 'message', 'path']) {
    if (typeof version[key] !== 'string') fail(`${at}.${key}`, 'must be text');
  }
  if (!isSitePath(version.path as string)) {
    fail(`${at}.path`, 'must be a path inside the site (relative, without "..")');
  }
}

/** One folder or file name: letters, digits, `.`, `_`, `~`, `-`, not starting with a dot. */
const SEGMENT = /^[\p{L}\p{N}_~-][\p{L}\p{N}._~-]{0,254}$/u;

/**
 * Whether a catalog's `path` names a file inside the site's folder, as `algobook publish` writes
 * them (`<id>/v<n>.algo.md`): relative names only. The browser resolves it with `new URL(path,
 * catalog)`, which reads a backslash as a slash (`\\evil.example/x` is another host), `%2e%2e`
 * as `..` and drops tabs and newlines, so anything but plain names is refused, not cleaned.
 */
export function isSitePath(path: string): boolean {
  return path.length <= 1024 && path.split('/').every((segment) => SEGMENT.test(segment));
}

function checkForkOf(fork: unknown, at: string, fail: (where: string, what: string) => never) {
  if (
    !isObject(fork) ||
    typeof fork.id !== 'string' ||
    !isWhole(fork.version) ||
    typeof fork.sha256 !== 'string' ||
    !SHA256.test(fork.sha256)
  ) {
    fail(at, 'must be {"id", "version", "sha256"}');
  }
}

/**
 * The catalog with one more version of a notebook: its entry is created or updated (title,
 * summary, licence, language and the id it translates from the new version, `latest`), and a fork is listed under its origin's
 * `forks` when the origin is in the same catalog. The catalog given is not changed.
 */
export function addToCatalog(
  catalog: Catalog,
  entry: Pick<CatalogEntry, 'id' | 'title' | 'summary' | 'license' | 'lang' | 'translationOf'> & {
    forkOf?: ForkOf;
  },
  version: CatalogVersion,
): Catalog {
  const notebooks = catalog.notebooks.map((item) => ({ ...item }));
  const index = notebooks.findIndex((item) => item.id === entry.id);
  const old = index >= 0 ? notebooks[index] : undefined;
  if (old?.versions.some((v) => v.version === version.version)) {
    throw new Error(`The catalog already lists version ${version.version} of "${entry.id}".`);
  }
  const updated: CatalogEntry = {
    id: entry.id,
    title: entry.title,
    ...(entry.summary ? { summary: entry.summary } : {}),
    ...(entry.license ? { license: entry.license } : {}),
    ...(entry.lang ? { lang: entry.lang } : {}),
    ...(entry.translationOf ? { translationOf: entry.translationOf } : {}),
    latest: Math.max(version.version, old?.latest ?? 0),
    versions: [...(old?.versions ?? []), version].sort((x, y) => x.version - y.version),
    ...((entry.forkOf ?? old?.forkOf) ? { forkOf: entry.forkOf ?? old?.forkOf } : {}),
    ...(old?.forks ? { forks: old.forks } : {}),
  };
  if (index >= 0) notebooks[index] = updated;
  else notebooks.push(updated);
  const forkOf = updated.forkOf;
  const origin = forkOf && notebooks.findIndex((item) => item.id === forkOf.id);
  if (forkOf && typeof origin === 'number' && origin >= 0) {
    const forks = (notebooks[origin].forks ?? []).filter((fork) => fork.id !== entry.id);
    forks.push({ id: entry.id, version: updated.latest });
    notebooks[origin] = { ...notebooks[origin], forks };
  }
  return { algobook: 1, notebooks };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
