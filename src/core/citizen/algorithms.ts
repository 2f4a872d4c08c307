import type { FrontMatter } from '../format/types.ts';
import type { ImportEntry } from '../imports/types.ts';
import type { TransparencyCard } from './types.ts';

/**
 * The algorithms a notebook relies on, for its transparency card: every entry of its `imports:`,
 * with what resolving it told (`imports`, by name): the imported notebook's own title when the
 * importer gave none, its published version, and the web address its bytes came from.
 */
export function cardAlgorithms(
  front: Pick<FrontMatter, 'imports'>,
  imports: Readonly<Record<string, ImportEntry>> = {},
): TransparencyCard['algorithms'] {
  return Object.entries(front.imports ?? {}).map(([name, spec]) => {
    const entry = Object.hasOwn(imports, name) ? imports[name] : undefined;
    const notebook = entry && 'notebook' in entry ? entry.notebook : undefined;
    const version = notebook?.front.version;
    return {
      name,
      title: spec.title ?? notebook?.front.title ?? null,
      version: typeof version === 'number' ? version : null,
      sha256: spec.sha256,
      // The URL the bytes came from when it is a web address; a file's path on this machine is
      // nobody else's business (a card is exported and published): the URL as pinned then.
      url: entry && 'url' in entry && /^https?:/i.test(entry.url) ? entry.url : spec.url,
    };
  });
}

/** A hash as a reader is shown it: its first 12 digits, enough to tell versions apart. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
