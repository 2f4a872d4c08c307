import type { CardGap } from '../citizen/gaps.ts';
import type { ExportLabel, ExportWords } from './export-labels.ts';

const STATUS_LABELS = {
  development: 'statusDevelopment',
  'in-use': 'statusInUse',
  retired: 'statusRetired',
} as const satisfies Record<string, ExportLabel>;

/** A status (`in-use`) in the export's words ("In use", "En service"). */
export function statusWords(status: keyof typeof STATUS_LABELS, w: ExportWords): string {
  return w(STATUS_LABELS[status]);
}

/**
 * A gap of the card in the export's words, as the app's checklist says it (app/citizen/gap-message.ts):
 * the standalone page and `algobook card` list what the card lacks the same way. A missing field
 * is named by its label (a reader's page shows no key of the card); the format's own words
 * (`source`, `label`) stay between backquotes.
 */
export function gapWords(gap: CardGap, w: ExportWords): string {
  switch (gap.kind) {
    case 'field':
      return w('gapField', { field: w(gap.field) });
    case 'no-indicator':
      return w('gapNoIndicator');
    case 'dataset-source':
      return w('gapDatasetSource', { name: gap.dataset });
    case 'dataset-license':
      return w('gapDatasetLicense', { name: gap.dataset });
    case 'dataset-unpinned':
      return w('gapDatasetUnpinned', { name: gap.dataset });
    case 'parameter-label':
      return w('gapParameterLabel', { cell: w.number(gap.cell + 1) });
    case 'operation-prose':
      return w('gapOperationProse', { cell: w.number(gap.cell + 1) });
  }
}
