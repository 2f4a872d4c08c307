import type { publishEn } from './publish.en.ts';

/** French messages of the publish feature, typed against the English ones. Merged into fr.ts. */
export const publishFr: Record<keyof typeof publishEn, string> = {
  'publish.title': 'Publier',
};
