/** Register rows and catalog entries for the register's unit tests. */
import type { TransparencyCard } from '../../../src/core/citizen/types.ts';
import type { CatalogEntry } from '../../../src/core/publish/types.ts';
import type { RegisterRow } from '../../../src/app/register/rows.ts';
import type { VersionProblem } from '../../../src/app/register/problems.ts';
import { emptyCard } from '../../core/register/entries.ts';

export function catalogEntry(id: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id,
    title: id,
    latest: 1,
    versions: [
      {
        version: 1,
        sha256: 'b'.repeat(64),
        published: '2026-01-01T10:00:00Z',
        message: 'First',
        path: `${id}/v1.algo.md`,
      },
    ],
    ...extra,
  };
}

/** The card where the author wrote nothing: the register core tests' own. */
const EMPTY: TransparencyCard = emptyCard();

/** A row whose card was read: `card` over an empty one, `filled` of 10 fields. */
export function readyRow(
  title: string,
  card: Partial<TransparencyCard> = {},
  { filled = 5, published = '2026-01-01T10:00:00Z' } = {},
): RegisterRow {
  const listed = catalogEntry(title.toLowerCase().replace(/\W+/g, '-'), { title });
  const latest = { ...listed.versions[0], published };
  return {
    listed,
    latest,
    card: {
      kind: 'ready',
      entry: {
        id: listed.id,
        title,
        version: 1,
        published,
        sha256: latest.sha256,
        card: { ...EMPTY, ...card },
        completeness: { filled, total: 10 },
      },
    },
  };
}

/** A row whose card could not be read. */
export function unavailableRow(
  title: string,
  problem: VersionProblem = { kind: 'unreachable' },
): RegisterRow {
  const listed = catalogEntry(title.toLowerCase(), { title });
  return { listed, latest: listed.versions[0], card: { kind: 'unavailable', problem } };
}

export const titles = (rows: readonly RegisterRow[]) => rows.map((row) => row.listed.title);
