import { download, type FetchFn } from '../../core/data/download.ts';
import { DownloadError } from '../../core/data/download-error.ts';
import { DatasetLoadError } from './load-error.ts';

/** Beyond this, a file does not fit comfortably in a browser tab's memory once parsed. */
export const MAX_BYTES = 512 * 1024 * 1024;

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
 * Downloads one URL with progress, a size limit and cancellation, through the core's `download`
 * (which tells a refused cross-origin request from a server that is down); every failure is a
 * {@link DatasetLoadError} worded in the interface's language.
 */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { signal, onProgress, maxBytes = MAX_BYTES, fetch: fetchFn = fetch } = options;
  let headers: Headers | null = null;
  // The core returns the bytes only; the headers say the format and the server's last change.
  const capturing: FetchFn = async (input, init) => {
    const response = await fetchFn(input, init);
    if (init?.mode !== 'no-cors') headers = response.headers;
    return response;
  };
  let lastBytes = -Infinity;
  let lastTime = -Infinity;
  let result: Awaited<ReturnType<typeof download>>;
  try {
    result = await download([url], {
      fetch: capturing,
      signal,
      maxBytes,
      onProgress: (p) => {
        // At most every 64 kB or 100 ms, so a fast download does not flood the page with
        // updates and a slow one still moves.
        const now = performance.now();
        const edge = p.loaded === 0 || p.loaded === p.total;
        if (!edge && p.loaded - lastBytes < 65536 && now - lastTime < 100) return;
        lastBytes = p.loaded;
        lastTime = now;
        onProgress?.({ url, loaded: p.loaded, total: p.total ?? undefined });
      },
    });
  } catch (error) {
    throw toLoadError(error, url);
  }
  const got = headers as Headers | null;
  const modified = got?.get('last-modified');
  const date = modified ? new Date(modified) : null;
  onProgress?.({ url, loaded: result.bytes.byteLength, total: result.bytes.byteLength });
  return {
    bytes: result.bytes,
    url,
    lastModified: date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined,
    contentType: got?.get('content-type') ?? undefined,
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
        ? new DatasetLoadError('not-found', url, { status: error.status })
        : new DatasetLoadError('status', url, {
            status: error.status,
            statusText: error.statusText,
          });
    case 'too-large':
      return new DatasetLoadError('too-large', url, { size: error.bytes, limit: error.limit });
    default:
      return new DatasetLoadError(error.reason, url);
  }
}
