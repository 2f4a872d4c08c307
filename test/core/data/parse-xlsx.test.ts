import { describe, expect, it } from 'vitest';
import { DatasetParseError } from '../../../src/core/data/errors.ts';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';
import { excelDate, readWorkbook } from '../../../src/core/data/parse-xlsx.ts';
import { encryptedWorkbook, writeWorkbook, zipOf } from '../../support/workbook.ts';

const read = async (bytes: Uint8Array, sheet?: string) =>
  (await parseDataset(bytes, 'xlsx', 'communes', { sheet })).objects();

/** The code and English message of a parse that fails. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected the parse to fail');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetParseError)) throw error;
  return { code: error.code, message: error.message };
}

const fail = (code: string, params?: object) =>
  new Error(`${code} ${JSON.stringify(params ?? {})}`);

const COMMUNES = [
  ['code_insee', 'nom', 'population', 'chef-lieu'],
  ['91228', 'Évry-Courcouronnes', 66700, true],
  ['42218', 'Saint-Étienne', 172565, false],
];

describe('parseDataset(bytes, "xlsx")', () => {
  it('reads the first sheet: text, numbers as numbers, booleans, accented names kept', async () => {
    const bytes = writeWorkbook({ Communes: COMMUNES, Notes: [['about'], ['x']] });
    expect(await read(bytes)).toEqual([
      { code_insee: '91228', nom: 'Évry-Courcouronnes', population: 66700, 'chef-lieu': true },
      { code_insee: '42218', nom: 'Saint-Étienne', population: 172565, 'chef-lieu': false },
    ]);
  });

  it('reads the sheet named by `sheet`, whose name and headers have accents', async () => {
    const bytes = writeWorkbook({
      Lisez: [['Ce classeur…']],
      'Données 2024': [
        ['libellé', 'surface (km²)'],
        ['Ürümqi', 1.5],
      ],
    });
    expect(await read(bytes, 'Données 2024')).toEqual([
      { libellé: 'Ürümqi', 'surface (km²)': 1.5 },
    ]);
  });

  it('refuses a sheet that does not exist, listing the sheets that do', async () => {
    const bytes = writeWorkbook({ Communes: COMMUNES, Départements: [['code'], ['91']] });
    expect(await failure(read(bytes, 'communes'))).toEqual({
      code: 'xlsx-sheet-unknown',
      message:
        'Dataset "communes" could not be read as xlsx: the workbook has no sheet "communes"; its sheets are "Communes", "Départements"',
    });
  });

  it('skips title rows above the header: a title, a source line and a blank row', async () => {
    const bytes = writeWorkbook({
      Feuil1: [
        ['Population légale des communes en 2021'],
        ['Source : Insee, recensement de la population'],
        [],
        ...COMMUNES.slice(0, 2),
      ],
    });
    expect(await read(bytes)).toEqual([
      { code_insee: '91228', nom: 'Évry-Courcouronnes', population: 66700, 'chef-lieu': true },
    ]);
  });

  it('keeps a header of years (numbers) with a text cell, below a title', async () => {
    const bytes = writeWorkbook({
      S: [['Population par année'], ['commune', 2020, 2021], ['Lyon', 522250, 522969]],
    });
    expect(await read(bytes)).toEqual([{ commune: 'Lyon', 2020: 522250, 2021: 522969 }]);
  });

  it('reads cells with a date format as UTC dates, in the 1900 date system', async () => {
    const bytes = writeWorkbook({
      S: [
        ['jour', 'relevé'],
        // 45293.5 is 2024-01-02 12:00; serial 1 is 1900-01-01 (before Lotus's 29 February).
        [
          { t: 'n', v: 45293, z: 'dd/mm/yyyy' },
          { t: 'n', v: 45293.5, z: 'yyyy-mm-dd hh:mm' },
        ],
        [
          { t: 'n', v: 1, z: 'dd/mm/yyyy' },
          { t: 'n', v: 45293.5, z: '0.0' },
        ],
      ],
    });
    expect(await read(bytes)).toEqual([
      { jour: new Date('2024-01-02T00:00:00Z'), relevé: new Date('2024-01-02T12:00:00Z') },
      { jour: new Date('1900-01-01T00:00:00Z'), relevé: 45293.5 },
    ]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const bytes = writeWorkbook(
      { S: [['jour'], [{ t: 'n', v: 0, z: 'dd/mm/yyyy' }], [{ t: 'n', v: 43831, z: 'd/m/yy' }]] },
      { date1904: true },
    );
    expect(await read(bytes)).toEqual([
      { jour: new Date('1904-01-01T00:00:00Z') },
      { jour: new Date('2024-01-02T00:00:00Z') },
    ]);
  });

  it('gives empty cells as null, leaves empty rows out and names a column without header', async () => {
    const bytes = writeWorkbook({
      S: [
        ['code', null, 'nom'],
        ['1', 'x', null],
        [null, null, null],
        [null, null, 'Lyon'],
        ['4', '', 'Nice'],
      ],
    });
    expect(await read(bytes)).toEqual([
      { code: '1', B: 'x', nom: null },
      { code: null, B: null, nom: 'Lyon' },
      { code: '4', B: null, nom: 'Nice' },
    ]);
  });

  it('names repeated headers apart', async () => {
    const bytes = writeWorkbook({
      S: [
        ['a', 'a', ' a '],
        [1, 2, 3],
      ],
    });
    expect(await read(bytes)).toEqual([{ a: 1, a_2: 2, a_3: 3 }]);
  });

  it('reads an .xls (BIFF8) workbook with the same reader', async () => {
    const bytes = writeWorkbook({ Communes: COMMUNES }, { bookType: 'biff8' });
    expect((await parseDataset(bytes, 'xls')).objects()[1]).toEqual({
      code_insee: '42218',
      nom: 'Saint-Étienne',
      population: 172565,
      'chef-lieu': false,
    });
  });

  it('applies forced column types to a sheet', async () => {
    const bytes = writeWorkbook({ S: [['code'], [75056], [69123]] });
    const table = await parseDataset(bytes, 'xlsx', 'c', { columns: { code: 'string' } });
    expect(table.array('code')).toEqual(['75056', '69123']);
  });
});

describe('parseDataset(bytes, "xlsx") on bad input', () => {
  it('refuses bytes that are not a workbook, even ones SheetJS would read as text', async () => {
    const csv = new TextEncoder().encode('code;nom\n1;Paris\n');
    expect(await failure(read(csv))).toEqual({
      code: 'xlsx-invalid',
      message:
        'Dataset "communes" could not be read as xlsx: not an Excel workbook (.xlsx or .xls)',
    });
  });

  it('refuses a zip that is not a workbook, with SheetJS’s reason', async () => {
    const result = await failure(read(zipOf('communes.csv', 'code;nom\n1;Paris\n')));
    expect(result.code).toBe('xlsx-invalid-detail');
    expect(result.message).toMatch(
      /^Dataset "communes" could not be read as xlsx: not an Excel workbook that algobook reads \(.+\)$/,
    );
  });

  it('says a workbook is protected by a password', async () => {
    expect(await failure(read(encryptedWorkbook()))).toEqual({
      code: 'xlsx-encrypted',
      message:
        'Dataset "communes" could not be read as xlsx: the workbook is protected by a password; save a copy without a password and pin that one',
    });
  });

  it('refuses an empty file and an empty sheet', async () => {
    expect((await failure(read(new Uint8Array(0)))).code).toBe('dataset-empty');
    expect(await failure(read(writeWorkbook({ Vide: [] })))).toEqual({
      code: 'xlsx-sheet-empty',
      message: 'Dataset "communes" could not be read as xlsx: sheet "Vide" is empty',
    });
  });
});

describe('readWorkbook(bytes, options, fail) limits', () => {
  const rows = Array.from({ length: 2000 }, (_, i) => [`commune ${i}`, i, i * 2]);
  const big = writeWorkbook({ S: [['nom', 'a', 'b'], ...rows] });

  it('refuses a workbook that unzips to more than the limit, before unzipping it', () => {
    expect(() => readWorkbook(big, { maxUnpackedBytes: 64 * 1024 }, fail)).toThrow(
      'xlsx-too-large {"limit":0}',
    );
    expect(readWorkbook(big, {}, fail).columns.b.at(-1)).toBe(3998);
  });

  it('refuses a part whose local header claims 4 GB, as a zip bomb would', () => {
    const bomb = big.slice();
    const view = new DataView(bomb.buffer);
    // The first local file header's uncompressed size (offset 22).
    view.setUint32(22, 0xfffffff0, true);
    expect(() => readWorkbook(bomb, {}, fail)).toThrow('xlsx-too-large {"limit":256}');
  });

  it('refuses a sheet with more cells than the limit', () => {
    expect(() => readWorkbook(big, { maxCells: 5000 }, fail)).toThrow(
      'xlsx-too-many-cells {"sheet":"S","limit":5000}',
    );
  });
});

describe('excelDate(serial, date1904)', () => {
  it('counts Lotus’s 29 February 1900 in the 1900 system only', () => {
    expect(excelDate(59, false)).toEqual(new Date('1900-02-28T00:00:00Z'));
    expect(excelDate(61, false)).toEqual(new Date('1900-03-01T00:00:00Z'));
    expect(excelDate(1462, true)).toEqual(new Date('1908-01-02T00:00:00Z'));
  });
});
