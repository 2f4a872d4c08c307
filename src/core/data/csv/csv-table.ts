import { ColumnTable } from 'arquero';
import { rememberInferred } from '../inferred-types.ts';
import type { CsvColumns, CsvParsed } from './types.ts';

/**
 * The Arquero table of the columns a CSV parse read (`parseCsvColumns`), remembering the types
 * inferred for the forced columns. Apart from the parser so that the runner, which loads the
 * parser as a chunk of its own (`csv.js`), builds the table with its own Arquero.
 */
export function csvTable({ names, columns, notes, inferred }: CsvColumns): CsvParsed {
  const table = new ColumnTable(columns, names);
  if (inferred) rememberInferred(table, inferred);
  return { table, notes };
}
