import type { Notebook } from '../format/types.ts';
import { AUTHOR_FIELDS, deriveCard, type AuthorField } from './card.ts';
import { cellInfos, type CellInfo } from './cell-info.ts';
import type { TransparencyCard } from './types.ts';

/** Something the transparency card lacks; the views word it in the reader's language. */
export type CardGap =
  | { kind: 'field'; field: AuthorField }
  | { kind: 'no-indicator' }
  | { kind: 'dataset-source'; dataset: string }
  | { kind: 'dataset-license'; dataset: string }
  | { kind: 'dataset-unpinned'; dataset: string }
  | { kind: 'parameter-label'; cell: number; name: string | null }
  | { kind: 'operation-prose'; cell: number };

/** What an author should still write before publishing, for the card to be complete. */
export function cardGaps(notebook: Notebook): CardGap[] {
  return gapsOf(deriveCard(notebook), cellInfos(notebook));
}

/**
 * The gaps of a card already derived, with its notebook's cell analysis: for callers that need
 * the card and the cells too (`cardCompleteness`), so that each cell's code is parsed once.
 */
export function gapsOf(card: TransparencyCard, infos: readonly CellInfo[]): CardGap[] {
  const gaps: CardGap[] = [];
  for (const field of AUTHOR_FIELDS) if (card[field] === null) gaps.push({ kind: 'field', field });
  if (!infos.some((c) => c.indicator)) gaps.push({ kind: 'no-indicator' });
  for (const data of card.data) {
    if (data.sha256 === null) gaps.push({ kind: 'dataset-unpinned', dataset: data.name });
    else {
      if (data.source === null) gaps.push({ kind: 'dataset-source', dataset: data.name });
      if (data.license === null) gaps.push({ kind: 'dataset-license', dataset: data.name });
    }
  }
  for (const cell of infos)
    for (const input of cell.inputs)
      if (input.label === null && card.parameters.some((p) => p.name === input.name))
        gaps.push({ kind: 'parameter-label', cell: cell.index, name: input.name });
  for (const op of card.operations)
    if (op.prose === null) gaps.push({ kind: 'operation-prose', cell: op.cell });
  return gaps;
}
