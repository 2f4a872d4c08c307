/** English messages of publishing an unchanged notebook; keys start with `cliexport.`. Merged into en.ts. */
export const cliexportEn = {
  'cliexport.unchanged':
    'Nothing changed since version {n}: no new version was made. Change the notebook first, or publish the same content again as a new version.',
  'cliexport.publishAnyway': 'Publish version {n} anyway',
};
