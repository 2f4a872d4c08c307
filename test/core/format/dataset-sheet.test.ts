import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { FRONT, SHA, file, parseError } from './helpers.ts';

// `datasets:` is line 5, the dataset's name line 6, its `sheet:` line 10.
const spreadsheet = (format: string, sheet: string) =>
  file(
    '',
    `${FRONT}datasets:\n  a:\n    url: a.${format}\n    format: ${format}\n    sha256: ${SHA}\n    sheet: ${sheet}\n`,
  );

describe('parse(text) spreadsheet datasets', () => {
  it('parse(text) reads xlsx and xls datasets with the sheet to read, accents kept', () => {
    expect(parse(spreadsheet('xlsx', '"Données 2024"')).front.datasets?.a).toEqual({
      url: 'a.xlsx',
      format: 'xlsx',
      sha256: SHA,
      sheet: 'Données 2024',
    });
    expect(parse(spreadsheet('xls', 'Feuil1')).front.datasets?.a.format).toBe('xls');
  });

  it.each([
    ['3', '3'],
    ['[a, b]', 'a list'],
    ['"  "', '"  "'],
    [`"${'x'.repeat(65)}"`, `"${'x'.repeat(65)}"`],
  ])('parse(text) refuses a sheet that is not a bounded name: %s', (sheet, shown) => {
    expect(parseError(spreadsheet('xlsx', sheet))).toEqual({
      line: 10,
      message: `Line 10: dataset "a" has sheet ${shown}; expected the name of a sheet (text of at most 64 characters)`,
    });
  });
});
