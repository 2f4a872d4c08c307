import type { DatasetSpec } from '../../core/format/types.ts';
import { DatasetHashMismatch } from '../../core/data/errors.ts';
import { sha256Hex } from '../../core/data/sha256.ts';
import { t } from '../i18n/i18n.svelte.ts';
import type { BytesCache } from './bytes-cache.ts';
import { fetchBytes, type FetchOptions, type Progress } from './fetch-bytes.ts';
import { isoDate } from './format-size.ts';
import { DatasetLoadError, isAbort } from './load-error.ts';
import { sourcesOf, type Source } from './sources.ts';

/** Where the bytes a notebook runs on came from. */
export type ServedBy =
  | { from: 'cache' }
  | { from: 'source'; url: string }
  | { from: 'mirror'; url: string; mirror: number };

/** Bytes a URL serves now that are not the pinned ones. */
export interface ChangedBytes {
  sha256: string;
  size: number;
  url: string;
  /** When they were downloaded (YYYY-MM-DD). */
  retrieved: string;
  /** The server's Last-Modified, when it sent one (ISO). */
  lastModified?: string;
  bytes: Uint8Array;
}

/** A URL that could not serve the bytes. */
export interface Failure {
  url: string;
  mirror: number;
  error: DatasetLoadError;
}

export interface LoadedDataset {
  /** The checked bytes; a Blob when they come from the cache (not read on the page). */
  bytes: Uint8Array | Blob;
  servedBy: ServedBy;
  /** Set when the bytes could not be kept in the cache (they are still used). */
  cacheError?: string;
  /** URLs tried before the one that served, and why they failed. */
  failures: Failure[];
  /** The source serves other bytes now (a mirror served the pinned ones). */
  changed?: ChangedBytes;
}

export interface LoadOptions {
  cache?: BytesCache;
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
  fetch?: FetchOptions['fetch'];
  maxBytes?: number;
}

/**
 * The pinned bytes are not to be had: a URL serves other bytes (the new ones are in `changed`,
 * for re-pinning) and no other URL nor the cache has the pinned ones.
 */
export class DatasetChanged extends DatasetHashMismatch {
  constructor(
    dataset: string,
    expected: string,
    readonly changed: ChangedBytes,
  ) {
    super(dataset, expected, changed.sha256);
    // The name people (and cells) already know for this failure.
    this.name = 'DatasetHashMismatch';
    this.message = t('data.error.changed', {
      name: dataset,
      url: changed.url,
      old: expected,
      new: changed.sha256,
    });
  }
}

/** No URL could serve the dataset, and the cache does not have it. */
export class DatasetUnavailable extends Error {
  constructor(
    readonly dataset: string,
    readonly failures: Failure[],
  ) {
    const first = failures[0]?.error;
    super(
      first?.kind === 'cancelled'
        ? first.message
        : t('data.error.unavailable', {
            name: dataset,
            reasons: failures.map((f) => f.error.message).join(' '),
          }),
    );
    this.name = 'DatasetUnavailable';
  }

  /** The failure of the source itself (not of a mirror). */
  get sourceError(): DatasetLoadError | undefined {
    return this.failures.find((f) => f.mirror === 0)?.error;
  }
}

/**
 * The pinned bytes of a dataset, checked against their hash before they leave the page: from the
 * cache by SHA-256 when it has them, else from the source and then each mirror, keeping them in
 * the cache. A notebook never runs on other bytes than the pinned ones: when a URL serves other
 * bytes and nothing has the pinned ones, this throws {@link DatasetChanged}.
 */
export async function fetchDataset(
  name: string,
  spec: DatasetSpec,
  baseUrl: string,
  options: LoadOptions = {},
): Promise<LoadedDataset> {
  const expected = spec.sha256.toLowerCase();
  const cached = await options.cache?.get(expected);
  if (cached) return { bytes: cached, servedBy: { from: 'cache' }, failures: [] };

  const failures: Failure[] = [];
  let changed: ChangedBytes | undefined;
  for (const source of sourcesOf(spec, baseUrl)) {
    const got = await tryOne(source, options);
    if (got instanceof DatasetLoadError) {
      failures.push({ url: source.url, mirror: source.mirror, error: got });
      // Cancelling stops every URL, not just this one.
      if (got.kind === 'cancelled') break;
      continue;
    }
    if (got.sha256 !== expected) {
      changed ??= got;
      continue;
    }
    const cacheError = await options.cache?.put(expected, got.bytes, source.url);
    const servedBy: ServedBy =
      source.mirror === 0
        ? { from: 'source', url: source.url }
        : { from: 'mirror', url: source.url, mirror: source.mirror };
    return { bytes: got.bytes, servedBy, cacheError, failures, changed };
  }
  if (changed && !failures.some((f) => f.error.kind === 'cancelled'))
    throw new DatasetChanged(name, expected, changed);
  throw new DatasetUnavailable(name, failures);
}

/** What the source (or the first mirror that answers) serves now, compared with the pin. */
export type SourceCheck =
  | { kind: 'same'; url: string }
  | { kind: 'changed'; changed: ChangedBytes }
  | { kind: 'unreachable'; failures: Failure[] };

/** Downloads the dataset again to see whether its URLs still serve the pinned bytes. */
export async function checkSource(
  spec: DatasetSpec,
  baseUrl: string,
  options: LoadOptions = {},
): Promise<SourceCheck> {
  const failures: Failure[] = [];
  for (const source of sourcesOf(spec, baseUrl)) {
    const got = await tryOne(source, options);
    if (got instanceof DatasetLoadError) {
      failures.push({ url: source.url, mirror: source.mirror, error: got });
      if (got.kind === 'cancelled') break;
      continue;
    }
    if (got.sha256 === spec.sha256.toLowerCase()) return { kind: 'same', url: source.url };
    return { kind: 'changed', changed: got };
  }
  return { kind: 'unreachable', failures };
}

async function tryOne(
  source: Source,
  options: LoadOptions,
): Promise<ChangedBytes | DatasetLoadError> {
  try {
    const fetched = await fetchBytes(source.url, {
      signal: options.signal,
      onProgress: options.onProgress,
      fetch: options.fetch,
      maxBytes: options.maxBytes,
    });
    return {
      bytes: fetched.bytes,
      sha256: await sha256Hex(fetched.bytes),
      size: fetched.bytes.byteLength,
      url: source.url,
      retrieved: isoDate(),
      lastModified: fetched.lastModified,
    };
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    if (isAbort(error)) return new DatasetLoadError('cancelled', source.url);
    return new DatasetLoadError('unreachable', source.url);
  }
}
