import type { sandboxEn } from './sandbox.en.ts';

/** French messages of the sandbox, typed against the English ones. Merged into fr.ts. */
export const sandboxFr: Record<keyof typeof sandboxEn, string> = {
  'sandbox.network.label': 'Accès au réseau',
  'sandbox.network.notice': 'Ce carnet peut contacter\u00a0: {origins}',
  'sandbox.network.detail':
    "Ses cellules peuvent y envoyer et y recevoir des données, en plus des jeux de données épinglés. Aucune autre adresse n'est joignable.",
};
