import { CsvReadError } from './csv-error.ts';
import { ESCAPED, PLAIN, QUOTED } from './records.ts';

const QUOTE = 34;

/**
 * The text of fields, decoded from the bytes only when a field becomes a string. ASCII fields
 * (most of them) are cut from a Latin-1 string of the surrounding block, where a byte is a
 * character, so that cutting costs no call into the decoder; a field with other bytes goes
 * through `TextDecoder` (UTF-8, which rejects invalid bytes) or a table (Windows-1252).
 */
export class FieldText {
  #block = '';
  #blockStart = 0;
  #blockEnd = 0;
  readonly #decoder: TextDecoder;

  constructor(
    readonly bytes: Uint8Array,
    encoding: 'utf-8' | 'windows-1252',
  ) {
    this.#decoder = new TextDecoder(encoding, { fatal: true });
  }

  /** The text of a field from its bounds (records.ts). */
  of(start: number, end: number, how: number): string {
    if (how === PLAIN || how === QUOTED) return this.slice(start, end);
    if (how === ESCAPED) return this.slice(start, end).replaceAll('""', '"');
    // A quoted field followed by more text: the quoted text, then the rest as it is.
    const bytes = this.bytes;
    let p = start + 1;
    while (p < end && !(bytes[p] === QUOTE && bytes[p + 1] !== QUOTE))
      p += bytes[p] === QUOTE ? 2 : 1;
    return this.slice(start + 1, p).replaceAll('""', '"') + this.slice(p + 1, end);
  }

  /** The text of the bytes from `start` to `end`. */
  slice(start: number, end: number): string {
    if (start === end) return '';
    const bytes = this.bytes;
    for (let i = start; i < end; ++i) {
      if (bytes[i] > 0x7f) return this.#decode(start, end);
    }
    if (start < this.#blockStart || end > this.#blockEnd) this.#load(start, end);
    return this.#block.slice(start - this.#blockStart, end - this.#blockStart);
  }

  #decode(start: number, end: number): string {
    try {
      return this.#decoder.decode(this.bytes.subarray(start, end));
    } catch {
      throw new CsvReadError('dataset-not-utf8');
    }
  }

  // Loads the block of bytes around [start, end) as a Latin-1 string (one character a byte).
  #load(start: number, end: number): void {
    const from = start;
    const to = Math.min(this.bytes.length, Math.max(end, start + BLOCK));
    let text = '';
    for (let i = from; i < to; i += 8192) {
      text += String.fromCharCode.apply(
        null,
        this.bytes.subarray(i, Math.min(to, i + 8192)) as unknown as number[],
      );
    }
    this.#block = text;
    this.#blockStart = from;
    this.#blockEnd = to;
  }
}

/** Bytes decoded at once for cutting ASCII fields. */
const BLOCK = 1 << 16;
