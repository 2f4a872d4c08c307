import type { RegisterField } from './field.ts';
import type { RegisterEntry, RegisterGap } from './types.ts';

/** A field and what the export writes in it: undefined when it is left empty. */
export interface FilledField {
  field: RegisterField;
  value: string | undefined;
}

/**
 * Fills a standard's fields from a register entry, and says what each field lacks: algobook does
 * not know it (`unknown`), the author left it empty (`missing`), its value is not one the standard
 * allows (`not-allowed`, left empty rather than guessed), or it is longer than the standard
 * allows (`too-long`: cut at the limit so that the file still validates, and said). Nothing is
 * written that the entry does not say.
 */
export function fillFields(
  fields: readonly RegisterField[],
  entry: RegisterEntry,
): { filled: FilledField[]; gaps: RegisterGap[] } {
  const gaps: RegisterGap[] = [];
  const gap = (field: RegisterField, reason: RegisterGap['reason'], limit?: number) =>
    gaps.push({
      id: entry.id,
      field: field.name,
      reason,
      required: field.required,
      ...(limit === undefined ? {} : { limit }),
    });
  const filled = fields.map((field): FilledField => {
    if (field.source === 'unknown') {
      gap(field, 'unknown');
      return { field, value: undefined };
    }
    const value = field.source(entry)?.trim();
    if (!value) {
      gap(field, 'missing');
      return { field, value: undefined };
    }
    if (field.allowed && !field.allowed.includes(value)) {
      gap(field, 'not-allowed');
      return { field, value: undefined };
    }
    const chars = Array.from(value);
    if (field.maxLength !== undefined && chars.length > field.maxLength) {
      gap(field, 'too-long', field.maxLength);
      return { field, value: chars.slice(0, field.maxLength).join('') };
    }
    return { field, value };
  });
  return { filled, gaps };
}
