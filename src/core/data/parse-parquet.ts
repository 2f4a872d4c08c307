import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { DatasetParseCode, ErrorParams } from '../errors/index.ts';

/**
 * Parquet through hyparquet, imported on first use so that notebooks without Parquet never load
 * it. Columns are read whole; 64-bit integers become numbers when they fit (|n| ≤ 2^53), as
 * the rest of a notebook expects numbers.
 */
export async function fromParquet(
  bytes: Uint8Array,
  fail: (code: DatasetParseCode, params?: ErrorParams) => Error,
): Promise<ColumnTable> {
  const [{ parquetMetadata, parquetRead, parquetSchema }, compressors] = await Promise.all([
    import('hyparquet'),
    loadCompressors(),
  ]);
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
  const columns: Record<string, unknown[]> = {};
  for (const name of names) columns[name] = new Array(rows);
  try {
    await parquetRead({
      file,
      metadata,
      compressors,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const target = columns[columnName];
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
  return aq.table(columns, names);
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
 * dictionary (Brotli is rare in open data), about 100 kB more in the worker's single script.
 */
async function loadCompressors() {
  const [{ gunzip }, lz4, zstd] = await Promise.all([
    import('hyparquet-compressors/src/gzip.js'),
    import('hyparquet-compressors/src/lz4.js'),
    // hyparquet-compressors' own dependency, for ZSTD.
    import('fzstd'),
  ]);
  return {
    GZIP: (input: Uint8Array, length: number) => gunzip(input, new Uint8Array(length)),
    LZ4: lz4.decompressLz4,
    LZ4_RAW: lz4.decompressLz4Raw,
    ZSTD: (input: Uint8Array) => zstd.decompress(input),
  };
}
