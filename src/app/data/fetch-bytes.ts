import {
  DEFAULT_MAX_BYTES,
  download,
  type DownloadOptions,
  type DownloadProgress,
} from '../../core/data/download.ts';
import { DownloadError } from '../../core/data/download-error.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { formatSize } from './format-size.ts';
import { DatasetLoadError } from './load-error.ts';

export interface Progress {
  url: string;
  loaded: number;
  /** From Content-Length; unknown when the server does not say. */
  total?: number;
}

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export interface Fetched {
  bytes: Uint8Array;
  url: string;
  /** The server's Last-Modified, as an ISO date, when it sent one. */
  lastModified?: string;
  contentType?: string;
}

/**
 * Downloads one URL (adding a dataset: nothing is pinned yet) through the core's `download`,
 * with progress, a size limit and cancellation; every failure is a {@link DatasetLoadError}
 * worded in the interface's language.
 */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { signal, onProgress, maxBytes = DEFAULT_MAX_BYTES, fetch: fetchFn } = options;
  try {
    const result = await download([url], {
      fetch: fetchFn,
      signal,
      maxBytes,
      onProgress: onProgress && throttled(onProgress),
    });
    const size = result.bytes.byteLength;
    onProgress?.({ url, loaded: size, total: size });
    const { bytes, lastModified, contentType } = result;
    return { bytes, url, lastModified, contentType };
  } catch (error) {
    throw toLoadError(error, url);
  }
}

/**
 * Progress at most every 64 kB or 100 ms (and at both ends), so a fast download does not flood
 * the page with updates and a slow one still moves.
 */
export function throttled(
  onProgress: (progress: Progress) => void,
): NonNullable<DownloadOptions['onProgress']> {
  let lastBytes = -Infinity;
  let lastTime = -Infinity;
  return (p: DownloadProgress) => {
    const now = performance.now();
    const edge = p.loaded === 0 || p.loaded === p.total;
    if (!edge && p.loaded - lastBytes < 65536 && now - lastTime < 100) return;
    lastBytes = p.loaded;
    lastTime = now;
    onProgress({ url: p.url, loaded: p.loaded, total: p.total ?? undefined });
  };
}

/** The core's download failure as the app words it. */
export function toLoadError(error: unknown, url: string): DatasetLoadError {
  if (error instanceof DatasetLoadError) return error;
  if (!(error instanceof DownloadError)) {
    const aborted =
      typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
    return new DatasetLoadError(aborted ? 'cancelled' : 'unreachable', url);
  }
  switch (error.reason) {
    case 'http':
      return error.status === 404 || error.status === 410
        ? new DatasetLoadError('not-found', error.url, { status: error.status })
        : new DatasetLoadError('status', error.url, {
            status: error.status,
            statusText: error.statusText,
          });
    case 'too-large':
      if (error.budget)
        return new DatasetLoadError('too-large', error.url, {
          size: error.bytes,
          limit: error.limit,
          message: t('house.error.budget', {
            url: error.url,
            read: formatSize(error.bytes ?? 0, i18n.locale),
            limit: formatSize(error.limit ?? 0, i18n.locale),
          }),
        });
      return new DatasetLoadError('too-large', error.url, {
        size: error.bytes,
        limit: error.limit,
      });
    case 'html':
      return new DatasetLoadError('not-found', error.url, { html: true });
    case 'unreachable':
    case 'cors':
    case 'cancelled':
      return new DatasetLoadError(error.reason, error.url);
  }
}
