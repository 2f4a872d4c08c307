import type { DatasetSpec } from '../format/types.ts';
import { DatasetHashMismatch } from './errors.ts';
import { parseDatasetWithNotes, type ParsedDataset, type ParseOptions } from './parse-dataset.ts';
import { sha256Hex } from './sha256.ts';

/**
 * Checks the bytes of a pinned dataset against its hash and parses them. The hash is computed
 * while the bytes are parsed (Web Crypto works off the thread in Node and browsers), so checking
 * costs little more than parsing; a mismatch wins over a parse error, since it explains it.
 * `checked`: the host guarantees the bytes match `spec.sha256`. A csv/tsv file is read with the
 * dialect its `csv:` pins, the rest detected; the result says which, with notes on its columns.
 */
export async function readDataset(
  name: string,
  spec: DatasetSpec,
  bytes: Uint8Array,
  options: { checked?: boolean } & Pick<ParseOptions, 'onProgress' | 'signal'> = {},
): Promise<ParsedDataset> {
  // Bytes the host already checked against the pin (the page does, before they reach the
  // sandboxed worker, where Web Crypto is not available) are not hashed twice.
  const { checked, onProgress, signal } = options;
  const parseOptions = {
    columns: spec.columns,
    csv: spec.csv,
    sheet: spec.sheet,
    onProgress,
    signal,
  };
  if (checked) return parseDatasetWithNotes(bytes, spec.format, name, parseOptions);
  const hashing = sha256Hex(bytes);
  let parsed: ParsedDataset | undefined;
  let parseError: unknown;
  try {
    // Text formats parse synchronously up to their first await: the hash is computed meanwhile.
    parsed = await parseDatasetWithNotes(bytes, spec.format, name, parseOptions);
  } catch (error) {
    parseError = error;
  }
  const actual = await hashing;
  const expected = spec.sha256.toLowerCase();
  if (actual !== expected) throw new DatasetHashMismatch(name, expected, actual);
  if (!parsed) throw parseError;
  return parsed;
}
