/**
 * A minimal Parquet writer for tests: one row group, one uncompressed PLAIN data page per column,
 * optional columns (nulls allowed). Enough to serve a real Parquet file from the fake portal and
 * to feed the parser, without a writer dependency. Column kinds: 'int64' (numbers or bigints,
 * read back as bigint by hyparquet), 'double', 'string' (UTF-8), 'boolean'.
 */
import { gzipSync } from 'node:zlib';

export type ParquetKind = 'int64' | 'double' | 'string' | 'boolean';

export interface ParquetColumn {
  name: string;
  kind: ParquetKind;
  values: unknown[];
}

// Thrift compact protocol type ids.
const T = { I32: 5, I64: 6, BINARY: 8, LIST: 9, STRUCT: 12 } as const;
// Parquet physical types.
const PHYSICAL: Record<ParquetKind, number> = { boolean: 0, int64: 2, double: 5, string: 6 };

class Bytes {
  parts: number[] = [];
  byte(b: number) {
    this.parts.push(b & 0xff);
  }
  varint(n: bigint) {
    let v = n;
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v > 0n) b |= 0x80;
      this.byte(b);
    } while (v > 0n);
  }
  raw(bytes: ArrayLike<number>) {
    for (let i = 0; i < bytes.length; ++i) this.byte(bytes[i]);
  }
  u32(n: number) {
    this.raw([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
  }
  get length() {
    return this.parts.length;
  }
  toUint8Array() {
    return Uint8Array.from(this.parts);
  }
}

type Field =
  | [number, 'i32', number]
  | [number, 'i64', number]
  | [number, 'string', string]
  | [number, 'struct', Field[]]
  | [number, 'list-i32', number[]]
  | [number, 'list-string', string[]]
  | [number, 'list-struct', Field[][]];

function zigzag(n: number): bigint {
  const v = BigInt(n);
  return v >= 0n ? v << 1n : (-v << 1n) - 1n;
}

function writeStruct(out: Bytes, fields: Field[]): void {
  let last = 0;
  for (const [id, kind, value] of fields) {
    const type =
      kind === 'i32'
        ? T.I32
        : kind === 'i64'
          ? T.I64
          : kind === 'string'
            ? T.BINARY
            : kind === 'struct'
              ? T.STRUCT
              : T.LIST;
    out.byte(((id - last) << 4) | type);
    last = id;
    if (kind === 'i32' || kind === 'i64') out.varint(zigzag(value));
    else if (kind === 'string') writeString(out, value);
    else if (kind === 'struct') writeStruct(out, value);
    else {
      const elem = kind === 'list-i32' ? T.I32 : kind === 'list-string' ? T.BINARY : T.STRUCT;
      const items = value as unknown[];
      if (items.length < 15) out.byte((items.length << 4) | elem);
      else {
        out.byte(0xf0 | elem);
        out.varint(BigInt(items.length));
      }
      for (const item of items) {
        if (kind === 'list-i32') out.varint(zigzag(item as number));
        else if (kind === 'list-string') writeString(out, item as string);
        else writeStruct(out, item as Field[]);
      }
    }
  }
  out.byte(0);
}

function writeString(out: Bytes, text: string): void {
  const bytes = new TextEncoder().encode(text);
  out.varint(BigInt(bytes.length));
  out.raw(bytes);
}

function plainValues(column: ParquetColumn): Bytes {
  const out = new Bytes();
  const present = column.values.filter((v) => v !== null && v !== undefined);
  if (column.kind === 'boolean') {
    for (let i = 0; i < present.length; i += 8) {
      let b = 0;
      for (let j = 0; j < 8 && i + j < present.length; ++j) if (present[i + j]) b |= 1 << j;
      out.byte(b);
    }
    return out;
  }
  for (const value of present) {
    if (column.kind === 'string') {
      const bytes = new TextEncoder().encode(String(value));
      out.u32(bytes.length);
      out.raw(bytes);
    } else {
      const view = new DataView(new ArrayBuffer(8));
      if (column.kind === 'int64') view.setBigInt64(0, BigInt(value as number), true);
      else view.setFloat64(0, Number(value), true);
      out.raw(new Uint8Array(view.buffer));
    }
  }
  return out;
}

/** Definition levels (1 = present, 0 = null) in the RLE hybrid encoding, length-prefixed. */
function definitionLevels(values: unknown[]): Bytes {
  const runs = new Bytes();
  let i = 0;
  while (i < values.length) {
    const level = values[i] === null || values[i] === undefined ? 0 : 1;
    let j = i;
    while (j < values.length && (values[j] === null || values[j] === undefined ? 0 : 1) === level)
      ++j;
    runs.varint(BigInt(j - i) << 1n);
    runs.byte(level);
    i = j;
  }
  const out = new Bytes();
  out.u32(runs.length);
  out.raw(runs.parts);
  return out;
}

/** A Parquet file holding the given columns (all of the same length), pages optionally gzipped. */
export function writeParquet(
  columns: ParquetColumn[],
  /** `brotli` only labels the pages (they stay plain): for testing an unsupported codec. */
  options: { codec?: 'uncompressed' | 'gzip' | 'brotli' } = {},
): Uint8Array {
  const gzip = options.codec === 'gzip';
  const rows = columns[0]?.values.length ?? 0;
  const file = new Bytes();
  file.raw(new TextEncoder().encode('PAR1'));
  const chunks: Field[][] = [];
  for (const column of columns) {
    const plain = new Bytes();
    plain.raw(definitionLevels(column.values).parts);
    plain.raw(plainValues(column).parts);
    const body = new Bytes();
    body.raw(gzip ? gzipSync(plain.toUint8Array()) : plain.parts);
    const header = new Bytes();
    writeStruct(header, [
      [1, 'i32', 0],
      [2, 'i32', plain.length],
      [3, 'i32', body.length],
      [
        5,
        'struct',
        [
          [1, 'i32', rows],
          [2, 'i32', 0],
          [3, 'i32', 3],
          [4, 'i32', 3],
        ],
      ],
    ]);
    const offset = file.length;
    file.raw(header.parts);
    file.raw(body.parts);
    const size = header.length + body.length;
    chunks.push([
      [2, 'i64', offset],
      [
        3,
        'struct',
        [
          [1, 'i32', PHYSICAL[column.kind]],
          [2, 'list-i32', [0, 3]],
          [3, 'list-string', [column.name]],
          [4, 'i32', gzip ? 2 : options.codec === 'brotli' ? 4 : 0],
          [5, 'i64', rows],
          [6, 'i64', header.length + plain.length],
          [7, 'i64', size],
          [9, 'i64', offset],
        ],
      ],
    ]);
  }
  const schema: Field[][] = [
    [
      [4, 'string', 'schema'],
      [5, 'i32', columns.length],
    ],
    ...columns.map((column): Field[] => [
      [1, 'i32', PHYSICAL[column.kind]],
      [3, 'i32', 1],
      [4, 'string', column.name],
      ...(column.kind === 'string' ? [[6, 'i32', 0] as Field] : []),
    ]),
  ];
  const meta = new Bytes();
  writeStruct(meta, [
    [1, 'i32', 1],
    [2, 'list-struct', schema],
    [3, 'i64', rows],
    [
      4,
      'list-struct',
      [
        [
          [1, 'list-struct', chunks],
          [2, 'i64', file.length - 4],
          [3, 'i64', rows],
        ],
      ],
    ],
    [6, 'string', 'algobook test writer'],
  ]);
  file.raw(meta.parts);
  file.u32(meta.length);
  file.raw(new TextEncoder().encode('PAR1'));
  return file.toUint8Array();
}
