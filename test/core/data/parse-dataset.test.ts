import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { DatasetParseError } from '../../../src/core/data/errors.ts';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';
import {
  latin1Csv,
  MALFORMED,
  MALFORMED_FIELDS_CSV,
  MALFORMED_QUOTE_CSV,
  stationsGeoJson,
} from '../../support/fake-portal-data.ts';
import { writeParquet } from '../../support/parquet-writer.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const objects = (table: aq.ColumnTable) => table.objects();

describe('parseDataset(bytes, format, name)', () => {
  it('parses CSV with inferred types, ignoring a byte-order mark', async () => {
    const table = await parseDataset(
      bytes('\uFEFFcity,pop,capital\nParis,2.1,true\nLyon,0.5,false\n'),
      'csv',
    );
    expect(objects(table)).toEqual([
      { city: 'Paris', pop: 2.1, capital: true },
      { city: 'Lyon', pop: 0.5, capital: false },
    ]);
  });

  it('parses TSV', async () => {
    expect(objects(await parseDataset(bytes('a\tb\n1\tx,y\n'), 'tsv'))).toEqual([
      { a: 1, b: 'x,y' },
    ]);
  });

  it('parses CSV with quoted fields holding delimiters, quotes and line breaks', async () => {
    const table = await parseDataset(bytes('a,b\n"x, ""y""",1\r\n"two\nlines",2\r\n'), 'csv');
    expect(objects(table)).toEqual([
      { a: 'x, "y"', b: 1 },
      { a: 'two\nlines', b: 2 },
    ]);
  });

  it('parses JSON arrays of records', async () => {
    expect(objects(await parseDataset(bytes('[{"a": 1}, {"a": 2, "b": "x"}]'), 'json'))).toEqual([
      { a: 1, b: undefined },
      { a: 2, b: 'x' },
    ]);
  });

  it('parses Arrow IPC', async () => {
    const ipc = aq.toArrowIPC(aq.table({ a: [1, 2], s: ['x', 'y'] }));
    expect(objects(await parseDataset(ipc, 'arrow'))).toEqual([
      { a: 1, s: 'x' },
      { a: 2, s: 'y' },
    ]);
  });

  it('parses GeoJSON: one row per feature, its properties and a geometry column', async () => {
    const table = await parseDataset(bytes(stationsGeoJson()), 'geojson');
    expect(table.columnNames()).toEqual(['code', 'nom', 'typologie', 'arrondissement', 'geometry']);
    expect(table.numRows()).toBe(8);
    expect(table.object(0)).toEqual({
      code: 'PA01H',
      nom: 'Paris 1er Les Halles',
      typologie: 'Urbaine',
      arrondissement: 1,
      geometry: { type: 'Point', coordinates: [2.3446, 48.8622] },
    });
  });

  it('GeoJSON: properties may differ or be null; a "geometry" property is kept', async () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null, properties: { a: 1, geometry: 'text' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2, 48] }, properties: null },
      ],
    };
    expect(objects(await parseDataset(bytes(JSON.stringify(geo)), 'geojson'))).toEqual([
      { a: 1, geometry: 'text', _geometry: null },
      { a: null, geometry: null, _geometry: { type: 'Point', coordinates: [2, 48] } },
    ]);
    const single = { type: 'Feature', geometry: null, properties: { n: 1 } };
    expect(objects(await parseDataset(bytes(JSON.stringify(single)), 'geojson'))).toEqual([
      { n: 1, geometry: null },
    ]);
  });

  it('parses Parquet (loaded on demand), 64-bit integers as numbers, nulls kept', async () => {
    const parquet = writeParquet([
      { name: 'code', kind: 'int64', values: [75101, 75102, null] },
      { name: 'name', kind: 'string', values: ['Louvre', null, 'Temple'] },
      { name: 'area', kind: 'double', values: [1.826, 0.992, 1.171] },
      { name: 'big', kind: 'boolean', values: [true, false, null] },
    ]);
    const table = await parseDataset(parquet, 'parquet');
    expect(objects(table)).toEqual([
      { code: 75101, name: 'Louvre', area: 1.826, big: true },
      { code: 75102, name: null, area: 0.992, big: false },
      { code: null, name: 'Temple', area: 1.171, big: null },
    ]);
  });

  it('parses gzip-compressed Parquet', async () => {
    const values = Array.from({ length: 1000 }, (_, i) => `arrondissement ${i % 20}`);
    const parquet = writeParquet([{ name: 'label', kind: 'string', values }], { codec: 'gzip' });
    expect(parquet.byteLength).toBeLessThan(2000);
    expect((await parseDataset(parquet, 'parquet')).array('label')).toEqual(values);
  });

  it('names the dataset and the problem when the bytes are bad', async () => {
    await expect(parseDataset(bytes('  \n'), 'csv', 'cities')).rejects.toThrow(
      'Dataset "cities" could not be read as csv: the file is empty',
    );
    await expect(parseDataset(bytes('{"a": 1}'), 'json', 'j')).rejects.toThrow(
      /expected an array of records/,
    );
    await expect(parseDataset(bytes('[{"a": 1}, 3]'), 'json', 'j')).rejects.toThrow(
      /item 1 is not an object/,
    );
    await expect(parseDataset(bytes('[{"a": '), 'json', 'j')).rejects.toThrow(
      /^Dataset "j" could not be read as json: invalid JSON/,
    );
    await expect(parseDataset(bytes('not arrow'), 'arrow', 'a')).rejects.toThrow(
      /^Dataset "a" could not be read as arrow: not Arrow IPC data/,
    );
  });

  it('rejects bad GeoJSON with the reason', async () => {
    const geo = (value: unknown) => parseDataset(bytes(JSON.stringify(value)), 'geojson', 'g');
    await expect(geo([{ a: 1 }])).rejects.toThrow(/not GeoJSON: expected a FeatureCollection/);
    await expect(geo({ type: 'Point', coordinates: [1, 2] })).rejects.toThrow(
      /expected a GeoJSON FeatureCollection, found type "Point"/,
    );
    await expect(
      geo({ type: 'FeatureCollection', features: [{ type: 'Feature' }, 3] }),
    ).rejects.toThrow(/feature 1 is not a GeoJSON Feature/);
    await expect(
      geo({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: [1] }] }),
    ).rejects.toThrow(/feature 0 has properties that are not an object/);
    await expect(parseDataset(bytes('{"type": '), 'geojson', 'g')).rejects.toThrow(/invalid JSON/);
  });

  it('rejects bytes that are not Parquet, or damaged Parquet', async () => {
    await expect(parseDataset(bytes('a,b\n1,2\n'), 'parquet', 'p')).rejects.toThrow(
      /^Dataset "p" could not be read as parquet: not a Parquet file/,
    );
    const brotli = writeParquet([{ name: 'n', kind: 'int64', values: [1] }], { codec: 'brotli' });
    await expect(parseDataset(brotli, 'parquet', 'p')).rejects.toThrow(
      'Dataset "p" could not be read as parquet: it is compressed with BROTLI, which algobook does not read; export it as CSV, or as Parquet with Snappy, gzip, LZ4 or ZSTD',
    );
    const good = writeParquet([{ name: 'n', kind: 'int64', values: [1, 2, 3] }]);
    const damaged = good.slice();
    damaged.fill(0xff, 4, 20);
    await expect(parseDataset(damaged, 'parquet', 'p')).rejects.toThrow(
      /could not be read as parquet/,
    );
  });

  it('reports malformed CSV with the line: an unclosed quote, a wrong field count', async () => {
    const quote = await parseDataset(bytes(MALFORMED_QUOTE_CSV), 'csv', 'q').catch((e) => e);
    expect(quote).toBeInstanceOf(DatasetParseError);
    expect(quote).toMatchObject({ line: MALFORMED.unclosedQuoteLine });
    expect(quote.message).toBe(
      'Dataset "q" could not be read as csv: the quoted field that starts on line 4 is never closed',
    );
    const fields = await parseDataset(bytes(MALFORMED_FIELDS_CSV), 'csv', 'f').catch((e) => e);
    expect(fields).toMatchObject({ name: 'DatasetParseError', line: MALFORMED.extraFieldLine });
    expect(fields.message).toBe(
      'Dataset "f" could not be read as csv: line 5 has 4 fields, more than the 3 of the header (line 1)',
    );
    await expect(parseDataset(bytes('a\tb\n1\n'), 'tsv', 't')).rejects.toThrow(
      'line 2 has 1 fields, fewer than the 2 of the header (line 1)',
    );
  });

  it('forces the column types of spec.columns, keeping codes as text', async () => {
    const csv = bytes('code,n,ok,day,x\n01004,3,oui,25/12/2024,"1,5"\n75056,4,non,2024-01-31,2\n');
    const table = await parseDataset(csv, 'csv', 'c', {
      columns: { code: 'string', n: 'number', ok: 'boolean', day: 'date', x: 'number' },
    });
    expect(objects(table)).toEqual([
      { code: '01004', n: 3, ok: true, day: new Date(Date.UTC(2024, 11, 25)), x: 1.5 },
      { code: '75056', n: 4, ok: false, day: new Date(Date.UTC(2024, 0, 31)), x: 2 },
    ]);
    const json = bytes('[{"code": 75101, "pop": "15114"}, {"code": 75102, "pop": null}]');
    const fromJson = await parseDataset(json, 'json', 'j', {
      columns: { code: 'string', pop: 'integer' },
    });
    expect(objects(fromJson)).toEqual([
      { code: '75101', pop: 15114 },
      { code: '75102', pop: null },
    ]);
  });

  it('says which column and value do not fit a forced type, or which forced column is missing', async () => {
    const csv = bytes('code,n\n1,3\n2,x\n');
    await expect(parseDataset(csv, 'csv', 'c', { columns: { n: 'integer' } })).rejects.toThrow(
      'Dataset "c" could not be read as csv: column "n" has a forced type, but "x" is not of that type',
    );
    const json = bytes('[{"n": 1.5}]');
    await expect(parseDataset(json, 'json', 'j', { columns: { n: 'integer' } })).rejects.toThrow(
      'column "n" has a forced type, but on row 1 1.5 is not of that type',
    );
    await expect(parseDataset(csv, 'csv', 'c', { columns: { nope: 'string' } })).rejects.toThrow(
      '`columns` names "nope", not in the data; its columns are code, n',
    );
  });

  it('reads bytes that are not UTF-8 as Windows-1252', async () => {
    expect(objects(await parseDataset(latin1Csv(), 'csv', 'l'))).toEqual([
      { code: 1, nom: 'Préfecture de Police' },
      { code: 2, nom: 'Hôtel de Ville' },
    ]);
  });

  it('throws errors named DatasetParseError', async () => {
    await expect(parseDataset(bytes(''), 'csv', 'x')).rejects.toMatchObject({
      name: 'DatasetParseError',
      dataset: 'x',
      format: 'csv',
    });
  });
});
