/** English messages of CSV dialects and column notes (keys `dialect.`). Merged into en.ts. */
export const dialectEn = {
  'dialect.notes': 'How the columns were read',
  'dialect.notesLabel': 'How the columns of “{name}” were read',
  'dialect.noteUnknown': 'Column {column}: read in a way this version of algobook cannot describe.',
} as const;
