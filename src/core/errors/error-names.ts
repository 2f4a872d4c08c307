import type { ErrorLocale } from './translate.ts';

/**
 * Titles of algobook's own errors, by their `name`, in French (English keeps the name, but for a few). The page
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
  LocalFileMissing: 'Fichier absent de ce navigateur',
  ParseCancelled: 'Lecture annulée',
  NetworkBlockedError: 'Accès au réseau refusé',
  RunnerGone: 'Exécuteur arrêté',
  RunnerCrashed: 'Exécuteur arrêté',
  ImportError: 'Erreur d’import',
  ImportChanged: 'Import modifié',
  ImportUnavailable: 'Import indisponible',
  ImportMalformed: 'Import illisible',
  ImportCycle: 'Imports en cycle',
  ImportTooDeep: 'Imports trop imbriqués',
  ImportTooMany: 'Trop d’imports',
};

/** English titles for the few names that are not words as they are. */
const ENGLISH_NAMES: Record<string, string> = {
  RunnerCrashed: 'Runner crashed',
  LocalFileMissing: 'File not in this browser',
  ParseCancelled: 'Reading cancelled',
  ImportError: 'Import error',
  ImportChanged: 'Import changed',
  ImportUnavailable: 'Import unavailable',
  ImportMalformed: 'Import unreadable',
  ImportCycle: 'Import cycle',
  ImportTooDeep: 'Imports too deep',
  ImportTooMany: 'Too many imports',
};

/**
 * The title of an error: algobook's own names (`coded`, it carries a code) in `locale`; a
 * notebook's own errors keep the name they were thrown with.
 */
export function errorName(locale: ErrorLocale, name: string, coded: boolean): string {
  if (!coded) return name;
  const names = locale === 'en' ? ENGLISH_NAMES : FRENCH_NAMES;
  return Object.hasOwn(names, name) ? names[name] : name;
}
