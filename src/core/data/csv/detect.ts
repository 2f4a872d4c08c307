import type { CsvDecimal, CsvDelimiter, CsvEncoding, DetectedDialect } from './types.ts';
import { looksLikeDate, looksLikeNumber, mostly } from './detect-values.ts';
import { splitRecords } from './split-records.ts';

/** How much of the file detection reads: enough lines to judge, cut at a line end. */
export const SAMPLE_BYTES = 64 * 1024;
/** The records detection looks at, at most. */
const SAMPLE_RECORDS = 500;
/** The delimiters tried, in the order that breaks a tie. */
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * Reads the dialect of delimited text off its first {@link SAMPLE_BYTES} bytes, the same way on
 * every machine, so that a notebook without `csv:` keys reproduces everywhere:
 * - **encoding**: a byte-order mark (UTF-8, UTF-16 LE/BE) first; else UTF-8 when the bytes are
 *   valid UTF-8 (a character cut by the end of the sample counts as valid); else Windows-1252;
 * - **delimiter**: among `,` `;` tab `|`, the one whose records (quotes respected) most often
 *   have the same number of fields, more than one; ties go to more fields, then to that order.
 *   A `tsv` hint is a tab. With no candidate (a single column), a comma;
 * - **decimal**: a comma when the delimiter is not a comma and some column's values look like
 *   `-?\d+(,\d+)?`, thousands grouped by a space, U+00A0 or U+202F (see {@link mostly});
 * - **dates**: `dmy` when some column's values look like `dd/mm/yyyy` (optionally ` hh:mm`),
 *   else `iso`;
 * - **header**: the first record names the columns unless it looks like data: some column whose
 *   other values are all numbers (or all dates) has a number (or a date) in the first record too,
 *   and none has text there. Without such typed columns, there is a header.
 */
export function detectDialect(
  bytes: Uint8Array,
  hint: { format?: 'csv' | 'tsv' } = {},
): DetectedDialect {
  const { encoding, bom } = detectEncoding(bytes);
  const text = sampleText(bytes, encoding);
  const delimiter = hint.format === 'tsv' ? '\t' : detectDelimiter(text);
  const records = splitRecords(text, delimiter, SAMPLE_RECORDS);
  // The first record may be a header: the columns are judged on the others when there are some.
  const body = records.length > 1 ? records.slice(1) : records;
  const columns = transpose(body);
  const decimal: CsvDecimal =
    delimiter !== ',' && columns.some((values) => isDecimalCommaColumn(values)) ? ',' : '.';
  const dates = columns.some((values) => mostly(values, (v) => looksLikeDate(v, 'dmy')))
    ? 'dmy'
    : 'iso';
  const header = records.length < 2 || !looksLikeData(records[0], columns, decimal, dates);
  return { delimiter, decimal, encoding, dates, header, bom };
}

/** The encoding of `bytes`, and whether they start with a byte-order mark. */
export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: true };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // Streaming keeps a multi-byte character cut at the end of the sample pending instead of
  // calling it invalid; at the real end of the file, a cut character is invalid.
  const cut = bytes.byteLength > SAMPLE_BYTES;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: cut });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'windows-1252', bom: false };
  }
}

/** The sample decoded, cut after its last line end when the file goes on. */
function sampleText(bytes: Uint8Array, encoding: CsvEncoding): string {
  const cut = bytes.byteLength > SAMPLE_BYTES;
  // The decoder drops a byte-order mark; `stream` keeps a cut character out of the text.
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, SAMPLE_BYTES), { stream: cut });
  if (!cut) return text;
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return end > 0 ? text.slice(0, end) : text;
}

/** The delimiter whose field counts agree best over the sample's records. */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; fields: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const counts = splitRecords(text, delimiter, SAMPLE_RECORDS).map((r) => r.length);
    const { value: fields, share } = mode(counts);
    if (fields < 2) continue;
    if (!best || share > best.share || (share === best.share && fields > best.fields))
      best = { delimiter, share, fields };
  }
  return best?.delimiter ?? ',';
}

/** The most frequent count (the larger on a tie) and the share of records that have it. */
function mode(counts: number[]): { value: number; share: number } {
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let value = 0;
  let times = 0;
  for (const [count, n] of tally) {
    if (n > times || (n === times && count > value)) [value, times] = [count, n];
  }
  return { value, share: counts.length ? times / counts.length : 0 };
}

/** The values of each column (by position; a column without any is a hole), empty cells left out. */
function transpose(records: string[][]): string[][] {
  const columns: string[][] = [];
  for (const record of records) {
    record.forEach((field, i) => {
      const value = field.trim();
      if (value) (columns[i] ??= []).push(value);
    });
  }
  return columns;
}

/** Numbers written with a decimal comma or grouped thousands, at least one of them showing it. */
function isDecimalCommaColumn(values: string[]): boolean {
  return (
    mostly(values, (v) => looksLikeNumber(v, ',')) &&
    values.some((v) => looksLikeNumber(v, ',') && /[,\s\u00a0\u202f]/.test(v))
  );
}

/** Whether the first record fits the typed columns below it rather than naming them. */
function looksLikeData(
  first: string[],
  columns: string[][],
  decimal: CsvDecimal,
  dates: 'iso' | 'dmy',
): boolean {
  let data = 0;
  for (let i = 0; i < columns.length; ++i) {
    const values = columns[i];
    if (!values?.length) continue;
    const typed = [
      (v: string) => looksLikeNumber(v, decimal),
      (v: string) => looksLikeDate(v, dates),
    ].find((test) => values.every(test));
    const value = first[i]?.trim();
    if (!typed || !value) continue;
    if (!typed(value)) return false;
    ++data;
  }
  return data > 0;
}
