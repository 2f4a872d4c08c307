/** English messages of the demo portal in "Add from a portal". */
export const demoportalEn = {
  'demoportal.option': 'Demo portal (sample data, works offline)',
  'demoportal.note':
    'The sample datasets of the examples, served by this app in the shape of an Opendatasoft portal: search their titles, keywords and descriptions, or leave the search empty to list them all. Datasets are exported whole: the demo cannot run ODSQL queries.',
};
