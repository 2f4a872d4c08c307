/**
 * English messages of the examples' translations; keys start with `examples.`. Merged into en.ts.
 * A "read in" link is worded in the language it leads to, the same in every dictionary.
 */
export const examplesEn = {
  'examples.translations': 'This notebook in other languages',
  'examples.readIn.en': 'Read in English',
  'examples.readIn.fr': 'Lire en français',
  'examples.unknown': 'No example has the id “{id}”.',
};
