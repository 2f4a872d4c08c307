import type { snapshotEn } from './snapshot.en.ts';

/** French messages of a published version's output snapshot (issue 15). Merged into fr.ts. */
export const snapshotFr: Record<keyof typeof snapshotEn, string> = {
  'snapshot.mark.published': 'Résultats publiés',
  'snapshot.mark.publishedText':
    'Affichés tels qu’ils ont été publiés\u00a0; le carnet est en train d’être exécuté à nouveau dans ce navigateur.',
  'snapshot.mark.reproduced': 'Reproduit à l’instant',
  'snapshot.mark.reproducedText':
    'Le carnet a été exécuté à nouveau dans ce navigateur et a donné les résultats publiés.',
  'snapshot.mark.differs': 'Pas les résultats publiés',
  'snapshot.mark.differsText':
    'L’exécution en direct diffère des résultats publiés dans la cellule {cells}.|L’exécution en direct diffère des résultats publiés dans les cellules {cells}.',
  'snapshot.mark.unchecked': 'Résultats en direct',
  'snapshot.mark.uncheckedText':
    'L’exécution en direct n’a pas pu être comparée aux résultats publiés.',
  'snapshot.mark.uncheckedCells':
    'La cellule {cells} n’a pas pu être comparée aux résultats publiés.|Les cellules {cells} n’ont pas pu être comparées aux résultats publiés.',
  'snapshot.ignored.other-version':
    'Les résultats publiés ont été ignorés\u00a0: ils n’appartiennent pas à cette version.',
  'snapshot.ignored.invalid':
    'Les résultats publiés ont été ignorés\u00a0: leur fichier n’est pas un fichier de résultats valide.',
  'snapshot.ignored.not-json':
    'Les résultats publiés ont été ignorés\u00a0: leur fichier n’est pas un fichier de résultats valide.',
  'snapshot.ignored.too-large':
    'Les résultats publiés ont été ignorés\u00a0: leur fichier est trop volumineux.',
  'snapshot.published': 'Publié',
  'snapshot.now': 'Maintenant',
  'snapshot.difference': 'Différence',
  'snapshot.tableRows': 'Publié\u00a0: {published} lignes. Maintenant\u00a0: {now} lignes.',
  'snapshot.firstRow': 'Première ligne qui diffère\u00a0: ligne {row}.',
  'snapshot.differs': 'Le résultat diffère de celui publié.',
};
