import type { ByteBudget } from '../../core/data/byte-budget.ts';
import {
  download,
  DownloadMismatch,
  type DownloadResult,
  type Mismatch,
} from '../../core/data/download.ts';
import { DownloadError } from '../../core/data/download-error.ts';
import { DatasetHashMismatch } from '../../core/data/errors.ts';
import { sha256Hex } from '../../core/data/sha256.ts';
import type { Source } from '../../core/data/sources.ts';
import { fetchableSources } from '../../core/data/dataset-location.ts';
import type { DatasetSpec } from '../../core/format/types.ts';
import { AlgobookError, type ErrorParams } from '../../core/errors/index.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import type { BytesCache } from './bytes-cache.ts';
import { throttled, toLoadError, type FetchOptions, type Progress } from './fetch-bytes.ts';
import { formatSize, isoDate } from './format-size.ts';
import { DatasetLoadError } from './load-error.ts';
import { LocalFileMissing } from './local-file-missing.ts';

/** Where the bytes a notebook runs on came from. */
export type ServedBy =
  | { from: 'cache' }
  | { from: 'source'; url: string }
  | { from: 'mirror'; url: string; mirror: number };

/**
 * What a URL serves now instead of the pinned bytes: their hash and size, never the bytes (a
 * re-pin downloads them again), so changed or hostile sources cost no memory.
 */
export interface ChangedBytes {
  /** Absent when the download stopped past the pinned size (`stopped`). */
  sha256?: string;
  /** The bytes served; when `stopped`, the bytes read when the download stopped. */
  size: number;
  /** The source served more than the pinned size: the download stopped there. */
  stopped?: true;
  url: string;
  /** When they were downloaded (YYYY-MM-DD). */
  retrieved: string;
  /** The server's Last-Modified, when it sent one (ISO). */
  lastModified?: string;
}

/** New bytes downloaded for a re-pin. */
export interface NewBytes {
  bytes: Uint8Array;
  sha256: string;
  url: string;
  retrieved: string;
  lastModified?: string;
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
  /** Shared by the downloads of one page, so that together they stay within it. */
  budget?: ByteBudget;
}

/**
 * The pinned bytes are not to be had: a URL serves other bytes (their hash and size are in
 * `changed`) and no other URL nor the cache has the pinned ones.
 */
export class DatasetChanged extends DatasetHashMismatch {
  constructor(
    dataset: string,
    expected: string,
    readonly changed: ChangedBytes,
    pinnedBytes?: number,
  ) {
    super(dataset, expected, changed.sha256 ?? '', changed.url);
    // The name people (and cells) already know for this failure.
    this.name = 'DatasetHashMismatch';
    const size = (n: number) => formatSize(n, i18n.locale);
    this.message = changed.sha256
      ? t('data.error.changed', {
          name: dataset,
          url: changed.url,
          old: expected,
          new: changed.sha256,
        })
      : t('house.error.larger', {
          name: dataset,
          url: changed.url,
          pinned: size(pinnedBytes ?? 0),
          read: size(changed.size),
        });
  }
}

/**
 * No URL could serve the dataset, and the cache does not have it. Its code names the failure of
 * the source (`cause`, with that failure's parameters), so a cell words it in the reader's
 * language; a cancelled download is only that.
 */
