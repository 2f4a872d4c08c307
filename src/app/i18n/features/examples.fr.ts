import type { examplesEn } from './examples.en.ts';

/** French messages of the examples' translations; see examples.en.ts. */
export const examplesFr: Record<keyof typeof examplesEn, string> = {
  'examples.translations': 'Ce carnet dans d’autres langues',
  'examples.readIn.en': 'Read in English',
  'examples.readIn.fr': 'Lire en français',
  'examples.unknown': 'Aucun exemple n’a l’identifiant «\u00a0{id}\u00a0».',
};
