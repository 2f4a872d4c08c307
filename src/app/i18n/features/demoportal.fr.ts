import type { demoportalEn } from './demoportal.en.ts';

/** French messages of the demo portal in « Ajouter depuis un portail », typed against the English ones. */
export const demoportalFr: Record<keyof typeof demoportalEn, string> = {
  'demoportal.option': 'Portail de démonstration (données d’exemple, fonctionne hors ligne)',
  'demoportal.note':
    'Les jeux de données des exemples, servis par cette application sous la forme d’un portail Opendatasoft\u00a0: cherchez dans leurs titres, mots-clés et descriptions, ou laissez la recherche vide pour les lister tous. Les jeux de données sont exportés entiers\u00a0: la démonstration ne sait pas exécuter de requête ODSQL.',
};
