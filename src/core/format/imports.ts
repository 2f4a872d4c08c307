import type { ErrorParams, FormatCode } from '../errors/index.ts';
import type { ImportSpec } from '../imports/types.ts';
import { FormatError } from './errors.ts';
import { SHA256_HEX as SHA256 } from './sha256-hex.ts';
import { isRecord, shown } from './values.ts';
import type { Locator } from './yaml-lines.ts';

/** The longest import name allowed: a name cells write in `from "name"`, not a stranger's essay. */
export const IMPORT_NAME_MAX = 64;

/**
 * What an import's name may be: cells write it as a string (`from "atmo"`, `use("atmo")`), so
 * any text of up to {@link IMPORT_NAME_MAX} characters without white space, quotes, backticks,
 * slashes or backslashes, which keeps it from reading as a path or a URL, or breaking out of the
 * string it is written in; and not `__proto__`.
 */
export const IMPORT_NAME = new RegExp(`^[^\\s"'\`/\\\\\\p{Cc}]{1,${IMPORT_NAME_MAX}}$`, 'u');

/**
 * Checks the front matter's `imports` (issue 14): a mapping from names to entries that each pin
 * the `url` of another notebook and the `sha256` of its bytes, with an optional `title` and
 * `mirrors`. A URL is relative (to the importing notebook) or http(s): a notebook read from the
 * web must not make the command line read the person's own files (`file:`), nor the page run a
 * `javascript:` or `data:` address. Unknown keys inside an entry are kept. An empty `imports:`
 * (null) is allowed, as a place to add some later.
 */
export function checkImports(
  imports: unknown,
  at: Locator,
): asserts imports is Record<string, ImportSpec> | null | undefined {
  if (imports === undefined || imports === null) return;
  if (!isRecord(imports))
    throw new FormatError(at.keyLine('imports'), { code: 'format-imports-not-mapping' });
  for (const [name, spec] of Object.entries(imports)) {
    const fail = failer(name, at);
    // `__proto__` would set an object's prototype wherever code keys a plain object by name.
    if (!IMPORT_NAME.test(name) || name === '__proto__')
      fail([], 'format-import-name', { value: shown(name), max: IMPORT_NAME_MAX });
    if (!isRecord(spec)) fail([], 'format-import-not-mapping');
    checkEntry(spec as Record<string, unknown>, fail);
  }
}

type Fail = (path: string[], code: FormatCode, params?: ErrorParams) => never;

/** Reports a problem of import `name` at the line of `path` (under the import). */
function failer(name: string, at: Locator): Fail {
  return (path, code, params = {}) => {
    throw new FormatError(at.keyLine('imports', name, ...path), {
      code,
      params: { import: name, ...params },
    });
  };
}

// Left empty (null) counts as not given.
const given = (value: unknown) => value !== undefined && value !== null;

function checkEntry(spec: Record<string, unknown>, fail: Fail): void {
  // A missing field is reported at the import's line, where it should be added.
  const { url, sha256, title, mirrors } = spec;
  if (typeof url !== 'string' || !url.trim()) fail(['url'], 'format-import-no-url');
  if (!importUrlAllowed(url as string))
    fail(['url'], 'format-import-url', { key: 'url', value: shown(url) });
  if (!given(sha256)) fail(['sha256'], 'format-import-no-sha256');
  if (typeof sha256 !== 'string' || !SHA256.test(sha256))
    fail(['sha256'], 'format-import-sha256', { value: shown(sha256) });
  if (given(title) && typeof title !== 'string')
    fail(['title'], 'format-import-not-text', { key: 'title', value: shown(title) });
  if (!given(mirrors)) return;
  if (!Array.isArray(mirrors))
    fail(['mirrors'], 'format-import-mirrors', { value: shown(mirrors) });
  (mirrors as unknown[]).forEach((mirror, i) => {
    if (typeof mirror !== 'string' || !mirror.trim() || !importUrlAllowed(mirror))
      fail(['mirrors'], 'format-import-url', { key: `mirror ${i + 1}`, value: shown(mirror) });
  });
}

/** True for a relative URL (to the importing notebook) or an http(s) one. */
export function importUrlAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    // Relative, unless it reads as a scheme the URL parser did not take (`javascript:` always parses).
    return !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith('//');
  }
}
