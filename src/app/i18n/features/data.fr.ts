import type { dataEn } from './data.en.ts';

/** French messages of the data feature, typed against the English ones. Merged into fr.ts. */
export const dataFr: Record<keyof typeof dataEn, string> = {
  'data.title': 'Données',
};
