import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { FRONT, SHA, file, parseError } from './helpers.ts';

// Front matter lines 2–4 are FRONT; `datasets:` is line 5, the first dataset name line 6.
const withDatasets = (yaml: string) => file('', `${FRONT}datasets:\n${yaml}`);

describe('parse(text) datasets', () => {
  it('parse(text) reads datasets with relative urls, optional fields and unknown keys kept', () => {
    const nb = parse(
      withDatasets(
        `  pop:\n    url: data/p.csv\n    format: csv\n    sha256: ${SHA}\n    bytes: 120\n    retrieved: 2024-05-01\n    mirrors: [https://a.example/p.csv]\n    portal: {kind: udata, base: "https://www.data.gouv.fr", dataset: p, id: 42}\n    extra: {id: 42}\n`,
      ),
    );
    expect(nb.front.datasets).toEqual({
      pop: {
        url: 'data/p.csv',
        format: 'csv',
        sha256: SHA,
        bytes: 120,
        retrieved: '2024-05-01',
        mirrors: ['https://a.example/p.csv'],
        portal: { kind: 'udata', base: 'https://www.data.gouv.fr', dataset: 'p', id: 42 },
        extra: { id: 42 },
      },
    });
  });

  it('parse(text) accepts names that are not JS identifiers, and an empty `datasets:`', () => {
    const nb = parse(
      withDatasets(`  "communes 2024": {url: c.arrow, format: arrow, sha256: ${SHA}}\n`),
    );
    expect(Object.keys(nb.front.datasets ?? {})).toEqual(['communes 2024']);
    expect(parse(withDatasets('')).front.datasets).toBe(null);
  });
});

describe('parse(text) datasets from portals (issue 4)', () => {
  it('reads geojson and parquet formats, mirrors, portal, query, modified and column types', () => {
    const nb = parse(
      withDatasets(
        [
          '  stations:',
          '    url: https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/s/exports/geojson',
          '    format: geojson',
          `    sha256: ${SHA}`,
          '    mirrors:',
          '      - data/stations.geojson',
          '      - https://mirror.example/stations.geojson',
          '    portal:',
          '      kind: opendatasoft',
          '      base: https://opendata.paris.fr',
          '      dataset: s',
          '    query:',
          '      select: code, nom',
          '      where: typologie = "Trafic"',
          '      group_by:',
          '    modified: 2024-01-22T06:00:04+00:00',
          '    columns:',
          '      code: string',
          '      arrondissement: integer',
          '  pop:',
          '    url: data/pop.parquet',
          '    format: parquet',
          `    sha256: ${SHA}`,
          '    portal: {kind: ckan, base: "https://ckan.example", dataset: pop, resource: r1}',
          '',
        ].join('\n'),
      ),
    );
    expect(nb.front.datasets).toEqual({
      stations: {
        url: 'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/s/exports/geojson',
        format: 'geojson',
        sha256: SHA,
        mirrors: ['data/stations.geojson', 'https://mirror.example/stations.geojson'],
        portal: { kind: 'opendatasoft', base: 'https://opendata.paris.fr', dataset: 's' },
        query: { select: 'code, nom', where: 'typologie = "Trafic"', group_by: null },
        modified: '2024-01-22T06:00:04+00:00',
        columns: { code: 'string', arrondissement: 'integer' },
      },
      pop: {
        url: 'data/pop.parquet',
        format: 'parquet',
        sha256: SHA,
        portal: { kind: 'ckan', base: 'https://ckan.example', dataset: 'pop', resource: 'r1' },
      },
    });
  });

  // Lines: `datasets:` 5, `a:` 6, url 7, format 8, sha256 9, then the key under test from 10.
  const spec = (yaml: string) =>
    withDatasets(
      `  a:\n    url: a.csv\n    format: csv\n    sha256: ${SHA}\n${yaml.replace(/^/gm, '    ').trimEnd()}\n`,
    );

  it.each([
    ['mirrors: data/a.csv\n', 10, 'dataset "a" has mirrors "data/a.csv"; expected a list of URLs'],
    ['mirrors: [b.csv, 3]\n', 10, 'dataset "a" has mirror 2 3; expected a URL (text)'],
    ['mirrors: ["b.csv", " "]\n', 10, 'dataset "a" has mirror 2 " "; expected a URL (text)'],
    ['modified: 2024\n', 10, 'dataset "a" has modified 2024; expected text'],
  ])('refuses bad mirrors or modified: %j', (yaml, line, message) => {
    expect(parseError(spec(yaml))).toEqual({ line, message: `Line ${line}: ${message}` });
  });

  it.each([
    [
      'portal: paris\n',
      10,
      'dataset "a" has portal "paris"; expected a mapping with `kind`, `base` and `dataset`',
    ],
    [
      'portal:\n    base: b\n    dataset: d\n',
      10,
      'dataset "a" has a portal without `kind`: one of opendatasoft, udata, ckan',
    ],
    [
      'portal:\n    kind: socrata\n    base: b\n    dataset: d\n',
      11,
      'dataset "a" has portal kind "socrata"; expected one of opendatasoft, udata, ckan',
    ],
    [
      'portal:\n    kind: udata\n    dataset: d\n',
      10,
      'dataset "a" has a portal without `base` (text)',
    ],
    [
      'portal:\n    kind: udata\n    base: b\n',
      10,
      'dataset "a" has a portal without `dataset` (text)',
    ],
    [
      'portal:\n    kind: udata\n    base: b\n    dataset: 12\n',
      13,
      'dataset "a" has portal dataset 12; expected text',
    ],
    [
      'portal:\n    kind: udata\n    base: b\n    dataset: d\n    resource: [r]\n',
      14,
      'dataset "a" has portal resource a list; expected text',
    ],
  ])('refuses a bad portal: %j', (yaml, line, message) => {
    expect(parseError(spec(yaml))).toEqual({ line, message: `Line ${line}: ${message}` });
  });

  it.each([
    [
      'query: "population > 1000"\n',
      10,
      'dataset "a" has query "population > 1000"; expected a mapping with some of select, where, group_by, order_by',
    ],
    [
      'query:\n    where: x > 1\n    limit: 10\n',
      12,
      'dataset "a" has query key "limit"; expected some of select, where, group_by, order_by',
    ],
    ['query:\n    select: [a, b]\n', 11, 'dataset "a" has query select a list; expected text'],
  ])('refuses a bad query: %j', (yaml, line, message) => {
    expect(parseError(spec(yaml))).toEqual({ line, message: `Line ${line}: ${message}` });
  });

  it.each([
    [
      'columns: [code]\n',
      10,
      'dataset "a" has columns a list; expected a mapping from column names to a type (string, number, integer, boolean, date)',
    ],
    [
      'columns:\n    code: text\n',
      11,
      'dataset "a" has column "code" of type "text"; expected one of string, number, integer, boolean, date',
    ],
    [
      'columns:\n    n: number\n    code:\n',
      12,
      'dataset "a" has column "code" of type null; expected one of string, number, integer, boolean, date',
    ],
  ])('refuses bad column types: %j', (yaml, line, message) => {
    expect(parseError(spec(yaml))).toEqual({ line, message: `Line ${line}: ${message}` });
  });
});

