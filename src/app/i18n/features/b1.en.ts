/**
 * English messages of imports on the page (issue 14): the reader's "Uses:" line; keys start with
 * `imports.`. Merged into en.ts.
 */
export const b1En = {
  'imports.uses': 'Uses:',
  'imports.usesLabel': 'Algorithms this notebook uses',
  'imports.hash': 'The imported file’s SHA-256 begins with {short}',
  'imports.failed': '{title} could not be imported: {reason}',
  'imports.resolving': 'Loading the notebooks this one imports…',
};
