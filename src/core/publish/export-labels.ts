/**
 * The words of the exports (standalone HTML, ipynb), in the reader's language. The notebook's own
 * words are never translated; these are the page's labels around them. Kept in the core because
 * the command line writes the same exports (`algobook export --lang fr`).
 */

/** The languages an export can be written in. */
export type ExportLang = 'en' | 'fr';

export const EXPORT_LANGS: readonly ExportLang[] = ['en', 'fr'];

export function isExportLang(value: unknown): value is ExportLang {
  return value === 'en' || value === 'fr';
}

const en = {
  cell: 'Cell {n}',
  importedFrom: 'Imported from {url} (sha256 {sha256})',
  importedCell: 'Cell {n} of “{title}”',
  algorithms: 'Algorithms it relies on',
  algorithmVersion: 'version {n}',
  codeOf: 'Code of cell {n}',
  version: 'Version',
  draft: 'Draft (not published)',
  published: 'Published',
  message: 'Message',
  parent: 'Parent',
  forkedFrom: 'Forked from',
  forkOrigin: '{id} version {version}',
  licence: 'Licence',
  authors: 'Authors',
  notebookId: 'Notebook id',
  datasets: 'Datasets',
  title: 'Title',
  source: 'Source',
  file: 'File',
  format: 'Format',
  notStated: 'not stated',
  size: 'Size',
  bytes: '{n} bytes',
  retrieved: 'Retrieved',
  modified: 'Modified',
  portal: 'Portal',
  portalDataset: 'dataset',
  mirrors: 'Mirrors',
  card: 'Transparency card',
  cardIntro:
    'What French law asks a public administration to say of an algorithm it uses (code des relations entre le public et l’administration, article R311-3-1-2). The data, parameters and operations are read from the notebook itself, so they are those of the code.',
  purpose: 'Purpose',
  contribution: 'Contribution to the decision',
  automation: 'Level of automation',
  legalBasis: 'Legal basis',
  administration: 'Administration',
  contact: 'Contact',
  updated: 'Updated',
  organisation: 'Organisation',
  status: 'Status',
  begin: 'In use since',
  theme: 'Theme',
  risks: 'Risks',
  humanReview: 'Human review',
  statusDevelopment: 'In development',
  statusInUse: 'In use',
  statusRetired: 'No longer in use',
  completeness: 'Completeness: {filled} of {n} field|Completeness: {filled} of {n} fields',
  missingItems: 'Still missing:',
  gapField: '“{field}” is missing.',
  gapNoIndicator:
    'No key result: mark the cells whose outputs matter with `js indicator` so that the card lists what they depend on.',
  gapDatasetSource: 'Dataset “{name}” has no `source`.',
  gapDatasetLicense: 'Dataset “{name}” has no `license`.',
  gapDatasetUnpinned: 'Dataset “{name}” is read by the code but not pinned in the front matter.',
  gapParameterLabel: 'An input of cell {cell} has no `label`.',
  gapOperationProse: 'Cell {cell} has no text just before it explaining what it does.',
  dataProcessed: 'Data processed and their sources',
  parameters: 'Parameters and their values',
  operations: 'Operations performed',
  notGiven: 'Not given by the author',
  none: 'None',
  computedValue: 'computed by the code',
  noProse: 'The author wrote no explanation for this step.',
  footer:
    'Exported by algobook. This page runs no code: the outputs were computed when it was exported. To check them, run <code>algobook verify</code> on the notebook file.',
  livePageFooter:
    'Published with algobook. The results above were computed when this version was published; this page runs the notebook again in your browser to check them.',
  livePageMark:
    'Published results. The notebook is starting in your browser to compute them again.',
  livePageOpen: 'Open it in algobook',
  livePageFile: 'its file',
  chartFailed: 'This chart could not be drawn: {reason}',
  input: 'Input',
  chart: 'Chart ({mark})',
  rows: '{n} row|{n} rows',
  columns: '{n} column|{n} columns',
  firstShown: 'first {n} shown',
  table: 'Table: {size}',
  moreRows: '… {n} more rows',
};

export type ExportLabel = keyof typeof en;