describe('parse(text) on malformed datasets', () => {
  const spec = `{url: a.csv, format: csv, sha256: ${SHA}}`;

  it('parse(text) refuses duplicate dataset names at the second one', () => {
    expect(parseError(withDatasets(`  a: ${spec}\n  b: ${spec}\n  a: ${spec}\n`))).toEqual({
      line: 8,
      message: 'Line 8: duplicate dataset name "a" (first defined on line 6)',
    });
  });

  it('parse(text) refuses datasets that are not a mapping', () => {
    const message =
      'Line 5: `datasets` must map each dataset name to its `url`, `format` and `sha256`';
    expect(parseError(file('', `${FRONT}datasets: [a, b]\n`))).toEqual({ line: 5, message });
    expect(parseError(file('', `${FRONT}datasets: pop.csv\n`))).toEqual({ line: 5, message });
  });

  it('parse(text) refuses a dataset that is not a mapping, or has no name', () => {
    expect(parseError(withDatasets('  a: a.csv\n'))).toEqual({
      line: 6,
      message: 'Line 6: dataset "a" must be a mapping with `url`, `format` and `sha256`',
    });
    expect(parseError(withDatasets(`  "": ${spec}\n`))).toEqual({
      line: 6,
      message: 'Line 6: a dataset needs a name',
    });
  });

  it('parse(text) refuses a bad or missing format', () => {
    expect(
      parseError(withDatasets(`  a:\n    url: a.x\n    format: xlsb\n    sha256: ${SHA}\n`)),
    ).toEqual({
      line: 8,
      message:
        'Line 8: dataset "a" has format "xlsb"; expected one of csv, tsv, json, geojson, arrow, parquet, xlsx, xls',
    });
    expect(parseError(withDatasets(`  a:\n    url: a.x\n    sha256: ${SHA}\n`))).toEqual({
      line: 6,
      message:
        'Line 6: dataset "a" needs a `format`: one of csv, tsv, json, geojson, arrow, parquet, xlsx, xls',
    });
  });

  it('parse(text) refuses a bad or missing sha256', () => {
    const sha = (value: string) =>
      withDatasets(`  a:\n    url: a.csv\n    format: csv\n    sha256: ${value}\n`);
    const message = (shown: string) =>
      `Line 9: dataset "a" has sha256 ${shown}; expected 64 lower-case hexadecimal digits`;
    expect(parseError(sha(SHA.toUpperCase()))).toEqual({
      line: 9,
      message: message(`"${SHA.toUpperCase()}"`),
    });
    expect(parseError(sha('abc'))).toEqual({ line: 9, message: message('"abc"') });
    expect(parseError(sha('1234'))).toEqual({ line: 9, message: message('1234') });
    expect(parseError(withDatasets('  a:\n    url: a.csv\n    format: csv\n'))).toEqual({
      line: 6,
      message: 'Line 6: dataset "a" needs a `sha256`: 64 lower-case hexadecimal digits',
    });
  });

  it('parse(text) refuses a missing url', () => {
    expect(parseError(withDatasets(`  a:\n    format: csv\n    sha256: ${SHA}\n`))).toEqual({
      line: 6,
      message: 'Line 6: dataset "a" needs a `url` (text)',
    });
  });

  it('parse(text) refuses optional fields of the wrong type', () => {
    expect(
      parseError(
        withDatasets(
          `  a:\n    url: a.csv\n    format: csv\n    sha256: ${SHA}\n    bytes: many\n`,
        ),
      ),
    ).toEqual({
      line: 10,
      message: 'Line 10: dataset "a" has bytes "many"; expected a number',
    });
  });
});
