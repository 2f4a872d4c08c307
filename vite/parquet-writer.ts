/**
 * A minimal Parquet writer for the demo portal's exports, run at build time: one row group, one
 * uncompressed PLAIN data page (v1) per column, every column OPTIONAL (an empty cell is null).
 * Enough for small tables; the app reads the result with hyparquet, as any Parquet file.
 * Metadata is Thrift's compact protocol, written by hand (see the Parquet format's
 * `parquet.thrift` for the field ids).
 */

/** A column's values and how they are stored. */
export type ParquetColumn =
  | { name: string; type: 'text'; values: (string | null)[] }
  | { name: string; type: 'int'; values: (number | null)[] }
  | { name: string; type: 'double'; values: (number | null)[] }
  /** `YYYY-MM-DD` strings, stored as days since 1970-01-01. */
  | { name: string; type: 'date'; values: (string | null)[] };

// parquet.thrift enums
const PHYSICAL = { text: 6, int: 1, double: 5, date: 1 } as const; // BYTE_ARRAY, INT32, DOUBLE
const CONVERTED = { text: 0, date: 6 } as const; // UTF8, DATE
const OPTIONAL = 1;
const PLAIN = 0;
const RLE = 3;

/** The bytes of a Parquet file holding `columns`, which all have `rows` values. */
export function writeParquet(columns: readonly ParquetColumn[], rows: number): Uint8Array {
  const out = new Bytes();
  out.raw(utf8('PAR1'));
  const chunks = columns.map((column) => {
    if (column.values.length !== rows) throw new Error(`${column.name}: not ${rows} values`);
    const page = dataPage(column);
    const header = new Thrift();
    header.i32(1, 0); // type: DATA_PAGE
    header.i32(2, page.length); // uncompressed_page_size
    header.i32(3, page.length); // compressed_page_size
    header.struct(5, (h) => {
      h.i32(1, rows); // num_values
      h.i32(2, PLAIN);
      h.i32(3, RLE); // definition_level_encoding
      h.i32(4, RLE); // repetition_level_encoding
    });
    const offset = out.length;
    out.raw(header.end());
    out.raw(page);
    return { column, offset, size: out.length - offset };
  });

  const meta = new Thrift();
  meta.i32(1, 1); // version
  meta.list(2, columns.length + 1, (t) => {
    t.element((s) => {
      s.string(4, 'schema');
      s.i32(5, columns.length); // num_children
    });
    for (const column of columns) {
      t.element((s) => {
        s.i32(1, PHYSICAL[column.type]);
        s.i32(3, OPTIONAL);
        s.string(4, column.name);
        if (column.type === 'text' || column.type === 'date') s.i32(6, CONVERTED[column.type]);
      });
    }
  });
  meta.i64(3, rows);
  meta.list(4, 1, (t) =>
    t.element((group) => {
      group.list(1, chunks.length, (list) => {
        for (const { column, offset, size } of chunks) {
          list.element((chunk) => {
            chunk.i64(2, offset); // file_offset
            chunk.struct(3, (m) => {
              m.i32(1, PHYSICAL[column.type]);
              m.list(2, 2, (l) => l.i32s([PLAIN, RLE]), 5);
              m.list(3, 1, (l) => l.strings([column.name]), 8);
              m.i32(4, 0); // codec: UNCOMPRESSED
              m.i64(5, rows);
              m.i64(6, size);
              m.i64(7, size);
              m.i64(9, offset); // data_page_offset
            });
          });
        }
      });
      group.i64(
        2,
        chunks.reduce((sum, c) => sum + c.size, 0),
      );
      group.i64(3, rows);
    }),
  );
  meta.string(6, 'algobook demo portal');
  const footer = meta.end();
  out.raw(footer);
  out.u32(footer.length);
  out.raw(utf8('PAR1'));
  return out.bytes();
}

