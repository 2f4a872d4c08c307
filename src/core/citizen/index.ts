export { cellGraph, cellNodeId, datasetNodeId } from './graph.ts';
export { headingAbove } from './headings.ts';
export { chainOf } from './chain.ts';
export { sectionOf, stepName, withoutHeading } from './step-names.ts';
export {
  deriveCard,
  AUTHOR_FIELDS,
  CARD_FIELDS_FIRST,
  CARD_FIELDS_LAST,
  OPTIONAL_FIELDS,
  type AuthorField,
  type OptionalField,
} from './card.ts';
export { cardGaps, type CardGap } from './gaps.ts';
export { cardAlgorithms, shortHash } from './algorithms.ts';
export { cellInfos, type CellInfo } from './cell-info.ts';
export { isIndicator, indicatorTitle, parseOptions } from './options.ts';
export type * from './types.ts';
export { cardCompleteness, type Completeness } from './completeness.ts';
