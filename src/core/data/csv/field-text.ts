import { CsvReadError } from './csv-error.ts';
import { ESCAPED, TRAILING, WIDE } from './records.ts';

const QUOTE = 34;

/**
 * The text of fields, decoded from the bytes only when a field becomes a string. Short ASCII
 * fields (most of them) are shared, one string for each, built from their bytes; longer ASCII
 * fields are cut from a Latin-1 string of the surrounding block, where a byte is a character, so
 * that cutting costs no call into the decoder; a field with other bytes goes through
 * `TextDecoder` (UTF-8, which rejects invalid bytes) or a table (Windows-1252).
 */
export class FieldText {
  #block = '';
  readonly #texts: string[] = new Array<string>(SLOTS).fill('');
  readonly #starts = new Int32Array(SLOTS);
  readonly #lengths = new Int32Array(SLOTS);
  #blockStart = 0;
  #blockEnd = 0;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  readonly #utf8: boolean;

  constructor(
    readonly bytes: Uint8Array,
    encoding: 'utf-8' | 'windows-1252',
  ) {
    this.#utf8 = encoding === 'utf-8';
  }

  /** The text of a field from its bounds (records.ts). */
  of(start: number, end: number, how: number): string {
    const wide = (how & WIDE) !== 0;
    switch (how & ~WIDE) {
      case ESCAPED:
        return this.slice(start, end, wide).replaceAll('""', '"');
      case TRAILING: {
        // A quoted field followed by more text: the quoted text, then the rest as it is.
        const bytes = this.bytes;
        let p = start + 1;
        while (p < end && !(bytes[p] === QUOTE && bytes[p + 1] !== QUOTE)) {
          p += bytes[p] === QUOTE ? 2 : 1;
        }
        return this.slice(start + 1, p, wide).replaceAll('""', '"') + this.slice(p + 1, end, wide);
      }
      default:
        return this.slice(start, end, wide);
    }
  }

  /** The text of the bytes from `start` to `end`, `wide` if some are not ASCII. */
  slice(start: number, end: number, wide: boolean): string {
    if (start === end) return '';
    if (wide) return this.#decode(start, end);
    const length = end - start;
    if (length > SHORT) return this.#cut(start, end);
    // Short texts repeat (categories, codes): one string for each, found by a hash of the
    // bytes, saves making (and keeping) a string a cell.
    const bytes = this.bytes;
    let hash = length;
    for (let i = start; i < end; ++i) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    if (this.#lengths[slot] === length) {
      const at = this.#starts[slot];
      let i = 0;
      while (i < length && bytes[at + i] === bytes[start + i]) ++i;
      if (i === length) return this.#texts[slot];
    }
    const text = ascii(bytes, start, end);
    this.#texts[slot] = text;
    this.#starts[slot] = start;
    this.#lengths[slot] = length;
    return text;
  }

  #cut(start: number, end: number): string {
    if (start < this.#blockStart || end > this.#blockEnd) this.#load(start, end);
    return this.#block.slice(start - this.#blockStart, end - this.#blockStart);
  }

  #decode(start: number, end: number): string {
    if (!this.#utf8) return windows1252(this.bytes, start, end);
    try {
      return this.#decoder.decode(this.bytes.subarray(start, end));
    } catch {
      throw new CsvReadError('dataset-not-utf8');
    }
  }

  // Loads the bytes from `start` on as a string of one character a byte, to cut ASCII fields
  // from. 'latin1' is Windows-1252 for a browser: its characters for bytes 0x80 to 0x9F differ,
  // but only ASCII fields are cut from the block.
  #load(start: number, end: number): void {
    const to = Math.min(this.bytes.length, Math.max(end, start + BLOCK));
    this.#block = latin1.decode(this.bytes.subarray(start, to));
    this.#blockStart = start;
    this.#blockEnd = to;
  }
}

/** Texts of at most this many bytes are shared (`slice`), in this many slots. */
const SHORT = 32;
const SLOTS = 1 << 16;

/** Bytes decoded at once for cutting ASCII fields: more than V8 keeps in its young generation
 * (128 KB), so that a block that texts still point to is never copied by the garbage collector. */
const BLOCK = 1 << 18;

const latin1 = new TextDecoder('latin1');

/** The text of short ASCII bytes, one flat string (a cut of the block could keep it alive). */
function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

// Windows-1252 differs from Latin-1 in 0x80 to 0x9F (€, ’, œ…). Node's TextDecoder reads it as
// Latin-1, browsers as WHATWG says: this table makes both read it the same, the WHATWG way.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; ++i) {
    const b = bytes[i];
    text += b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  }
  return text;
}
