import type { ColumnNote } from '../data/csv/types.ts';

/**
 * What a `parse-end` event may carry of the parse's column notes: the runner's messages are
 * checked against these bounds on the page (src/runner/protocol.ts), so the runtime keeps to
 * them on its side, whatever the file holds (a column name or a bad value can be very long).
 */
export const NOTE_BOUNDS = {
  /** Notes per parse; the first ones are kept. */
  notes: 100,
  /** Characters of a column name, a code, a parameter's name or text value. */
  text: 300,
  /** Parameters of one note. */
  params: 8,
} as const;

/** The notes cut to {@link NOTE_BOUNDS}: a long text ends with "…", extra notes are left out. */
export function boundedNotes(notes: readonly ColumnNote[]): ColumnNote[] {
  return notes.slice(0, NOTE_BOUNDS.notes).map((note) => ({
    column: cut(note.column),
    code: cut(note.code),
    params: Object.fromEntries(
      Object.entries(note.params)
        .slice(0, NOTE_BOUNDS.params)
        .map(([key, value]) => [cut(key), typeof value === 'string' ? cut(value) : value]),
    ),
  }));
}

function cut(text: string): string {
  if (text.length <= NOTE_BOUNDS.text) return text;
  // Not inside a surrogate pair: the cut text stays well-formed.
  const end = /[\ud800-\udbff]/.test(text[NOTE_BOUNDS.text - 2])
    ? NOTE_BOUNDS.text - 2
    : NOTE_BOUNDS.text - 1;
  return `${text.slice(0, end)}…`;
}
