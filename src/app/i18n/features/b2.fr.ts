import type { b2En } from './b2.en.ts';

/** French messages of imports in the editor and the citizen views, typed against the English ones. */
export const b2Fr: Record<keyof typeof b2En, string> = {
  'importCitizen.into': 'Dans «\u00a0{title}\u00a0», le carnet que celui-ci importe',
  'importCitizen.back': 'De retour dans ce carnet',
  'importCitizen.computedThere': 'Calculé dans «\u00a0{title}\u00a0», tel que publié.',
  'importCitizen.group': 'Importé\u00a0: {title}',
  'importCitizen.kind': 'Importé',
  'importCitizen.reliesOn': 'Algorithmes sur lesquels celui-ci s’appuie',
  'importCitizen.reliesOnNone': 'Il ne s’appuie sur aucun autre algorithme publié.',
  'importCitizen.version': 'version {version}',
  'importCitizen.hash': 'empreinte {hash}…',
};
