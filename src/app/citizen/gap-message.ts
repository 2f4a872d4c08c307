import type { CardGap } from '../../core/citizen/index.ts';
import { t, type MessageKey } from '../i18n/i18n.svelte.ts';

/**
 * What a gap of the transparency card says, in the interface's language: the editor's checklist
 * and the card's completeness line word the same gap the same way. Key names are written
 * between backquotes; {@link codeParts} shows them as code. For `readers` (the card), a missing
 * field is named by its label alone: the card shows no key of the front matter.
 */
export function gapMessage(gap: CardGap, readers = false): string {
  switch (gap.kind) {
    case 'field':
      if (readers)
        return t('metadata.gap.field', { field: t(`citizen.card.${gap.field}` as MessageKey) });
      return t('citizen.gap.field', {
        field: t(`citizen.card.${gap.field}` as MessageKey),
        key: gap.field,
      });
    case 'no-indicator':
      return t('citizen.gap.noIndicator');
    case 'dataset-source':
      return t('citizen.gap.datasetSource', { name: gap.dataset });
    case 'dataset-license':
      return t('citizen.gap.datasetLicense', { name: gap.dataset });
    case 'dataset-unpinned':
      return t('citizen.gap.datasetUnpinned', { name: gap.dataset });
    case 'parameter-label':
      return t('citizen.gap.parameterLabel', { n: gap.cell + 1 });
    case 'operation-prose':
      return t('citizen.gap.operationProse', { n: gap.cell + 1 });
  }
}

/** The `code` spans of a message, so that key names read as keys. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part }));
}
