import { describe, expect, it } from 'vitest';
import {
  AlgobookError,
  coreError,
  englishMessage,
  ERROR_MESSAGES,
  errorCode,
  fillTemplate,
  listParam,
} from '../../../src/core/errors/index.ts';
import { syntaxCode } from '../../../src/core/errors/syntax-codes.ts';
import { DatasetHashMismatch, DatasetParseError } from '../../../src/core/data/errors.ts';
import { PublishError } from '../../../src/core/publish/errors.ts';
import { DownloadError } from '../../../src/core/data/download-error.ts';
import { PortalError } from '../../../src/core/portals/errors.ts';
import { FormatError } from '../../../src/core/format/errors.ts';
import { errorText } from '../../../src/core/errors/translate.ts';

describe('AlgobookError(code, params)', () => {
  it('builds its English message from the code and the parameters', () => {
    const error = new AlgobookError('undefined-name', { name: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('x is not defined');
    expect(errorCode(error)).toEqual({ code: 'undefined-name', params: { name: 'x' } });
  });

  it('coreError(code, params, name) keeps a JavaScript name such as TypeError', () => {
    const error = coreError('inputs-text-value', {}, 'TypeError');
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('Inputs.text: value must be a string');
  });

  it('formats numbers and lists in English', () => {
    expect(englishMessage('chart-too-many-rows', { rows: 100001, max: 100000 })).toMatch(
      /^chart\(\): the data has 100,001 rows, more than the 100,000 a chart/,
    );
    expect(
      englishMessage('duplicate-definition', { name: 'x', cells: listParam(['1', '2', '3']) }),
    ).toBe('x is defined more than once (cells 1, 2 and 3)');
  });

  it('leaves a placeholder without a parameter visible, and a code outside the catalogue as is', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(englishMessage('no-such-code', {})).toBe('no-such-code');
  });

  it('is the shape of the errors of the data and publishing cores', () => {
    const parse = new DatasetParseError(
      'd',
      'csv',
      { code: 'csv-unclosed-quote', params: { line: 3 } },
      3,
    );
    expect(parse).toBeInstanceOf(AlgobookError);
    expect(parse.code).toBe('csv-unclosed-quote');
    expect(parse.params).toEqual({ line: 3, dataset: 'd', format: 'csv' });
    expect(parse.reason).toBe('the quoted field that starts on line 3 is never closed');
    expect(parse.message).toBe(
      'Dataset "d" could not be read as csv: the quoted field that starts on line 3 is never closed',
    );
    const older = new DatasetParseError('d', 'geojson', 'feature 2 is not a GeoJSON Feature');
    expect(older.code).toBe('dataset-unreadable');
    expect(older.message).toBe(
      'Dataset "d" could not be read as geojson: feature 2 is not a GeoJSON Feature',
    );
    const changed = new DatasetHashMismatch('d', 'aa', 'bb', 'https://x.test/d.csv');
    expect(changed.code).toBe('dataset-changed-at');
    expect(changed.message).toContain('https://x.test/d.csv serves bytes that changed');
    const publish = new PublishError('share-empty', 'The link is empty.');
    expect(publish).toBeInstanceOf(AlgobookError);
    expect(publish.message).toBe('The link is empty.');
  });

  it('is the shape of download, portal and format errors, each code worded in French', () => {
    const download = new DownloadError('too-large', 'https://x.test/a.csv', {
      bytes: 3 * 1024 * 1024,
      limit: 1024 * 1024,
    });
    expect(download).toBeInstanceOf(AlgobookError);
    expect(download.code).toBe('download-too-large');
    expect(download.reason).toBe('too-large');
    expect(errorText('fr', download.code, download.params, download.message)).toBe(
      'https://x.test/a.csv est trop volumineux (3\u00a0Mo\u00a0; la limite est de 1\u00a0Mo)\u00a0; réduisez-le par une requête au portail (moins de colonnes, des lignes filtrées ou regroupées).',
    );
    const portal = new PortalError('cors', 'udata', 'https://p.test', 'blocked');
    expect(portal).toBeInstanceOf(AlgobookError);
    expect(portal.code).toBe('portal-cors');
    expect(portal.message).toBe('blocked');
    const format = new FormatError(3, { code: 'format-front-unclosed' });
    expect(format.message).toBe(
      'Line 3: the front matter opened here is never closed by a line `---`',
    );
    expect(format.params).toEqual({ line: 3 });
  });

  it('every code of the catalogue is kebab-case', () => {
    for (const code of Object.keys(ERROR_MESSAGES))
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('syntaxCode(message, where)', () => {
  it("gives acorn's frequent messages a code, and any other the generic one with where it is", () => {
    const where = { line: 2, column: 7 };
    expect(syntaxCode('Unexpected token', where)).toEqual({
      code: 'syntax-unexpected-token',
      params: {},
    });
    expect(syntaxCode("Identifier 'a' has already been declared", where)).toEqual({
      code: 'syntax-already-declared',
      params: { name: 'a' },
    });
    expect(syntaxCode('Invalid regular expression flag', where)).toEqual({
      code: 'syntax-error',
      params: { detail: 'Invalid regular expression flag', line: 2, column: 7 },
    });
  });
});
