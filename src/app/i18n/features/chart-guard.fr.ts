import type { chartGuardEn } from './chart-guard.en.ts';

/** French messages of the chart guard, typed against the English ones. Merged into fr.ts. */
export const chartGuardFr: Record<keyof typeof chartGuardEn, string> = {
  'chartGuard.load':
    'Ce graphique a tenté de charger {url}. Un graphique ne dessine que les données que la cellule lui passe\u00a0: chargez le fichier avec dataset() et passez la table à chart().',
  'chartGuard.image':
    'Ce graphique a tenté d’afficher l’image {url}. Un graphique ne charge rien depuis le web\u00a0: le serveur de l’image apprendrait qui lit ce carnet.',
  'chartGuard.href':
    'Ce graphique pointe vers {url}, qui n’est pas une adresse web (http ou https)\u00a0: le lien n’a pas été suivi.',
  'chartGuard.config':
    'Ce graphique donne sa configuration sous forme d’adresse ({url}). Un graphique ne charge rien\u00a0: écrivez la configuration dans la spécification, comme un objet.',
};
