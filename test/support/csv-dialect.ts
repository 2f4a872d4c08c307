import type { ColumnNote, CsvDialect } from '../../src/core/data/csv/types.ts';

/** The dialect of a file as data.gouv.fr producers export it. */
export const PORTAL_DIALECT: CsvDialect = {
  delimiter: ';',
  decimal: ',',
  encoding: 'windows-1252',
  dates: 'dmy',
  header: true,
};

/** The note on a column of numbers kept as text because of one value. */
export const NOT_NUMBER_NOTE: ColumnNote = {
  column: 'surface_km2',
  code: 'column-not-number',
  params: { column: 'surface_km2', value: 'n/a', line: 57 },
};
