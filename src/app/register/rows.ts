import type { ListedVersion } from '../../core/register/entry.ts';
import type { RegisterEntry } from '../../core/register/types.ts';
import type { CatalogEntry, CatalogVersion } from '../../core/publish/types.ts';
import { MAX_REGISTER_NOTEBOOKS } from './limits.ts';
import type { VersionProblem } from './problems.ts';

/** Where a row's card stands: being read, read (the entry), or unavailable and why. */
export type CardState =
  | { kind: 'loading' }
  | { kind: 'ready'; entry: RegisterEntry }
  | { kind: 'unavailable'; problem: VersionProblem };

/**
 * One algorithm of the register: what its catalog lists (title, licence, latest version) and
 * its card once its latest version has been read. A row without a card still shows the former.
 */
export interface RegisterRow {
  listed: CatalogEntry;
  /** The catalog's record of its latest version. */
  latest: CatalogVersion;
  card: CardState;
}

/** The catalog's record of an entry's latest version (`readCatalog` checked that it exists). */
export function latestOf(entry: CatalogEntry): CatalogVersion {
  return entry.versions.find((v) => v.version === entry.latest) ?? entry.versions.at(-1)!;
}

/**
 * The rows of a register from a catalog's listed entries (a notebook and its translations once,
 * as `listedFor` gives them): at most `max` of them, the rest counted as `left`.
 */
export function registerRows(
  listed: readonly CatalogEntry[],
  max = MAX_REGISTER_NOTEBOOKS,
): { rows: RegisterRow[]; left: number } {
  const rows = listed.slice(0, max).map((entry) => ({
    listed: entry,
    latest: latestOf(entry),
    card: { kind: 'loading' } as const,
  }));
  return { rows, left: Math.max(0, listed.length - max) };
}

/** What `registerEntry` takes from the catalog for a row; `url` is where a person reads it. */
export function listedVersion(
  row: Pick<RegisterRow, 'listed' | 'latest'>,
  url: string,
): ListedVersion {
  const { listed, latest } = row;
  return {
    id: listed.id,
    title: listed.title,
    ...(listed.lang && { lang: listed.lang }),
    ...(listed.license && { license: listed.license }),
    version: latest.version,
    published: latest.published,
    sha256: latest.sha256,
    url,
  };
}

/** The entries of the rows whose card was read, in the rows' order: what a download exports. */
export function readyEntries(rows: readonly RegisterRow[]): RegisterEntry[] {
  return rows.flatMap((row) => (row.card.kind === 'ready' ? [row.card.entry] : []));
}
