import type { sandboxEn } from './sandbox.en.ts';

/** French messages of the sandbox, typed against the English ones. Merged into fr.ts. */
export const sandboxFr: Record<keyof typeof sandboxEn, string> = {
  'sandbox.network.label': 'Accès au réseau',
  'sandbox.network.notice': 'Ce carnet peut contacter\u00a0: {origins}',
  'sandbox.network.detail':
    "Ses cellules peuvent y envoyer et y recevoir des données, en plus des jeux de données épinglés. Aucune autre adresse n'est joignable.",
  'sandbox.crashed':
    "L'exécuteur des cellules s'est arrêté, sans doute parce que {cells} a utilisé trop de mémoire. La page n'est pas touchée\u00a0; les autres cellules ont été exécutées à nouveau, et celle qui a été arrêtée attend que vous la relanciez.",
};
