import type { DatasetFormat, DatasetSpec } from '../../core/format/types.ts';
import { sha256Hex } from '../../core/data/sha256.ts';
import type { NotebookSession } from '../session/notebook-session.svelte.ts';
import { database } from '../shell/database.ts';
import { getDataset } from '../storage/dataset-cache.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { idbCache } from './bytes-cache.ts';
import { formatSize, isoDate, shortHash } from './format-size.ts';
import { withDetectedDialect } from './pin-dialect.ts';

// CSV and TSV may be in another encoding (Windows-1252, UTF-16): detection reads it, and the
// pin writes it down (`csv: {encoding}`). JSON is UTF-8 by its standard.
const UTF8_FORMATS: DatasetFormat[] = ['json', 'geojson'];

/** Why bytes cannot be pinned as `format` (said to the person), or null when they can. */
export function refuseBytes(bytes: Uint8Array, format: DatasetFormat, file: string): string | null {
  if (!UTF8_FORMATS.includes(format)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    return t('data.add.notUtf8', { file });
  }
}

export interface Pinned {
  message: string;
  /** Set when the bytes could not be kept in the browser (they are pinned all the same). */
  cacheError?: string;
}

/**
 * Pins new bytes as dataset `name`: hashes them, keeps them in the cache (a notebook made from a
 * local file opens from there), and writes the pin into the draft's front matter. Bytes that came
 * from no URL (`from`) are a file's: `origin` is `file` unless said otherwise, so freeing space
 * keeps them and the browser is asked to keep them for good.
 */
export async function pinBytes(
  session: NotebookSession,
  name: string,
  bytes: Uint8Array,
  spec: Partial<DatasetSpec> & Pick<DatasetSpec, 'url' | 'format'>,
  from?: string,
  origin: 'file' | 'web' = from ? 'web' : 'file',
): Promise<Pinned> {
  const sha256 = await sha256Hex(bytes);
  const cacheError = await idbCache(database).put(sha256, bytes, from, origin);
  const pinned: DatasetSpec = {
    ...withDetectedDialect(spec, bytes),
    sha256,
    bytes: bytes.byteLength,
    retrieved: spec.retrieved ?? isoDate(),
  };
  // Empty optional fields are left out of the front matter.
  for (const key of ['title', 'source', 'license', 'modified'] as const)
    if (!pinned[key]) delete pinned[key];
  await session.pinDataset(name, pinned);
  return {
    message: t('data.add.pinned', {
      name,
      hash: shortHash(sha256),
      size: formatSize(bytes.byteLength, i18n.locale),
    }),
    cacheError,
  };
}

/** Pins a spec made elsewhere (a portal's `pinSpec`) after keeping its bytes in the cache. */
export async function pinSpecWithBytes(
  session: NotebookSession,
  name: string,
  spec: DatasetSpec,
  bytes: Uint8Array,
  from?: string,
): Promise<Pinned> {
  const cacheError = await idbCache(database).put(spec.sha256, bytes, from, 'web');
  await session.pinDataset(name, withDetectedDialect(spec, bytes));
  return {
    message: t('data.add.pinned', {
      name,
      hash: shortHash(spec.sha256),
      size: formatSize(bytes.byteLength, i18n.locale),
    }),
    cacheError,
  };
}

/**
 * The bytes of a dataset by SHA-256 from this browser's cache, for exporting or sharing a
 * notebook with its data (a dataset added from a local file exists nowhere else).
 */
export async function datasetBytes(sha256: string): Promise<Uint8Array | undefined> {
  return getDataset(await database(), sha256);
}
