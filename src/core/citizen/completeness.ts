import type { Notebook } from '../format/types.ts';
import { AUTHOR_FIELDS, deriveCard } from './card.ts';
import { cellInfos } from './cell-info.ts';
import { gapsOf, type CardGap } from './gaps.ts';

/** How complete a transparency card is: "9 of 12 fields", and what is missing. */
export interface Completeness {
  /** Items of the checklist with nothing missing. */
  filled: number;
  /** Items of the checklist: each author field, a key result, each dataset, parameter and step. */
  total: number;
  /** The editor checklist's own gaps (`cardGaps`), so that the two never disagree. */
  gaps: CardGap[];
}

/**
 * The card's completeness, counted on the editor checklist's items: each author field, one key
 * result marked, each dataset (pinned, with its source and licence), each parameter (labelled)
 * and each step (explained in prose). An item is filled when the checklist has no gap for it.
 */
export function cardCompleteness(notebook: Notebook): Completeness {
  const card = deriveCard(notebook);
  const infos = cellInfos(notebook);
  const gaps = gapsOf(card, infos);
  const items = new Set<string>([
    ...AUTHOR_FIELDS.map((field) => `field:${field}`),
    'indicator',
    ...card.data.map((data) => `dataset:${data.name}`),
    ...card.operations.map((op) => `operation:${op.cell}`),
  ]);
  for (const cell of infos)
    for (const input of cell.inputs)
      if (card.parameters.some((p) => p.name === input.name))
        items.add(`parameter:${cell.index}:${input.name}`);
  const missing = new Set(gaps.map(itemOf));
  for (const item of missing) items.add(item);
  return { filled: items.size - missing.size, total: items.size, gaps };
}

function itemOf(gap: CardGap): string {
  switch (gap.kind) {
    case 'field':
      return `field:${gap.field}`;
    case 'no-indicator':
      return 'indicator';
    case 'dataset-source':
    case 'dataset-license':
    case 'dataset-unpinned':
      return `dataset:${gap.dataset}`;
    case 'parameter-label':
      return `parameter:${gap.cell}:${gap.name}`;
    case 'operation-prose':
      return `operation:${gap.cell}`;
  }
}
