import { fileURLToPath } from 'node:url';
import type { ImportEntry } from '../core/imports/types.ts';

/** What `algobook verify` found of one import: its bytes against its pin. */
export interface ImportCheck {
  /** The import's name in the notebook. */
  name: string;
  /** Where its bytes came from (a path for a file), or the URL that failed. */
  url: string;
  /** The pinned sha256. */
  expected: string;
  /** The sha256 of the bytes read, when they were read and did not match (or matched). */
  actual: string | null;
  /** Why the import failed, in English, naming the import, the URL and both hashes; null when it is as pinned. */
  error: string | null;
}

/** Each import's check, from what `resolveImports` gave. */
export function importChecks(imports: Readonly<Record<string, ImportEntry>>): ImportCheck[] {
  return Object.values(imports).map((entry) => {
    const expected = entry.spec.sha256;
    if (!('error' in entry))
      return { name: entry.name, url: shown(entry.url), expected, actual: expected, error: null };
    const params = entry.error.params ?? {};
    // The import whose bytes changed may be one this import imports: its own pin then.
    const changed = entry.error.code === 'import-changed';
    return {
      name: entry.name,
      url: shown(typeof params.url === 'string' ? params.url : entry.spec.url),
      expected: changed && typeof params.expected === 'string' ? params.expected : expected,
      actual: changed && typeof params.actual === 'string' ? params.actual : null,
      error: entry.error.message,
    };
  });
}

/** One line of the text report for an import that failed. */
export function importLine(check: ImportCheck): string {
  return `import "${check.name}": ${check.error ?? `as pinned (sha256 ${check.expected})`}`;
}

/** File URLs as paths, as people wrote them. */
function shown(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}
