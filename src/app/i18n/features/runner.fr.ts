import type { runnerEn } from './runner.en.ts';

/** French messages of the runner's trust boundary. */
export const runnerFr: Record<keyof typeof runnerEn, string> = {
  'runner.tampered':
    "Le code de ce carnet a manipulé son exécuteur : l'application a cessé de l'exécuter. Les résultats affichés peuvent ne pas être ceux du carnet ; rien ne s'exécute avant de recharger la page.",
  'runner.flood':
    "Le code de ce carnet a envoyé à la page plus qu'une exécution ne le peut : l'application a cessé de l'exécuter. Rien ne s'exécute avant de recharger la page.",
  'runner.crashed':
    "L'exécuteur des cellules a cessé de fonctionner (sa mémoire est peut-être épuisée). Les cellules ne s'exécutent pas.",
  'runner.restart': 'Redémarrer',
};
