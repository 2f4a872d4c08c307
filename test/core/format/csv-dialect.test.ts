import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/core/errors/index.ts';
import { FormatError } from '../../../src/core/format/errors.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { serialize } from '../../../src/core/format/serialize.ts';
import { FRONT, SHA, file, parseError } from './helpers.ts';

// Lines: `datasets:` 5, `a:` 6, url 7, format 8, sha256 9, then the key under test from 10.
const spec = (yaml: string) =>
  file(
    '',
    `${FRONT}datasets:\n  a:\n    url: a.csv\n    format: csv\n    sha256: ${SHA}\n${yaml.replace(/^/gm, '    ').trimEnd()}\n`,
  );

describe('parse(text) csv dialect of a dataset', () => {
  it('parse(text) reads a pinned dialect, any subset of its keys', () => {
    const all =
      'csv:\n  delimiter: ";"\n  decimal: ","\n  encoding: windows-1252\n  dates: dmy\n  header: true\n';
    expect(parse(spec(all)).front.datasets?.a?.csv).toEqual({
      delimiter: ';',
      decimal: ',',
      encoding: 'windows-1252',
      dates: 'dmy',
      header: true,
    });
    expect(parse(spec('csv: {delimiter: "\\t", header: false}\n')).front.datasets?.a?.csv).toEqual({
      delimiter: '\t',
      header: false,
    });
    expect(parse(spec('csv:\n')).front.datasets?.a?.csv).toBeNull();
  });

  it('serialize(nb) writes the pinned dialect back as it was read', () => {
    const text = spec('csv:\n  delimiter: "\\t"\n  decimal: ","\n  dates: none\n  header: false\n');
    const nb = parse(text);
    const again = parse(serialize(nb));
    expect(again.front.datasets?.a?.csv).toEqual({
      delimiter: '\t',
      decimal: ',',
      dates: 'none',
      header: false,
    });
    expect(serialize(again)).toBe(serialize(nb));
    expect(serialize(nb)).toContain('delimiter: "\\t"');
  });

  it.each([
    [
      'csv: ";"\n',
      10,
      'dataset "a" has csv ";"; expected a mapping with some of delimiter, decimal, encoding, dates, header',
    ],
    [
      'csv:\n  quote: "\'"\n',
      11,
      'dataset "a" has csv key "quote"; expected some of delimiter, decimal, encoding, dates, header',
    ],
    [
      'csv:\n  delimiter: ":"\n',
      11,
      'dataset "a" has csv delimiter ":"; expected one of ",", ";", "\\t", "|"',
    ],
    [
      'csv:\n  delimiter: ";;"\n',
      11,
      'dataset "a" has csv delimiter ";;"; expected one of ",", ";", "\\t", "|"',
    ],
    ['csv:\n  decimal: 3\n', 11, 'dataset "a" has csv decimal 3; expected one of ".", ","'],
    [
      'csv:\n  dates: [dmy]\n',
      11,
      'dataset "a" has csv dates a list; expected one of "iso", "dmy", "none"',
    ],
    [
      'csv:\n  decimal: "."\n  encoding: latin1\n',
      12,
      'dataset "a" has csv encoding "latin1"; expected one of "utf-8", "utf-16le", "utf-16be", "windows-1252"',
    ],
    [
      'csv:\n  header: "yes"\n',
      11,
      'dataset "a" has csv header "yes"; expected one of true, false',
    ],
    ['csv:\n  header:\n', 11, 'dataset "a" has csv header null; expected one of true, false'],
    [
      'csv:\n  __proto__: {delimiter: ";"}\n',
      11,
      'dataset "a" has csv key "__proto__"; expected some of delimiter, decimal, encoding, dates, header',
    ],
  ])('parse(text) refuses a bad dialect: %j', (yaml, line, message) => {
    expect(parseError(spec(yaml))).toEqual({ line, message: `Line ${line}: ${message}` });
  });

  it('parse(text) words a bad dialect in French too', () => {
    try {
      parse(spec('csv:\n  delimiter: ":"\n'));
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      expect(errorText('fr', error.code, error.params, error.message)).toBe(
        'Ligne 11\u00a0: le jeu de données «\u00a0a\u00a0» a pour csv delimiter ":"\u00a0; attendu l’une des valeurs ",", ";", "\\t", "|"',
      );
    }
  });
});
