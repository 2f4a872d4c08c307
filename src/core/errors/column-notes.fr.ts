import type { ColumnNoteCode } from './column-notes.ts';

/** The French of column-notes.ts. */
export const COLUMN_NOTES_FR: Record<ColumnNoteCode, string> = {
  'column-not-number':
    'la colonne «\u00a0{column}\u00a0» est lue comme du texte\u00a0: ses valeurs sont des nombres, sauf «\u00a0{value}\u00a0» à la ligne {line}',
  'column-not-date':
    'la colonne «\u00a0{column}\u00a0» est lue comme du texte\u00a0: ses valeurs sont des dates, sauf «\u00a0{value}\u00a0» à la ligne {line}',
  'column-renamed':
    'la colonne «\u00a0{column}\u00a0» est la deuxième colonne nommée «\u00a0{name}\u00a0» dans l’en-tête (ligne {line})\u00a0; elle a été renommée',
};
