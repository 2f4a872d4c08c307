import type { ErrorLocale } from './translate.ts';

/**
 * Titles of algobook's own errors, by their `name`, in French (English keeps the name). The page
 * and the exports (HTML, ipynb) title an error with them.
 */
const FRENCH_NAMES: Record<string, string> = {
  Interrupted: 'Interrompue',
  RuntimeError: 'Erreur d’exécution',
  ReferenceError: 'Nom inconnu',
  SyntaxError: 'Erreur de syntaxe',
  TypeError: 'Erreur de type',
  RangeError: 'Valeur hors limites',
  UnknownDataset: 'Jeu de données inconnu',
  DatasetParseError: 'Données illisibles',
  DatasetHashMismatch: 'Données modifiées',
  DatasetLoadError: 'Téléchargement impossible',
  DatasetUnavailable: 'Données indisponibles',
  NetworkBlockedError: 'Accès au réseau refusé',
  RunnerGone: 'Exécuteur arrêté',
};

/**
 * The title of an error: algobook's own names (`coded`, it carries a code) in `locale`; a
 * notebook's own errors keep the name they were thrown with.
 */
export function errorName(locale: ErrorLocale, name: string, coded: boolean): string {
  if (!coded || locale === 'en') return name;
  return Object.hasOwn(FRENCH_NAMES, name) ? FRENCH_NAMES[name] : name;
}
