import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const objects = (table: aq.ColumnTable) => table.objects();

describe('parseDataset(bytes, format, name)', () => {
  it('parses CSV with inferred types, ignoring a byte-order mark', () => {
    const table = parseDataset(
      bytes('\uFEFFcity,pop,capital\nParis,2.1,true\nLyon,0.5,false\n'),
      'csv',
    );
    expect(objects(table)).toEqual([
      { city: 'Paris', pop: 2.1, capital: true },
      { city: 'Lyon', pop: 0.5, capital: false },
    ]);
  });

  it('parses TSV', () => {
    expect(objects(parseDataset(bytes('a\tb\n1\tx,y\n'), 'tsv'))).toEqual([{ a: 1, b: 'x,y' }]);
  });

  it('parses JSON arrays of records', () => {
    expect(objects(parseDataset(bytes('[{"a": 1}, {"a": 2, "b": "x"}]'), 'json'))).toEqual([
      { a: 1, b: undefined },
      { a: 2, b: 'x' },
    ]);
  });

  it('parses Arrow IPC', () => {
    const ipc = aq.toArrowIPC(aq.table({ a: [1, 2], s: ['x', 'y'] }));
    expect(objects(parseDataset(ipc, 'arrow'))).toEqual([
      { a: 1, s: 'x' },
      { a: 2, s: 'y' },
    ]);
  });

  it('names the dataset and the problem when the bytes are bad', () => {
    expect(() => parseDataset(bytes('  \n'), 'csv', 'cities')).toThrow(
      'Dataset "cities" could not be read as csv: the file is empty',
    );
    expect(() => parseDataset(new Uint8Array([0x61, 0xff, 0x0a]), 'tsv', 't')).toThrow(
      'Dataset "t" could not be read as tsv: the bytes are not UTF-8 text',
    );
    expect(() => parseDataset(bytes('{"a": 1}'), 'json', 'j')).toThrow(
      /expected an array of records/,
    );
    expect(() => parseDataset(bytes('[{"a": 1}, 3]'), 'json', 'j')).toThrow(
      /item 1 is not an object/,
    );
    expect(() => parseDataset(bytes('[{"a": '), 'json', 'j')).toThrow(
      /^Dataset "j" could not be read as json: invalid JSON/,
    );
    expect(() => parseDataset(bytes('not arrow'), 'arrow', 'a')).toThrow(
      /^Dataset "a" could not be read as arrow: not Arrow IPC data/,
    );
  });

  it('throws errors named DatasetParseError', () => {
    try {
      parseDataset(bytes(''), 'csv', 'x');
    } catch (error) {
      expect(error).toMatchObject({ name: 'DatasetParseError', dataset: 'x', format: 'csv' });
      return;
    }
    throw new Error('expected an error');
  });
});
