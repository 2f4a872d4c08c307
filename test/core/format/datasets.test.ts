import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { FRONT, SHA, file, parseError } from './helpers.ts';

// Front matter lines 2–4 are FRONT; `datasets:` is line 5, the first dataset name line 6.
const withDatasets = (yaml: string) => file('', `${FRONT}datasets:\n${yaml}`);

describe('parse(text) datasets', () => {
  it('parse(text) reads datasets with relative urls, optional fields and unknown keys kept', () => {
    const nb = parse(
      withDatasets(
        `  pop:\n    url: data/p.csv\n    format: csv\n    sha256: ${SHA}\n    bytes: 120\n    retrieved: 2024-05-01\n    mirrors: [https://a.example/p.csv]\n    portal: {id: 42}\n`,
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
        portal: { id: 42 },
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
      parseError(withDatasets(`  a:\n    url: a.x\n    format: xls\n    sha256: ${SHA}\n`)),
    ).toEqual({
      line: 8,
      message: 'Line 8: dataset "a" has format "xls"; expected one of csv, tsv, json, arrow',
    });
    expect(parseError(withDatasets(`  a:\n    url: a.x\n    sha256: ${SHA}\n`))).toEqual({
      line: 6,
      message: 'Line 6: dataset "a" needs a `format`: one of csv, tsv, json, arrow',
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