const fr: Record<ExportLabel, string> = {
  cell: 'Cellule {n}',
  importedFrom: 'Importé de {url} (sha256 {sha256})',
  importedCell: 'Cellule {n} de «\u00a0{title}\u00a0»',
  algorithms: 'Algorithmes sur lesquels il s’appuie',
  algorithmVersion: 'version {n}',
  codeOf: 'Code de la cellule {n}',
  version: 'Version',
  draft: 'Brouillon (non publié)',
  published: 'Publié le',
  message: 'Message',
  parent: 'Parent',
  forkedFrom: 'Copié de',
  forkOrigin: '{id} version {version}',
  licence: 'Licence',
  authors: 'Auteurs',
  notebookId: 'Identifiant du carnet',
  datasets: 'Jeux de données',
  title: 'Titre',
  source: 'Source',
  file: 'Fichier',
  format: 'Format',
  notStated: 'non indiquée',
  size: 'Taille',
  bytes: '{n} octets',
  retrieved: 'Récupéré le',
  modified: 'Modifié le',
  portal: 'Portail',
  portalDataset: 'jeu de données',
  mirrors: 'Miroirs',
  card: 'Fiche de transparence',
  cardIntro:
    'Ce que la loi demande à une administration de dire d’un algorithme qu’elle utilise (code des relations entre le public et l’administration, article R311-3-1-2). Les données, paramètres et opérations sont lus dans le carnet lui-même\u00a0: ce sont ceux du code.',
  purpose: 'Finalité',
  contribution: 'Contribution à la décision',
  automation: 'Degré d’automatisation',
  legalBasis: 'Base légale',
  administration: 'Administration',
  contact: 'Contact',
  updated: 'Mise à jour',
  organisation: 'Organisme',
  status: 'Statut',
  begin: 'En service depuis',
  theme: 'Thème',
  risks: 'Risques',
  humanReview: 'Intervention humaine',
  statusDevelopment: 'En développement',
  statusInUse: 'En service',
  statusRetired: 'Retiré',
  completeness:
    'Complétude\u00a0: {filled} champ sur {n}|Complétude\u00a0: {filled} champs sur {n}',
  missingItems: 'Manque encore\u00a0:',
  gapField: '«\u00a0{field}\u00a0» manque.',
  gapNoIndicator:
    'Aucun résultat clé\u00a0: marquez les cellules dont les résultats comptent avec `js indicator` pour que la fiche liste ce dont elles dépendent.',
  gapDatasetSource: 'Le jeu de données «\u00a0{name}\u00a0» n’a pas de `source`.',
  gapDatasetLicense: 'Le jeu de données «\u00a0{name}\u00a0» n’a pas de `license`.',
  gapDatasetUnpinned:
    'Le jeu de données «\u00a0{name}\u00a0» est lu par le code mais n’est pas épinglé dans l’en-tête.',
  gapParameterLabel: 'Une entrée de la cellule {cell} n’a pas de `label`.',
  gapOperationProse:
    'La cellule {cell} n’a pas de texte juste avant elle pour expliquer ce qu’elle fait.',
  dataProcessed: 'Données traitées et leurs sources',
  parameters: 'Paramètres et leurs valeurs',
  operations: 'Opérations effectuées',
  notGiven: 'Non indiqué par l’auteur',
  none: 'Aucun',
  computedValue: 'calculé par le code',
  noProse: 'L’auteur n’a pas écrit d’explication pour cette étape.',
  footer:
    'Exporté par algobook. Cette page n’exécute aucun code\u00a0: les résultats ont été calculés lors de l’export. Pour les vérifier, lancez <code>algobook verify</code> sur le fichier du carnet.',
  livePageFooter:
    'Publié avec algobook. Les résultats ci-dessus ont été calculés à la publication de cette version\u00a0; cette page réexécute le carnet dans votre navigateur pour les vérifier.',
  livePageMark: 'Résultats publiés. Le carnet démarre dans votre navigateur pour les recalculer.',
  livePageOpen: 'L’ouvrir dans algobook',
  livePageFile: 'son fichier',
  chartFailed: 'Ce graphique n’a pas pu être dessiné\u00a0: {reason}',
  input: 'Saisie',
  chart: 'Graphique ({mark})',
  rows: '{n} ligne|{n} lignes',
  columns: '{n} colonne|{n} colonnes',
  firstShown: '{n} premières affichées',
  table: 'Tableau\u00a0: {size}',
  moreRows: '… {n} lignes de plus',
};

/** Every label in every language (tests compare them). */
export const EXPORT_LABELS: Record<ExportLang, Record<ExportLabel, string>> = { en, fr };

/** The words of an export in one language; numbers are written the language's way. */
export interface ExportWords {
  lang: ExportLang;
  /** The label `key`, `{name}` filled in; `n` also picks the singular or plural form. */
  (key: ExportLabel, params?: Record<string, string | number>): string;
  number(n: number): string;
}

export function exportWords(lang: ExportLang = 'en'): ExportWords {
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const number = (n: number) => numbers.format(n);
  const words = (key: ExportLabel, params: Record<string, string | number> = {}) => {
    let template = EXPORT_LABELS[lang][key];
    const bar = template.indexOf('|');
    if (bar >= 0) {
      const n = params.n;
      const one = typeof n === 'number' && plurals.select(n) === 'one';
      template = one ? template.slice(0, bar) : template.slice(bar + 1);
    }
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? number(value) : value;
    });
  };
  return Object.assign(words, { lang, number });
}
