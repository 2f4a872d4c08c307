import type { citizenEn } from './citizen.en.ts';

/** French messages of the citizen feature, typed against the English ones. Merged into fr.ts. */
export const citizenFr: Record<keyof typeof citizenEn, string> = {
  'citizen.title': 'Comment est-ce calculé\u00a0?',
};
