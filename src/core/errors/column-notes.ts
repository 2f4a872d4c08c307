/**
 * What a CSV reader says about how it read a column (`ColumnNote`, src/core/data/csv/types.ts),
 * in English; column-notes.fr.ts has the French. Spread into the error catalogue.
 */
export const COLUMN_NOTES = {
  'column-not-number':
    'column "{column}" is read as text: its values are numbers, but "{value}" on line {line} is not',
  'column-not-date':
    'column "{column}" is read as text: its values are dates, but "{value}" on line {line} is not',
  'column-renamed':
    'column "{column}" is the second column named "{name}" in the header (line {line}); it was renamed',
} as const;

export type ColumnNoteCode = keyof typeof COLUMN_NOTES;
