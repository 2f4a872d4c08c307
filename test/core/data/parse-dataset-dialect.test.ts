import { describe, expect, it } from 'vitest';
import { parseDatasetWithNotes } from '../../../src/core/data/parse-dataset.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

// INSEE's commune list as a data.gouv.fr producer exports it.
const COMMUNES =
  'code_insee;nom;population;surface_km2;mise_à_jour\r\n' +
  '75101;Paris 1er;15917;1,83;01/01/2024\r\n' +
  '91228;Évry-Courcouronnes;66767;17,25;15/03/2024 08:30\r\n' +
  '42218;Saint-Étienne;172565;79,97;15/03/2024\r\n';

describe('parseDatasetWithNotes(bytes, format, name, options)', () => {
  it('reads a csv in the dialect detected from its bytes, and says which', async () => {
    const { table, dialect, notes } = await parseDatasetWithNotes(
      windows1252(COMMUNES),
      'csv',
      'communes',
    );
    expect(dialect).toEqual({
      delimiter: ';',
      decimal: ',',
      encoding: 'windows-1252',
      dates: 'dmy',
      header: true,
    });
    expect(notes).toEqual([]);
    expect(table.array('nom')).toEqual(['Paris 1er', 'Évry-Courcouronnes', 'Saint-Étienne']);
    expect(table.array('surface_km2')).toEqual([1.83, 17.25, 79.97]);
    expect(table.array('mise_à_jour')).toEqual([
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Date.UTC(2024, 2, 15, 8, 30)),
      new Date(Date.UTC(2024, 2, 15)),
    ]);
  });

  it('reads with the keys the notebook pins, the others detected', async () => {
    const { table, dialect, notes } = await parseDatasetWithNotes(
      windows1252(COMMUNES),
      'csv',
      'communes',
      { csv: { decimal: '.', dates: 'none' } },
    );
    expect(dialect).toEqual({
      delimiter: ';',
      decimal: '.',
      encoding: 'windows-1252',
      dates: 'none',
      header: true,
    });
    expect(table.array('surface_km2')).toEqual(['1,83', '17,25', '79,97']);
    expect(table.array('mise_à_jour')).toEqual(['01/01/2024', '15/03/2024 08:30', '15/03/2024']);
    expect(notes).toEqual([]);
    const headless = await parseDatasetWithNotes(utf8('a;b\n1;2\n'), 'csv', 'x', {
      csv: { header: false },
    });
    expect(headless.table.columnNames()).toEqual(['col1', 'col2']);
    expect(headless.table.numRows()).toBe(2);
  });

  it('keeps a column of numbers with one bad value as text, and says why', async () => {
    const text = COMMUNES.replace('17,25', 'n/a');
    const { table, notes } = await parseDatasetWithNotes(windows1252(text), 'csv', 'communes');
    expect(table.array('surface_km2')).toEqual(['1,83', 'n/a', '79,97']);
    expect(notes).toEqual([
      {
        column: 'surface_km2',
        code: 'column-not-number',
        params: expect.objectContaining({ value: 'n/a', line: 3 }),
      },
    ]);
  });

  it('reads a tsv with tabs whatever else its lines hold', async () => {
    const { dialect, table } = await parseDatasetWithNotes(utf8('a;x\tb\n1;2\t3\n'), 'tsv', 't');
    expect(dialect?.delimiter).toBe('\t');
    expect(table.columnNames()).toEqual(['a;x', 'b']);
  });

  it('gives no dialect and no notes for other formats', async () => {
    const read = await parseDatasetWithNotes(utf8('[{"a": 1}]'), 'json', 'j');
    expect(read.dialect).toBeUndefined();
    expect(read.notes).toEqual([]);
    expect(read.table.numRows()).toBe(1);
  });

  it('names the dataset and the line of a malformed csv in any dialect', async () => {
    await expect(
      parseDatasetWithNotes(windows1252('a;b\r\n1;2\r\n3;4;5\r\n4;5\r\n'), 'csv', 'c'),
    ).rejects.toThrow(
      'Dataset "c" could not be read as csv: line 3 has 3 fields, more than the 2 of the header (line 1)',
    );
  });

  it('passes progress and cancel on to the parser', async () => {
    const seen: number[] = [];
    await parseDatasetWithNotes(utf8(COMMUNES), 'csv', 'c', {
      onProgress: (done) => seen.push(done),
    });
    expect(seen.at(-1)).toBe(utf8(COMMUNES).byteLength);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      parseDatasetWithNotes(utf8(COMMUNES), 'csv', 'c', { signal: controller.signal }),
    ).rejects.toThrow('stop');
  });
});
