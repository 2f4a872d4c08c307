import { describe, expect, it } from 'vitest';
import { DatasetHashMismatch } from '../../../src/core/data/errors.ts';
import { readDataset } from '../../../src/core/data/read-dataset.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sha256Hex(bytes)', () => {
  it('is the lower-case hex SHA-256', async () => {
    expect(await sha256Hex(bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes only the view, not its whole buffer', async () => {
    const buffer = bytes('xxabcxx');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(await sha256Hex(bytes('abc')));
  });
});

describe('readDataset(name, spec, bytes)', () => {
  it('parses bytes that match the pinned hash', async () => {
    const data = bytes('a\n1\n2\n');
    const spec = { url: 'd.csv', format: 'csv', sha256: await sha256Hex(data) } as const;
    const { table, dialect } = await readDataset('d', spec, data);
    expect(table.array('a')).toEqual([1, 2]);
    expect(dialect).toEqual({
      delimiter: ',',
      decimal: '.',
      encoding: 'utf-8',
      dates: 'iso',
      header: true,
    });
    // Read as the notebook pins it: without a header, the first line is a row.
    const headless = await readDataset('d', { ...spec, csv: { header: false } }, data);
    expect(headless.table.array('col1')).toEqual(['a', '1', '2']);
    expect(headless.dialect?.header).toBe(false);
  });

  it('fails with DatasetHashMismatch, naming both hashes and what to do', async () => {
    const data = bytes('a\n1\n');
    const actual = await sha256Hex(data);
    const error = await readDataset(
      'd',
      { url: 'd.csv', format: 'csv', sha256: '0'.repeat(64) },
      data,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetHashMismatch);
    expect(error.name).toBe('DatasetHashMismatch');
    expect(error.message).toBe(
      `Dataset "d" does not match its pinned hash: expected sha256 ${'0'.repeat(64)}, got ${actual}. ` +
        'The file changed since it was pinned: restore the original file or re-pin the dataset.',
    );
  });

  it('reports a hash mismatch rather than the parse error it explains', async () => {
    const error = await readDataset(
      'd',
      { url: 'd.json', format: 'json', sha256: '0'.repeat(64) },
      bytes('oops'),
    ).catch((e) => e);
    expect(error.name).toBe('DatasetHashMismatch');
  });

  it('reports a parse error when the hash matches', async () => {
    const data = bytes('oops');
    const error = await readDataset(
      'd',
      { url: 'd.json', format: 'json', sha256: await sha256Hex(data) },
      data,
    ).catch((e) => e);
    expect(error.name).toBe('DatasetParseError');
  });
});