/** Definition levels (1 bit each, bit-packed, length-prefixed), then the non-null values. */
function dataPage(column: ParquetColumn): Uint8Array {
  const page = new Bytes();
  const n = column.values.length;
  const levels = new Bytes();
  const groups = Math.ceil(n / 8);
  levels.varint((groups << 1) | 1);
  const bits = new Uint8Array(groups);
  column.values.forEach((value, i) => {
    if (value !== null) bits[i >> 3] |= 1 << (i & 7);
  });
  levels.raw(bits);
  page.u32(levels.length);
  page.raw(levels.bytes());
  for (const value of column.values) {
    if (value === null) continue;
    switch (column.type) {
      case 'text': {
        const bytes = new TextEncoder().encode(value as string);
        page.u32(bytes.length);
        page.raw(bytes);
        break;
      }
      case 'int':
        page.i32(value as number);
        break;
      case 'double':
        page.f64(value as number);
        break;
      case 'date':
        page.i32(Date.parse(`${value as string}T00:00:00Z`) / 86_400_000);
        break;
    }
  }
  return page.bytes();
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A growing byte buffer, little-endian. */
class Bytes {
  private parts: number[] = [];
  get length() {
    return this.parts.length;
  }
  raw(bytes: Uint8Array) {
    for (const b of bytes) this.parts.push(b);
  }
  u32(n: number) {
    const view = new DataView(new ArrayBuffer(4));
    view.setUint32(0, n, true);
    this.raw(new Uint8Array(view.buffer));
  }
  i32(n: number) {
    const view = new DataView(new ArrayBuffer(4));
    view.setInt32(0, n, true);
    this.raw(new Uint8Array(view.buffer));
  }
  f64(n: number) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, n, true);
    this.raw(new Uint8Array(view.buffer));
  }
  /** An unsigned LEB128 varint. */
  varint(n: number) {
    let rest = BigInt(n);
    do {
      const low = Number(rest & 0x7fn);
      rest >>= 7n;
      this.parts.push(rest ? low | 0x80 : low);
    } while (rest);
  }
  bytes() {
    return Uint8Array.from(this.parts);
  }
}

/** Thrift compact protocol: a struct's fields in increasing id order, then its stop byte. */
class Thrift {
  private out = new Bytes();
  private last = 0;

  private header(id: number, type: number) {
    const delta = id - this.last;
    if (delta > 0 && delta <= 15) this.out.raw(Uint8Array.of((delta << 4) | type));
    else throw new Error('field ids must increase by 1 to 15');
    this.last = id;
  }
  private zigzag(n: number) {
    this.out.varint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
  i32(id: number, n: number) {
    this.header(id, 5);
    this.zigzag(n);
  }
  i64(id: number, n: number) {
    this.header(id, 6);
    this.zigzag(n);
  }
  string(id: number, text: string) {
    this.header(id, 8);
    const bytes = utf8(text);
    this.out.varint(bytes.length);
    this.out.raw(bytes);
  }
  struct(id: number, fill: (t: Thrift) => void) {
    this.header(id, 12);
    this.out.raw(Thrift.of(fill));
  }
  /** A list of `size` elements of `type` (structs by default). */
  list(id: number, size: number, fill: (l: ThriftList) => void, type = 12) {
    this.header(id, 9);
    this.out.raw(Uint8Array.of(size < 15 ? (size << 4) | type : 0xf0 | type));
    if (size >= 15) this.out.varint(size);
    fill(new ThriftList(this.out));
  }
  end(): Uint8Array {
    this.out.varint(0);
    return this.out.bytes();
  }
  static of(fill: (t: Thrift) => void): Uint8Array {
    const t = new Thrift();
    fill(t);
    return t.end();
  }
}

class ThriftList {
  constructor(private out: Bytes) {}
  element(fill: (t: Thrift) => void) {
    this.out.raw(Thrift.of(fill));
  }
  i32s(values: number[]) {
    for (const n of values) this.out.varint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
  strings(values: string[]) {
    for (const text of values) {
      const bytes = utf8(text);
      this.out.varint(bytes.length);
      this.out.raw(bytes);
    }
  }
}
