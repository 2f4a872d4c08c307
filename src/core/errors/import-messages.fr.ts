import type { IMPORT_FORMAT_REASONS, IMPORT_MESSAGES } from './import-messages.ts';

/** The French of `import-messages.ts`. */
export const IMPORT_FORMAT_REASONS_FR: Record<keyof typeof IMPORT_FORMAT_REASONS, string> = {
  'format-imports-not-mapping':
    '`imports` doit associer à chaque nom d’import l’`url` et le `sha256` du carnet importé',
  'format-import-name':
    'le nom d’import {value} doit être un texte de 1 à {max} caractères, sans espace, guillemet, accent grave, barre oblique ni barre oblique inverse, et autre que «\u00a0__proto__\u00a0»',
  'format-import-not-mapping':
    'l’import «\u00a0{import}\u00a0» doit être une table avec `url` et `sha256`',
  'format-import-no-url':
    'l’import «\u00a0{import}\u00a0» doit avoir une `url`\u00a0: le carnet qu’il importe',
  'format-import-url':
    'l’import «\u00a0{import}\u00a0» a pour {key} {value}\u00a0; attendu une URL http(s) ou un chemin relatif à ce carnet',
  'format-import-no-sha256':
    'l’import «\u00a0{import}\u00a0» doit avoir un `sha256`\u00a0: les 64 chiffres hexadécimaux minuscules du fichier importé',
  'format-import-sha256':
    'l’import «\u00a0{import}\u00a0» a pour sha256 {value}\u00a0; attendu 64 chiffres hexadécimaux minuscules',
  'format-import-not-text':
    'l’import «\u00a0{import}\u00a0» a pour {key} {value}\u00a0; attendu un texte',
  'format-import-mirrors':
    'l’import «\u00a0{import}\u00a0» a pour miroirs {value}\u00a0; attendu une liste d’URL',
  'format-duplicate-import':
    'le nom d’import «\u00a0{key}\u00a0» figure deux fois (d’abord à la ligne {first})',
};

export const IMPORT_MESSAGES_FR: Record<keyof typeof IMPORT_MESSAGES, string> = {
  'import-changed':
    'L’import «\u00a0{import}\u00a0» ne correspond pas à son empreinte épinglée\u00a0: {url} sert des octets de sha256 {actual}, le carnet épingle le sha256 {expected}. Le carnet importé a changé depuis qu’il a été épinglé\u00a0: épinglez la nouvelle version ou restaurez le fichier d’origine.',
  'import-unavailable':
    'L’import «\u00a0{import}\u00a0» n’a pas pu être chargé depuis {url}. {reason}',
  'import-malformed':
    'L’import «\u00a0{import}\u00a0» à l’adresse {url} n’est pas un carnet algobook. {reason}',
  'import-local-missing':
    'L’import «\u00a0{import}\u00a0» lit le fichier «\u00a0{file}\u00a0» à côté de ce carnet, mais ce carnet n’a pas d’emplacement d’où le lire.',
  'import-cycle':
    'Les imports forment un cycle\u00a0: {cycle}. Un carnet ne peut pas s’importer lui-même, directement ou par d’autres.',
  'import-too-many':
    'L’import «\u00a0{import}\u00a0» est un import de trop\u00a0: ce carnet atteint plus de {max} carnets importés (chacun compté à chaque fois qu’il est importé).',
  'import-too-deep':
    'L’import «\u00a0{import}\u00a0» est imbriqué à plus de {max} niveaux d’imports\u00a0; algobook ne résout pas plus profond.',
};
