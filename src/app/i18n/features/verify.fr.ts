import type { verifyEn } from './verify.en.ts';

/** French messages of the trust work on versions, typed against the English ones. */
export const verifyFr: Record<keyof typeof verifyEn, string> = {
  'verify.unchecked':
    'Les résultats se reproduisent\u00a0; l’identité de cette copie n’a pas été vérifiée\u00a0: aucun enregistrement publié (le catalogue du site, ou un lien avec #sha256=) n’atteste que ce texte est celui publié. Son auteur, ou quiconque l’a modifié, a pu changer sa prose ou ses sources de données et y inscrire ses propres résultats.',
  'verify.failingCells':
    'Non publié\u00a0: {count} cellule échoue. Une version enregistre les résultats d’un carnet qui s’exécute\u00a0; corrigez-la d’abord\u00a0:|Non publié\u00a0: {count} cellules échouent. Une version enregistre les résultats d’un carnet qui s’exécute\u00a0; corrigez-les d’abord\u00a0:',
  'verify.failingCell': 'Cellule {n}\u00a0: {error}',
  'verify.pageDigest':
    'Cellule {n}\u00a0: ce que cette page montre n’est pas ce que son exécuteur a déclaré (les empreintes diffèrent). Le code de ce carnet a altéré son exécuteur\u00a0; c’est l’empreinte de ce que la page montre qui est comparée.',
  'verify.shownUnchecked':
    'Les résultats se reproduisent\u00a0; la cellule {cells} n’a pas pu être vérifiée d’après ce que cette page montre\u00a0: ses tableaux ont des colonnes dont la page ne sait pas calculer l’empreinte elle-même, son résultat reproduit repose donc sur la seule parole de l’exécuteur.|Les résultats se reproduisent\u00a0; les cellules {cells} n’ont pas pu être vérifiées d’après ce que cette page montre\u00a0: leurs tableaux ont des colonnes dont la page ne sait pas calculer l’empreinte elle-même, leurs résultats reproduits reposent donc sur la seule parole de l’exécuteur.',
};
