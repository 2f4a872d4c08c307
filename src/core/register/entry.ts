import { cardCompleteness } from '../citizen/completeness.ts';
import { deriveCard } from '../citizen/card.ts';
import type { Notebook } from '../format/types.ts';
import type { RegisterEntry } from './types.ts';

/** What a catalog says of a notebook's latest version, besides the notebook itself. */
export interface ListedVersion {
  id: string;
  title: string;
  lang?: string;
  license?: string;
  version: number;
  published: string;
  sha256: string;
  url?: string;
}

/**
 * A register's row for a published notebook: what its catalog lists, its transparency card and
 * the card's completeness, all derived from the version's own text so that nothing is typed twice.
 */
export function registerEntry(notebook: Notebook, listed: ListedVersion): RegisterEntry {
  const { filled, total } = cardCompleteness(notebook);
  return {
    ...listed,
    card: deriveCard(notebook),
    completeness: { filled, total },
  };
}
