import type { cliexportEn } from './cliexport.en.ts';

/** French messages of publishing an unchanged notebook; keys start with `cliexport.`. Merged into fr.ts. */
export const cliexportFr: Record<keyof typeof cliexportEn, string> = {
  'cliexport.unchanged':
    'Rien n’a changé depuis la version {n}\u00a0: aucune nouvelle version n’a été créée. Modifiez d’abord le carnet, ou publiez le même contenu comme nouvelle version.',
  'cliexport.publishAnyway': 'Publier quand même la version {n}',
};
