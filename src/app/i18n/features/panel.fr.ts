import type { panelEn } from './panel.en.ts';

/** French messages of the data panel's parse progress and CSV dialect. Merged into fr.ts. */
export const panelFr: Record<keyof typeof panelEn, string> = {
  'panel.parsing': 'Lecture du tableau… {done} sur {total}',
  'panel.readAgain': 'Relire',
  'panel.readAgainLabel': 'Relire {name}',

  'panel.dialect': 'Comment le fichier est écrit',
  'panel.dialect.delimiter': 'Séparateur',
  'panel.dialect.decimal': 'Séparateur décimal',
  'panel.dialect.encoding': 'Encodage',
  'panel.dialect.dates': 'Dates',
  'panel.dialect.header': 'Première ligne',
  'panel.dialect.unknown': 'pas encore lu',
  'panel.dialect.fieldOf': '{field} de {name}',

  'panel.delimiter.comma': 'virgule',
  'panel.delimiter.semicolon': 'point-virgule',
  'panel.delimiter.tab': 'tabulation',
  'panel.delimiter.pipe': 'barre verticale',
  'panel.decimal.point': 'point (1.5)',
  'panel.decimal.comma': 'virgule (1,5)',
  'panel.encoding.utf8': 'UTF-8',
  'panel.encoding.utf16le': 'UTF-16 (petit-boutiste)',
  'panel.encoding.utf16be': 'UTF-16 (gros-boutiste)',
  'panel.encoding.windows1252': 'Windows-1252 (Europe de l’Ouest)',
  'panel.dates.iso': 'année-mois-jour (2024-03-31)',
  'panel.dates.dmy': 'jour/mois/année (31/03/2024)',
  'panel.dates.none': 'pas de dates (gardées en texte)',
  'panel.header.yes': 'nomme les colonnes',
  'panel.header.no': 'est une donnée (colonnes col1, col2…)',
};
