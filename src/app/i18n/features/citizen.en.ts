/** English messages of the citizen feature; keys start with `citizen.`. Merged into en.ts. */
export const citizenEn = {
  'citizen.title': 'How is this computed?',
};
