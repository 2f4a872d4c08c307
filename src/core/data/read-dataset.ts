import type { ColumnTable } from 'arquero';
import type { DatasetSpec } from '../format/types.ts';
import { DatasetHashMismatch } from './errors.ts';
import { parseDataset } from './parse-dataset.ts';
import { sha256Hex } from './sha256.ts';

/**
 * Checks the bytes of a pinned dataset against its hash and parses them. The hash is computed
 * while the bytes are parsed (Web Crypto works off the thread in Node and browsers), so checking
 * costs little more than parsing; a mismatch wins over a parse error, since it explains it.
 * `checked`: the host guarantees the bytes match `spec.sha256`.
 */
export async function readDataset(
  name: string,
  spec: DatasetSpec,
  bytes: Uint8Array,
  options: { checked?: boolean } = {},
): Promise<ColumnTable> {
  // Bytes the host already checked against the pin (the page does, before they reach the
  // sandboxed worker, where Web Crypto is not available) are not hashed twice.
  const parseOptions = { columns: spec.columns, sheet: spec.sheet };
  if (options.checked) return parseDataset(bytes, spec.format, name, parseOptions);
  const hashing = sha256Hex(bytes);
  let table: ColumnTable | undefined;
  let parseError: unknown;
  try {
    // Text formats parse synchronously up to their first await: the hash is computed meanwhile.
    table = await parseDataset(bytes, spec.format, name, parseOptions);
  } catch (error) {
    parseError = error;
  }
  const actual = await hashing;
  const expected = spec.sha256.toLowerCase();
  if (actual !== expected) throw new DatasetHashMismatch(name, expected, actual);
  if (!table) throw parseError;
  return table;
}
