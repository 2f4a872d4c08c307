/** English messages of imports in the editor and the citizen views (issue 14). Merged into en.ts. */
export const b2En = {
  'importCitizen.into': 'In “{title}”, the notebook this one imports',
  'importCitizen.back': 'Back in this notebook',
  'importCitizen.computedThere': 'Computed in “{title}”, as published.',
  'importCitizen.group': 'Imported: {title}',
  'importCitizen.kind': 'Imported',
  'importCitizen.reliesOn': 'Algorithms this one relies on',
  'importCitizen.reliesOnNone': 'It relies on no other published algorithm.',
  'importCitizen.version': 'version {version}',
  'importCitizen.hash': 'fingerprint {hash}…',
};
