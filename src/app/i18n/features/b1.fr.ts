import type { b1En } from './b1.en.ts';

/** French messages of imports on the page (issue 14); keys start with `imports.`. */
export const b1Fr: Record<keyof typeof b1En, string> = {
  'imports.uses': 'Utilise\u00a0:',
  'imports.usesLabel': 'Algorithmes que ce carnet utilise',
  'imports.hash': 'Le SHA-256 du fichier importé commence par {short}',
  'imports.failed': '{title} n’a pas pu être importé\u00a0: {reason}',
  'imports.resolving': 'Chargement des carnets que celui-ci importe…',
};
