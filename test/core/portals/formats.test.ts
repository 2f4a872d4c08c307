import { describe, expect, it } from 'vitest';
import { formatFromUrl, formatOf } from '../../../src/core/portals/index.ts';

describe('formatOf(portalFormat, url, mime)', () => {
  it('reads the portal format name in any case, then the MIME type, then the extension', () => {
    expect(formatOf('CSV')).toBe('csv');
    expect(formatOf('GeoJSON')).toBe('geojson');
    expect(formatOf('parquet')).toBe('parquet');
    expect(formatOf('feather')).toBe('arrow');
    expect(formatOf('', 'https://x.example/data', 'text/csv; charset=utf-8')).toBe('csv');
    expect(formatOf('zip', 'https://x.example/data.tsv')).toBe('tsv');
    expect(formatOf('XLSX', 'https://x.example/data.xlsx', 'application/vnd.ms-excel')).toBe(
      'xlsx',
    );
    expect(formatOf('xls')).toBe('xls');
    expect(formatOf('', 'https://x.example/get', 'application/vnd.ms-excel')).toBe('xls');
    expect(
      formatOf('', null, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ).toBe('xlsx');
    expect(formatOf('ods', 'https://x.example/data.ods')).toBeNull();
    expect(formatOf(null)).toBeNull();
  });
});

describe('formatFromUrl(url)', () => {
  it('takes the extension of the path, not of the query', () => {
    expect(formatFromUrl('https://x.example/a/b.geojson?download=1')).toBe('geojson');
    expect(formatFromUrl('data/pop.PARQUET')).toBe('parquet');
    expect(formatFromUrl('https://x.example/export?format=csv')).toBeNull();
    expect(formatFromUrl('https://x.example/a.pdf')).toBeNull();
    expect(formatFromUrl('https://x.example/files/communes.XLSX')).toBe('xlsx');
  });
});
