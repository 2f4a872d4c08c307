/** English messages of the data feature; keys start with `data.`. Merged into en.ts. */
export const dataEn = {
  'data.title': 'Data',
};
