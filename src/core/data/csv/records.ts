import { CsvReadError } from './csv-error.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How a field is written, the third number of its bounds. */
export const PLAIN = 0;
/** Quoted, without escaped quotes: the text is the bytes between the quotes. */
export const QUOTED = 1;
/** Quoted with `""` inside: the bytes between the quotes, each `""` read as `"`. */
export const ESCAPED = 2;
/** Quoted and followed by more text before the delimiter (`"ab"c`): bounds cover it all, from
 * the opening quote. Read as the quoted text then the rest (`abc`). */
export const TRAILING = 3;
/** Added to the above when the field has a byte above 0x7F (not ASCII). */
export const WIDE = 4;

/**
 * Splits delimited bytes into records, one at a time, as RFC 4180 says and `aq.fromCSV` reads:
 * a quote opens a quoted field only at the start of a field; `""` inside quotes is a quote; line
 * breaks (LF, CRLF or CR) end a record outside quotes. Bytes are scanned, never decoded: the
 * delimiter, quote and line breaks are ASCII, which no byte of a multi-byte UTF-8 character is.
 *
 * A record's fields are left in `bounds` as (start, end, how) triples, `how` saying whether the
 * field is quoted and whether it has bytes beyond ASCII. Line numbers count every
 * line break, inside quotes too, as an editor shows them.
 */
export class RecordReader {
  /** Where the next record starts. */
  pos: number;
  /** The line (from 1) at `pos`. */
  line: number;
  /** The line where the last record read starts. */
  recordLine = 0;
  /** (start, end, how) of each field of the last record read. */
  bounds = new Int32Array(3 * 64);

  constructor(
    readonly bytes: Uint8Array,
    readonly delimiter: number,
    start = 0,
    line = 1,
  ) {
    this.pos = start;
    this.line = line;
  }

  /** Skips empty lines; false at the end of the bytes. */
  skipEmptyLines(): boolean {
    const bytes = this.bytes;
    const n = bytes.length;
    let p = this.pos;
    while (p < n) {
      const b = bytes[p];
      if (b === LF) ++p;
      else if (b === CR) p += bytes[p + 1] === LF ? 2 : 1;
      else break;
      ++this.line;
    }
    this.pos = p;
    return p < n;
  }

  /** Whether the next record is an empty line. */
  atEmptyLine(): boolean {
    const b = this.bytes[this.pos];
    return b === LF || b === CR;
  }

  /** Reads the record at `pos` (there is one: `pos` is before the end) and returns its number of
   * fields. Throws `csv-unclosed-quote` on a quote never closed. */
  read(): number {
    const bytes = this.bytes;
    const n = bytes.length;
    const d = this.delimiter;
    let p = this.pos;
    let line = this.line;
    let bounds = this.bounds;
    let f = 0;
    this.recordLine = line;
    for (;;) {
      if (f * 3 + 3 > bounds.length) {
        const grown = new Int32Array(bounds.length * 2);
        grown.set(bounds);
        this.bounds = bounds = grown;
      }
      let b = p < n ? bytes[p] : -1;
      const start = p;
      let how = PLAIN;
      let high = 0;
      if (b === QUOTE) {
        const opened = line;
        how = QUOTED;
        for (++p; ; ++p) {
          if (p >= n) throw new CsvReadError('csv-unclosed-quote', { line: opened }, opened);
          b = bytes[p];
          high |= b;
          if (b === QUOTE) {
            if (bytes[p + 1] !== QUOTE) break;
            how = ESCAPED;
            ++p;
          } else if (b === LF || (b === CR && bytes[p + 1] !== LF)) ++line;
        }
        bounds[f * 3] = start + 1;
        bounds[f * 3 + 1] = p;
        ++p;
        if (p < n && (b = bytes[p]) !== d && b !== LF && b !== CR) {
          how = TRAILING;
          while (p < n && (b = bytes[p]) !== d && b !== LF && b !== CR) {
            high |= b;
            ++p;
          }
          bounds[f * 3] = start;
          bounds[f * 3 + 1] = p;
        }
      } else {
        while (p < n && (b = bytes[p]) !== d && b !== LF && b !== CR) {
          high |= b;
          ++p;
        }
        bounds[f * 3] = start;
        bounds[f * 3 + 1] = p;
      }
      bounds[f * 3 + 2] = high > 0x7f ? how | WIDE : how;
      ++f;
      if (p >= n) break;
      b = bytes[p++];
      if (b === d) continue;
      if (b === CR && bytes[p] === LF) ++p;
      ++line;
      break;
    }
    this.pos = p;
    this.line = line;
    return f;
  }
}
