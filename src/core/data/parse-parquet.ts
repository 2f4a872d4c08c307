import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { gunzip } from 'hyparquet-compressors/src/gzip.js';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
// hyparquet-compressors' own dependency, for ZSTD.
import { decompress as unzstd } from 'fzstd';
import type { ColumnData, ParseFail } from './format-modules.ts';

/**
 * Parquet through hyparquet. This module is loaded only when a notebook reads a Parquet file
 * (format-modules.ts: the runner's `parquet.js`). Columns are read whole; 64-bit integers become
 * numbers when they fit (|n| ≤ 2^53), as the rest of a notebook expects numbers.
 */
export async function readParquet(bytes: Uint8Array, fail: ParseFail): Promise<ColumnData> {
  const file = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let metadata;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    // hyparquet's own words are English: kept as a parameter, not in the sentence.
    throw fail('parquet-invalid', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const rows = Number(metadata.num_rows);
  const columns: Record<string, unknown[]> = Object.create(null);
  for (const name of names) columns[name] = new Array(rows);
  try {
    await parquetRead({
      file,
      metadata,
      compressors: COMPRESSORS,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const target = Object.hasOwn(columns, columnName) ? columns[columnName] : undefined;
        if (!target) return;
        for (let i = 0; i < columnData.length; ++i) target[rowStart + i] = toJs(columnData[i]);
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const codec = /unsupported compression codec: (\w+)/.exec(message)?.[1];
    if (codec) {
      throw fail('parquet-codec', { codec });
    }
    throw fail('parquet-damaged', { detail: message });
  }
  return { names, columns };
}

function toJs(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value;
  }
  return value ?? null;
}

/**
 * The codecs beyond hyparquet's own Snappy, without hyparquet-compressors' index: that one also
 * brings a WebAssembly Snappy (which the sandboxed worker may refuse) and Brotli's 80 kB
 * dictionary (Brotli is rare in open data).
 */
const COMPRESSORS = {
  GZIP: (input: Uint8Array, length: number) => gunzip(input, new Uint8Array(length)),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
  ZSTD: (input: Uint8Array) => unzstd(input),
};
