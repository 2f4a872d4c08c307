import type { MetadataField } from '../../core/metadata/index.ts';

/**
 * Whether the metadata editor is open, and which field it should focus: the header's button
 * opens it at the title, the card's checklist at the field it asks for.
 */
export class MetadataEditor {
  open = $state(false);
  focus: MetadataField = $state('title');

  show(field: MetadataField = 'title') {
    this.focus = field;
    this.open = true;
  }

  close() {
    this.open = false;
  }
}

/** The id of a field's control in the editor, for focus and labels. */
export function fieldId(field: MetadataField): string {
  return `metadata-${field}`;
}
