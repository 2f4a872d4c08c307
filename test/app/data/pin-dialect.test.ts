import { describe, expect, it } from 'vitest';
import { withDetectedDialect } from '../../../src/app/data/pin-dialect.ts';
import { refuseBytes } from '../../../src/app/data/pin-bytes.ts';

const encode = (text: string) => new TextEncoder().encode(text);
/** Text in Windows-1252 (its accents are single bytes, not UTF-8). */
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const SEMI = 'code;nom;surface\n75101;Paris 1er;1,83\n75102;Paris 2e;0,99\n';

describe('withDetectedDialect(spec, bytes)', () => {
  it('writes the dialect detected from the bytes of a csv into csv:', () => {
    const spec = { url: 'a.csv', format: 'csv' as const };
    expect(withDetectedDialect(spec, encode(SEMI))).toEqual({
      ...spec,
      csv: { delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'iso', header: true },
    });
  });

  it('names the encoding of a file that is not UTF-8, and a tsv is tab-separated', () => {
    const latin = windows1252('code,nom\n1,Préfecture de Police\n2,Hôtel de Ville\n');
    expect(withDetectedDialect({ format: 'csv' as const }, latin).csv).toMatchObject({
      delimiter: ',',
      encoding: 'windows-1252',
    });
    expect(
      withDetectedDialect({ format: 'tsv' as const }, encode('a\tb\n1\t2\n')).csv,
    ).toMatchObject({ delimiter: '\t' });
  });

  it('keeps a dialect the spec pins, and leaves other formats alone', () => {
    const pinned = { format: 'csv' as const, csv: { delimiter: ',' as const } };
    expect(withDetectedDialect(pinned, encode(SEMI))).toBe(pinned);
    const json = { format: 'json' as const };
    expect(withDetectedDialect(json, encode('[]'))).toBe(json);
  });
});

describe('refuseBytes(bytes, format, file)', () => {
  it('accepts a csv or tsv in Windows-1252, and refuses JSON that is not UTF-8', () => {
    const latin = windows1252('nom\nPréfecture\n');
    expect(refuseBytes(latin, 'csv', 'a.csv')).toBeNull();
    expect(refuseBytes(latin, 'tsv', 'a.tsv')).toBeNull();
    expect(refuseBytes(windows1252('["é"]'), 'json', 'a.json')).toMatch(/not UTF-8/);
  });
});
