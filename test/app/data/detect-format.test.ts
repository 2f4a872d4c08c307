import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  formatFromBytes,
  formatFromName,
  formatFromType,
  freeName,
  nameFromFile,
} from '../../../src/app/data/detect-format.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('formatFromName reads the extension of a name or URL, and Opendatasoft export paths', () => {
    expect(formatFromName('a.csv')).toBe('csv');
    expect(formatFromName('https://x.org/data/b.TSV?download=1')).toBe('tsv');
    expect(formatFromName('stations.geojson')).toBe('geojson');
    expect(formatFromName('x.parquet')).toBe('parquet');
    expect(formatFromName('x.arrow')).toBe('arrow');
    expect(formatFromName('communes.xlsx')).toBe('xlsx');
    expect(formatFromName('https://x.org/f/Communes.XLS?v=2')).toBe('xls');
    expect(formatFromName('https://p.org/api/explore/v2.1/catalog/datasets/a/exports/xlsx')).toBe(
      'xlsx',
    );
    expect(formatFromName('https://p.org/api/explore/v2.1/catalog/datasets/a/exports/json')).toBe(
      'json',
    );
    expect(formatFromName('https://x.org/download')).toBeNull();
  });

  it('formatFromType reads the Content-Type, ignoring generic ones', () => {
    expect(formatFromType('text/csv; charset=utf-8')).toBe('csv');
    expect(formatFromType('application/geo+json')).toBe('geojson');
    expect(formatFromType('application/vnd.apache.parquet')).toBe('parquet');
    expect(
      formatFromType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ).toBe('xlsx');
    expect(formatFromType('application/vnd.ms-excel')).toBe('xls');
    expect(formatFromType('application/octet-stream')).toBeNull();
    expect(formatFromType(undefined)).toBeNull();
  });

  it('formatFromBytes recognises magic numbers and the shape of text', () => {
    expect(formatFromBytes(bytes('PAR1....'))).toBe('parquet');
    expect(formatFromBytes(bytes('ARROW1\0\0'))).toBe('arrow');
    expect(formatFromBytes(bytes('{"type":"FeatureCollection","features":[]}'))).toBe('geojson');
    expect(formatFromBytes(bytes(' [{"a":1}]'))).toBe('json');
    expect(formatFromBytes(bytes('\ufeffa;b\n1;2'))).toBe('csv');
    expect(formatFromBytes(bytes('a\tb\tc\n1\t2\t3'))).toBe('tsv');
    expect(formatFromBytes(bytes(''))).toBeNull();
  });

  it('formatFromBytes takes a zip for xlsx and an OLE2 compound file for xls', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);
    expect(formatFromBytes(zip)).toBe('xlsx');
    expect(formatFromBytes(ole)).toBe('xls');
    expect(detectFormat('https://x.org/download', 'application/octet-stream', zip)).toBe('xlsx');
    // The first bytes only: "PK" alone, as text, is a one-column CSV.
    expect(formatFromBytes(bytes('PK\ncode'))).toBe('csv');
  });

  it('prefers the name, then the type, then the bytes', () => {
    expect(detectFormat('a.json', 'text/csv', bytes('x,y'))).toBe('json');
    expect(detectFormat('https://x.org/get', 'text/csv', bytes('[1]'))).toBe('csv');
    expect(detectFormat('https://x.org/get', 'text/plain', bytes('[1]'))).toBe('json');
  });
});

describe('dataset names', () => {
  it('nameFromFile makes a name from a file name or URL', () => {
    expect(nameFromFile('Paris Arrondissements.csv')).toBe('paris_arrondissements');
    expect(nameFromFile('https://x.org/files/qualité-air.geojson?x=1')).toBe('qualite_air');
    expect(nameFromFile('2024.csv')).toBe('d_2024');
    expect(nameFromFile('https://x.org/')).toBe('data');
  });

  it('freeName adds a number when the name is taken', () => {
    expect(freeName('a', [])).toBe('a');
    expect(freeName('a', ['a', 'a_2'])).toBe('a_3');
  });
});
