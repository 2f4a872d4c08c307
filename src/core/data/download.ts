import type { DatasetSpec } from '../format/types.ts';
import { DownloadError } from './download-error.ts';
import { sha256Hex } from './sha256.ts';

/** `fetch` as the browser and Node have it; injected so tests and the CLI can supply their own. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface DownloadProgress {
  /** The URL being read. */
  url: string;
  loaded: number;
  /** From Content-Length; null when the host does not say. */
  total: number | null;
}

export interface DownloadOptions {
  fetch?: FetchFn;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Refuse more bytes than this; default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /**
   * The pinned hash. When given, a source serving other bytes counts as a failure and the next
   * one is tried; when none serves the pinned bytes, the first bytes received are returned
   * (with their `sha256`), so the caller can show the change and offer to re-pin.
   */
  sha256?: string;
}

export interface DownloadResult {
  bytes: Uint8Array;
  /** The URL that served the bytes. */
  url: string;
  /** Lower-case hex SHA-256 of `bytes`, when `options.sha256` was given. */
  sha256?: string;
  /** The answer's Content-Type, when given. */
  contentType?: string;
  /** The answer's Last-Modified as an ISO date-time, when given. */
  lastModified?: string;
  /** Sources tried before, and why each failed (mismatching bytes included). */
  failures: { url: string; error: DownloadError | { reason: 'mismatch'; sha256: string } }[];
}

/** 512 MB: about what a browser tab parses without running out of memory. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * The URLs to try for a dataset: its `url`, then its `mirrors`, resolved against `baseUrl` (the
 * notebook's own URL) when they are relative. Duplicates are dropped.
 */
export function sourcesOf(
  spec: Pick<DatasetSpec, 'url' | 'mirrors'>,
  baseUrl?: string | URL,
): string[] {
  const all = [spec.url, ...(spec.mirrors ?? [])].map((url) => {
    if (!baseUrl) return url;
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  });
  return [...new Set(all)];
}

/**
 * Downloads the first of `sources` that answers (and, with `options.sha256`, serves the pinned
 * bytes), reporting progress and honouring cancellation and a size limit. Throws a
 * `DownloadError`: `cancelled` at once, otherwise the last source's failure with all of them in
 * `failures` when no source served anything.
 */
export async function download(
  sources: readonly string[],
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  if (!sources.length) throw new Error('download: no source to download from');
  const failures: DownloadResult['failures'] = [];
  const errors: DownloadError[] = [];
  let fallback: DownloadResult | undefined;
  for (const url of sources) {
    let bytes: Uint8Array;
    let meta: Pick<DownloadResult, 'contentType' | 'lastModified'>;
    try {
      ({ bytes, meta } = await downloadOne(url, options));
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      if (error.reason === 'cancelled') throw error;
      failures.push({ url, error });
      errors.push(error);
      continue;
    }
    if (!options.sha256) return { bytes, url, failures, ...meta };
    const sha256 = await sha256Hex(bytes);
    if (sha256 === options.sha256.toLowerCase()) return { bytes, url, sha256, failures, ...meta };
    fallback ??= { bytes, url, sha256, failures, ...meta };
    failures.push({ url, error: { reason: 'mismatch', sha256 } });
  }
  if (fallback) return { ...fallback, failures };
  if (errors.length === 1) throw errors[0];
  const last = errors[errors.length - 1];
  throw new DownloadError(last.reason, last.url, {
    status: last.status,
    statusText: last.statusText,
    bytes: last.bytes,
    limit: last.limit,
    failures: errors,
    message: `No source served the dataset: ${errors.map((e) => e.message).join(' ')}`,
  });
}

async function downloadOne(
  url: string,
  options: DownloadOptions,
): Promise<{ bytes: Uint8Array; meta: Pick<DownloadResult, 'contentType' | 'lastModified'> }> {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { signal } = options;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const cancelled = (cause?: unknown) => new DownloadError('cancelled', url, { cause });
  if (signal?.aborted) throw cancelled();
  let response: Response;
  try {
    response = await fetchFn(url, safeInit({ signal }));
  } catch (error) {
    if (signal?.aborted) throw cancelled(error);
    // An injected fetch (the CLI's, for files) may say itself why it failed.
    if (error instanceof DownloadError) throw error;
    throw await unreachableOrCors(url, fetchFn, error, signal);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new DownloadError('http', url, {
      status: response.status,
      statusText: response.statusText,
    });
  }
  const announced = Number(response.headers.get('content-length'));
  const total = Number.isFinite(announced) && announced > 0 ? announced : null;
  if (total !== null && total > limit) {
    void response.body?.cancel().catch(() => {});
    throw new DownloadError('too-large', url, { bytes: total, limit });
  }
  const meta: Pick<DownloadResult, 'contentType' | 'lastModified'> = {};
  const contentType = response.headers.get('content-type');
  if (contentType) meta.contentType = contentType;
  const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
  if (Number.isFinite(lastModified)) meta.lastModified = new Date(lastModified).toISOString();
  try {
    return { bytes: await readBody(url, response, total, limit, options.onProgress), meta };
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (signal?.aborted) throw cancelled(error);
    throw new DownloadError('unreachable', url, {
      cause: error,
      message: `the connection to ${url} broke during the download (${messageOf(error)}).`,
    });
  }
}

async function readBody(
  url: string,
  response: Response,
  total: number | null,
  limit: number,
  onProgress: DownloadOptions['onProgress'],
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  onProgress?.({ url, loaded: 0, total });
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  // One buffer when the size is known (no copy at the end); chunks otherwise.
  let buffer = total !== null ? new Uint8Array(total) : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.byteLength > limit) {
      void reader.cancel().catch(() => {});
      throw new DownloadError('too-large', url, { bytes: loaded + value.byteLength, limit });
    }
    if (buffer && loaded + value.byteLength <= buffer.byteLength) buffer.set(value, loaded);
    else {
      // More bytes than announced (a compressed transfer, or a wrong header): fall back.
      if (buffer) chunks.push(buffer.subarray(0, loaded));
      buffer = null;
      chunks.push(value);
    }
    loaded += value.byteLength;
    onProgress?.({ url, loaded, total });
  }
  if (buffer) return loaded === buffer.byteLength ? buffer : buffer.subarray(0, loaded);
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * A fetch that failed without an answer: the host is down, or (in a browser) it answered
 * without CORS headers, which the browser reports the same way. An opaque `no-cors` request
 * tells them apart: it succeeds when the host answers at all.
 */
export async function unreachableOrCors(
  url: string,
  fetchFn: FetchFn,
  cause: unknown,
  signal?: AbortSignal,
): Promise<DownloadError> {
  // Only http(s) has CORS; and an answer to the probe must not be downloaded in full.
  if (/^https?:/i.test(url)) {
    try {
      const probe = await fetchFn(url, safeInit({ mode: 'no-cors', signal, method: 'GET' }));
      void probe.body?.cancel().catch(() => {});
      return new DownloadError('cors', url, { cause });
    } catch {
      // Unreachable indeed.
    }
  }
  if (signal?.aborted) return new DownloadError('cancelled', url, { cause });
  return new DownloadError('unreachable', url, {
    cause,
    message: `could not reach ${url}${detail(cause)}: the host does not answer (check the address and the network).`,
  });
}

function detail(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = (cause as { code?: unknown } | null)?.code;
  return code ? ` (${code})` : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fetch options with no prototype: a polluted `Object.prototype` (`method`, `body`,
 * `referrerPolicy`…) cannot add options to a download.
 */
function safeInit(init: RequestInit): RequestInit {
  return Object.assign(Object.create(null) as RequestInit, init);
}
