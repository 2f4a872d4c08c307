import type { registerEn } from './register.en.ts';

/** French messages of the register (issue 16). Merged into fr.ts. */
export const registerFr: Record<keyof typeof registerEn, string> = {
  'register.intro':
    'Le registre public de ces algorithmes\u00a0: à quoi chacun sert, qui le met en œuvre, sur quelle base légale, et à quel point sa fiche de transparence est complète. Chaque fiche est lue dans le texte publié lui-même.',
  'register.controls': 'Chercher dans le registre',
  'register.search': 'Rechercher',
  'register.searchHint': 'Titre, finalité, organisation, administration, thème, base légale',
  'register.facet.theme': 'Thème',
  'register.facet.administration': 'Administration',
  'register.facet.automation': 'Degré d’automatisation',
  'register.all': 'Tous',
  'register.sort': 'Trier par',
  'register.sort.title': 'Titre',
  'register.sort.date': 'Dernière publication',
  'register.sort.completeness': 'Complétude',
  'register.count': '{shown} sur {count} algorithme|{shown} sur {count} algorithmes',
  'register.more':
    'Ce catalogue liste {count} carnets\u00a0; le registre lit les {limit} premiers.',
  'register.noMatch': 'Aucun algorithme ne correspond à cette recherche.',
  'register.field.purpose': 'Finalité',
  'register.field.organisation': 'Organisation',
  'register.field.administration': 'Administration',
  'register.field.legalBasis': 'Base légale',
  'register.field.automation': 'Degré d’automatisation',
  'register.field.theme': 'Thème',
  'register.field.version': 'Dernière version',
  'register.field.license': 'Licence',
  'register.field.completeness': 'Fiche de transparence',
  'register.notGiven': 'non renseigné',
  'register.completeness': '{filled} sur {total} champs',
  'register.complete': 'complète',
  'register.openCard': 'Fiche de transparence',
  'register.loading': 'Lecture de sa fiche…',
  'register.unavailable': 'Fiche indisponible\u00a0: {why}',
  'register.problem.unreachable': 'son fichier est injoignable.',
  'register.problem.status': 'le serveur de son fichier a répondu par l’erreur {status}.',
  'register.problem.too-large': 'son fichier dépasse {size}, le plus que le registre lise.',
  'register.problem.hash':
    'son fichier n’est pas le texte que liste le catalogue (son SHA-256 est {actual}…, le catalogue dit {expected}…).',
  'register.problem.format': 'son fichier n’est pas un carnet valide. {reason}',
  'register.downloads': 'Télécharger le registre',
  'register.downloadsIntro':
    'Les algorithmes dont la fiche a pu être lue, aux formats des registres publics. Les champs qu’algobook ne connaît pas restent vides\u00a0: rien n’est inventé.',
  'register.download.etalab': 'Inventaire Etalab (CSV)',
  'register.download.nl': 'Algoritmeregister néerlandais (JSON)',
  'register.download.ukJson': 'ATRS britannique (JSON)',
  'register.download.ukCsv': 'ATRS britannique (CSV)',
  'register.download.gaps':
    '{file}\u00a0: {count} champ laissé vide ou non conforme à la norme.|{file}\u00a0: {count} champs laissés vides ou non conformes à la norme.',
};
