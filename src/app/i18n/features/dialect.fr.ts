import type { dialectEn } from './dialect.en.ts';

/** Messages français des dialectes CSV et des notes sur les colonnes (clés `dialect.`). */
export const dialectFr: Record<keyof typeof dialectEn, string> = {
  'dialect.notes': 'Comment les colonnes ont été lues',
  'dialect.notesLabel': 'Comment les colonnes de «\u00a0{name}\u00a0» ont été lues',
  'dialect.noteUnknown':
    'Colonne {column}\u00a0: lue d’une façon que cette version d’algobook ne sait pas décrire.',
};
