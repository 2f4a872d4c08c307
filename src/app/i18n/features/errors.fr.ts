/** Titles of the errors of algobook's own, by their `name`. */
export const errorsFr = {
  'error.name.Interrupted': 'Interrompue',
  'error.name.RunnerCrashed': 'Exécuteur arrêté',
  'error.name.RuntimeError': 'Erreur d’exécution',
  'error.name.ReferenceError': 'Nom inconnu',
  'error.name.SyntaxError': 'Erreur de syntaxe',
  'error.name.TypeError': 'Erreur de type',
  'error.name.RangeError': 'Valeur hors limites',
  'error.name.UnknownDataset': 'Jeu de données inconnu',
  'error.name.DatasetParseError': 'Données illisibles',
  'error.name.DatasetHashMismatch': 'Données modifiées',
};
