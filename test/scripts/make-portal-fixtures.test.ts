import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { communes, PORTAL_FILE, portalFile } from '../support/portal-files.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/make-portal-fixtures.mjs', import.meta.url));
const BOM = [0xef, 0xbb, 0xbf];

/** The UTF-8 variant's text, without its BOM: the reference the other variants are held to. */
const utf8Text = () => portalFile(PORTAL_FILE.utf8Bom).subarray(3).toString('utf8');

/** The records of a producer's CSV text: CRLF lines of `;`-separated fields. */
const records = (text: string) =>
  text
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map((line) => line.split(';'));

describe('the portal fixtures', () => {
  it('are what scripts/make-portal-fixtures.mjs generates', () => {
    const out = execFileSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });

  it('hold the package’s communes, codes, names and populations, as a French producer writes them', () => {
    const bytes = portalFile(PORTAL_FILE.utf8Bom);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const text = utf8Text();
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = records(text);
    expect(header).toEqual([
      'code_insee',
      'nom',
      'population',
      'surface_km2',
      'densite',
      'date_maj',
    ]);
    expect(
      rows.map(([code, nom, population]) => ({
        code,
        nom,
        population: Number(population.replace(/\u00a0/g, '')),
      })),
    ).toEqual(communes().map(({ code, nom, population }) => ({ code, nom, population })));
    // Thousands grouped by a no-break space; decimal commas; day first.
    expect(rows.filter(([, , p]) => p.includes('\u00a0')).length).toBeGreaterThan(100);
    for (const [, , population, surface, density, day] of rows) {
      expect(population).toMatch(/^\d{1,3}(\u00a0\d{3})*$/);
      expect(surface).toMatch(/^\d+,\d\d$/);
      expect(density).toMatch(/^\d+,\d$/);
      expect(day).toMatch(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/202[34]$/);
    }
  });

  it('the Windows-1252 file is that text, one byte a character, with “œ” as 0x9C (not in Latin-1)', () => {
    const bytes = portalFile(PORTAL_FILE.windows1252);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const chars = [...utf8Text()];
    expect(bytes.length).toBe(chars.length);
    const byteOf = (ch: string) => (ch === 'œ' ? 0x9c : ch.charCodeAt(0));
    expect(chars.every((ch, i) => bytes[i] === byteOf(ch))).toBe(true);
    expect(
      chars.every((ch) => ch === 'œ' || ch.charCodeAt(0) < 0x80 || ch.charCodeAt(0) >= 0xa0),
    ).toBe(true);
    expect(bytes.includes(0x9c)).toBe(true);
  });

  it('the “NC” variant differs in one surface, Saint-Étienne’s, its density left empty', () => {
    const good = records(utf8Text());
    // Windows-1252 read as Latin-1, but for “œ”, the one character beyond it that these names use.
    const text = portalFile(PORTAL_FILE.surfaceNotGiven).toString('latin1').replace(/\x9c/g, 'œ');
    const bad = records(text);
    const differ = bad.flatMap((row, i) => (row.join(';') === good[i].join(';') ? [] : [i]));
    expect(differ).toHaveLength(1);
    const [i] = differ;
    expect(bad[i][0]).toBe('42218');
    expect(bad[i]).toEqual([...good[i].slice(0, 3), 'NC', '', good[i][5]]);
  });

  it('the Excel file holds the same table under a title row, numbers and dates as Excel’s own', () => {
    const book = XLSX.read(portalFile(PORTAL_FILE.xlsx), { cellDates: true });
    expect(book.SheetNames).toEqual(['Communes']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Communes, {
      header: 1,
      blankrows: true,
      UTC: true,
    });
    expect(rows[0]).toEqual([expect.stringMatching(/^Communes de l'Essonne/)]);
    expect(rows[1]).toEqual([]);
    const csv = records(utf8Text());
    expect(rows[2]).toEqual(csv[0]);
    expect(rows.length - 2).toBe(csv.length);
    rows.slice(3).forEach((row, i) => {
      const [code, nom, population, surface, density, day] = csv[i + 1];
      const [d, m, y] = day.split('/').map(Number);
      expect(row).toEqual([
        code,
        nom,
        Number(population.replace(/\u00a0/g, '')),
        Number(surface.replace(',', '.')),
        Number(density.replace(',', '.')),
        new Date(Date.UTC(y, m - 1, d)),
      ]);
    });
  });
});
