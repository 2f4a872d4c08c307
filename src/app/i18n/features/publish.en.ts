/** English messages of the publish feature; keys start with `publish.`. Merged into en.ts. */
export const publishEn = {
  'publish.title': 'Publish',
};
