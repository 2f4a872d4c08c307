/**
 * The portal fixtures read by the core (the same code as the worker and the command line): each
 * variant of INSEE's communes gives one table, with the dialect a French producer wrote, and the
 * population total and names of the package they were made from.
 */
import { describe, expect, it } from 'vitest';
import { parseDatasetWithNotes } from '../../../src/core/data/parse-dataset.ts';
import type { DatasetFormat } from '../../../src/core/format/types.ts';
import { expected, PORTAL_FILE, portalFile } from '../../support/portal-files.ts';

const read = (file: string, format: DatasetFormat) =>
  parseDatasetWithNotes(portalFile(file), format, 'communes');

const want = expected();

describe('the portal files, read by the core', () => {
  it('the Windows-1252 file: its dialect detected, the package’s total and accented names', async () => {
    const { table, dialect, notes } = await read(PORTAL_FILE.windows1252, 'csv');
    expect(dialect).toEqual({
      delimiter: ';',
      decimal: ',',
      encoding: 'windows-1252',
      dates: 'dmy',
      header: true,
    });
    expect(notes).toEqual([]);
    expect(table.columnNames()).toEqual([
      'code_insee',
      'nom',
      'population',
      'surface_km2',
      'densite',
      'date_maj',
    ]);
    expect(table.numRows()).toBe(want.rows);
    expect(Array.from(table.array('population') as number[]).reduce((a, b) => a + b, 0)).toBe(
      want.population,
    );
    expect(Array.from(table.array('nom') as string[]).filter((nom) => /[^ -~]/.test(nom))).toEqual(
      want.accented,
    );
    // Decimal commas and days first, the days as midnight UTC.
    for (const row of table.objects() as Record<string, unknown>[]) {
      expect(row.surface_km2).toEqual(expect.any(Number));
      expect(row.densite).toEqual(expect.any(Number));
      expect(row.date_maj).toBeInstanceOf(Date);
      expect((row.date_maj as Date).toISOString()).toMatch(/^202[34]-\d\d-\d\dT00:00:00\.000Z$/);
    }
  });

  it('the UTF-8 file with a BOM and the Excel sheet give the same table', async () => {
    const windows = (await read(PORTAL_FILE.windows1252, 'csv')).table.objects() as Record<
      string,
      unknown
    >[];
    const bom = await read(PORTAL_FILE.utf8Bom, 'csv');
    expect(bom.dialect).toMatchObject({ encoding: 'utf-8', delimiter: ';', decimal: ',' });
    expect(bom.table.objects()).toEqual(windows);
    // Excel keeps the codes as the text the producer typed.
    const sheet = (await read(PORTAL_FILE.xlsx, 'xlsx')).table.objects();
    expect(sheet).toEqual(windows.map((row) => ({ ...row, code_insee: String(row.code_insee) })));
  });

  it('a surface written “NC” keeps that column as text, with a note naming the value and its line', async () => {
    const bytes = portalFile(PORTAL_FILE.surfaceNotGiven);
    const line =
      bytes
        .toString('latin1')
        .split('\r\n')
        .findIndex((l) => l.includes(';NC;')) + 1;
    const { table, dialect, notes } = await read(PORTAL_FILE.surfaceNotGiven, 'csv');
    expect(dialect).toMatchObject({ decimal: ',', encoding: 'windows-1252' });
    expect(notes).toEqual([
      {
        column: 'surface_km2',
        code: 'column-not-number',
        params: { column: 'surface_km2', value: 'NC', line },
      },
    ]);
    expect(table.array('surface_km2').every((v: unknown) => typeof v === 'string')).toBe(true);
    const windows = (await read(PORTAL_FILE.windows1252, 'csv')).table;
    expect(table.select('code_insee', 'nom', 'population', 'date_maj').objects()).toEqual(
      windows.select('code_insee', 'nom', 'population', 'date_maj').objects(),
    );
  });
});
