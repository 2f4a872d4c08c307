import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { DatasetFormat } from '../format/types.ts';
import { DatasetParseError } from './errors.ts';

/**
 * Bytes in one of the pinned formats to an Arquero table: CSV and TSV through `aq.fromCSV`
 * (types inferred), JSON as an array of records, Arrow IPC (file or stream) through
 * `aq.fromArrow`. Bad input throws a `DatasetParseError` naming the dataset.
 */
export function parseDataset(
  bytes: Uint8Array,
  format: DatasetFormat,
  name = 'dataset',
): ColumnTable {
  const fail = (reason: string) => new DatasetParseError(name, format, reason);
  switch (format) {
    case 'csv':
    case 'tsv': {
      const text = decode(bytes, fail);
      if (!text.trim()) throw fail('the file is empty');
      return aq.fromCSV(text, format === 'tsv' ? { delimiter: '\t' } : undefined);
    }
    case 'json':
      return fromRecords(decode(bytes, fail), fail);
    case 'arrow':
      try {
        return aq.fromArrow(bytes);
      } catch (error) {
        throw fail(`not Arrow IPC data (${message(error)})`);
      }
    default:
      throw fail(`unknown format; expected csv, tsv, json or arrow`);
  }
}

// One decoder for every call; `fatal` turns bytes that are not UTF-8 into an error instead of
// silently replaced characters. It also drops a byte-order mark.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, fail: (reason: string) => Error): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw fail('the bytes are not UTF-8 text');
  }
}

function fromRecords(text: string, fail: (reason: string) => Error): ColumnTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw fail(`invalid JSON (${message(error)})`);
  }
  if (!Array.isArray(data)) throw fail('expected an array of records ([{...}, ...])');
  // aq.from takes the columns of the first record only; records may differ, so collect all.
  const names = new Set<string>();
  for (let i = 0; i < data.length; ++i) {
    const row: unknown = data[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw fail(`expected an array of records, but item ${i} is not an object`);
    }
    for (const key in row) names.add(key);
  }
  return aq.from(data, [...names]);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