export class DatasetUnavailable extends AlgobookError {
  constructor(
    readonly dataset: string,
    readonly failures: Failure[],
  ) {
    const first = failures[0]?.error;
    const source = failures.find((f) => f.mirror === 0)?.error ?? first;
    const [code, params]: [string, ErrorParams] =
      first?.kind === 'cancelled'
        ? [first.code, first.params]
        : [
            'dataset-unavailable',
            {
              ...source?.params,
              dataset,
              cause: source?.code ?? '',
              reason: source?.message ?? '',
            },
          ];
    super(
      code,
      params,
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
 * cache by SHA-256 when it has them, else through the core's `download` (the source, then each
 * mirror, capped at the pinned size), keeping them in the cache. A notebook never runs on other
 * bytes than the pinned ones: when a URL serves other bytes and nothing has the pinned ones,
 * this throws {@link DatasetChanged}.
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

  const sources = fetchableSources(spec, baseUrl);
  if (!sources.length) throw new LocalFileMissing(name, spec.url);
  const outcome = await downloadPinned(sources, spec, options);
  switch (outcome.kind) {
    case 'served': {
      const { result } = outcome;
      const source = sources[result.index];
      const cacheError = await options.cache?.put(expected, result.bytes, source.url, 'web');
      const servedBy: ServedBy =
        source.mirror === 0
          ? { from: 'source', url: source.url }
          : { from: 'mirror', url: source.url, mirror: source.mirror };
      return {
        bytes: result.bytes,
        servedBy,
        cacheError,
        failures: failuresOf(result.failures, sources),
        changed: firstChange(result.failures),
      };
    }
    case 'changed':
      throw new DatasetChanged(name, expected, outcome.changed, spec.bytes);
    case 'failed':
      throw new DatasetUnavailable(name, outcome.failures);
  }
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
  const sources = fetchableSources(spec, baseUrl);
  if (!sources.length) return { kind: 'unreachable', failures: [] };
  const outcome = await downloadPinned(sources, spec, options);
  switch (outcome.kind) {
    case 'served': {
      const changed = firstChange(outcome.result.failures);
      return changed ? { kind: 'changed', changed } : { kind: 'same', url: outcome.result.url };
    }
    case 'changed':
      return { kind: 'changed', changed: outcome.changed };
    case 'failed':
      return { kind: 'unreachable', failures: outcome.failures };
  }
}

/**
 * Downloads what `url` serves now, whatever its hash, for a re-pin (the bytes of a change are
 * not kept when it is found).
 */
export async function fetchNewBytes(url: string, options: LoadOptions = {}): Promise<NewBytes> {
  let result: DownloadResult;
  try {
    result = await download([url], {
      fetch: options.fetch,
      signal: options.signal,
      maxBytes: options.maxBytes,
      budget: options.budget,
      onProgress: options.onProgress && throttled(options.onProgress),
    });
  } catch (error) {
    throw toLoadError(error, url);
  }
  return {
    bytes: result.bytes,
    sha256: await sha256Hex(result.bytes),
    url,
    retrieved: isoDate(),
    lastModified: result.lastModified,
  };
}

type Outcome =
  | { kind: 'served'; result: DownloadResult }
  | { kind: 'changed'; changed: ChangedBytes }
  | { kind: 'failed'; failures: Failure[] };

async function downloadPinned(
  sources: Source[],
  spec: DatasetSpec,
  options: LoadOptions,
): Promise<Outcome> {
  try {
    const result = await download(
      sources.map((s) => s.url),
      {
        fetch: options.fetch,
        signal: options.signal,
        maxBytes: options.maxBytes,
        budget: options.budget,
        sha256: spec.sha256,
        bytes: spec.bytes,
        onProgress: options.onProgress && throttled(options.onProgress),
      },
    );
    return { kind: 'served', result };
  } catch (error) {
    if (error instanceof DownloadMismatch) {
      const { url, mismatch } = error.changed;
      return { kind: 'changed', changed: changedOf(url, mismatch) };
    }
    if (error instanceof DownloadError) {
      const errors = error.failures.length ? error.failures : [error];
      return {
        kind: 'failed',
        failures: errors.map((e) => ({
          url: e.url,
          mirror: sources.find((s) => s.url === e.url)?.mirror ?? 0,
          error: toLoadError(e, e.url),
        })),
      };
    }
    throw error;
  }
}

function failuresOf(failures: DownloadResult['failures'], sources: Source[]): Failure[] {
  const out: Failure[] = [];
  for (const { index, url, error } of failures)
    if (error instanceof DownloadError)
      out.push({ url, mirror: sources[index].mirror, error: toLoadError(error, url) });
  return out;
}

function firstChange(failures: DownloadResult['failures']): ChangedBytes | undefined {
  for (const { url, error } of failures)
    if (!(error instanceof DownloadError)) return changedOf(url, error);
  return undefined;
}

function changedOf(url: string, mismatch: Mismatch): ChangedBytes {
  const { reason: _reason, ...rest } = mismatch;
  return { ...rest, url, retrieved: isoDate() };
}
