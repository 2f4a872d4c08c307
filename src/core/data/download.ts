import { DownloadError } from './download-error.ts';
import type { ByteBudget } from './byte-budget.ts';
import { sha256Hex } from './sha256.ts';
import { HTML_SNIFF_BYTES, isHtmlAnswer } from './html-answer.ts';

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
  /** Refuse more bytes than this from one source; default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** Bytes shared with other downloads going on at once (the page's datasets). */
  budget?: ByteBudget;
  /**
   * The pinned hash. When given, a source serving other bytes counts as a failure and the next
   * one is tried; of those bytes only their hash and size are kept. When no source serves the
   * pinned bytes and one served others, `download` throws {@link DownloadMismatch}.
   */
  sha256?: string;
  /**
   * The pinned size (with `sha256`). A source serving more is not serving the pinned bytes: its
   * download stops there, so a source that grew, or a decompression bomb, costs no more memory
   * than the pinned bytes would.
   */
  bytes?: number;
}

/** A source that served other bytes than the pinned ones: their hash and size, not the bytes. */
export interface Mismatch {
  reason: 'mismatch';
  /** SHA-256 of what the source served; absent when the download stopped past the pinned size. */
  sha256?: string;
  /** The bytes served; when `stopped`, the bytes read when the download stopped. */
  size: number;
  /** The source served more than the pinned size, and the download stopped there. */
  stopped?: true;
  /** The answer's Last-Modified as an ISO date-time, when given. */
  lastModified?: string;
}

/** Why one source did not serve: a failed download, or other bytes than the pinned ones. */
export interface SourceFailure {
  url: string;
  /** Its position in the `sources` given to `download`. */
  index: number;
  error: DownloadError | Mismatch;
}

export interface DownloadResult {
  bytes: Uint8Array;
  /** The URL that served the bytes. */
  url: string;
  /** Its position in the `sources` given to `download`. */
  index: number;
  /** Lower-case hex SHA-256 of `bytes`, when `options.sha256` was given. */
  sha256?: string;
  /** The answer's Content-Type, when given. */
  contentType?: string;
  /** The answer's Last-Modified as an ISO date-time, when given. */
  lastModified?: string;
  /** Sources tried before, and why each failed (mismatching bytes included). */
  failures: SourceFailure[];
}

/** No source served the pinned bytes, and at least one served others (in `failures`). */
export class DownloadMismatch extends Error {
  constructor(readonly failures: SourceFailure[]) {
    const first = failures.find((f) => f.error.reason === 'mismatch');
    super(`${first?.url ?? 'the source'} serves other bytes than the pinned ones.`);
    this.name = 'DownloadMismatch';
  }

  /** The first source that served other bytes, and what it served. */
  get changed(): { url: string; index: number; mismatch: Mismatch } {
    for (const { url, index, error } of this.failures)
      if (error.reason === 'mismatch') return { url, index, mismatch: error };
    throw new Error('DownloadMismatch without a mismatch');
  }
}

/** 512 MB: about what a browser tab parses without running out of memory. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Downloads the first of `sources` that answers (and, with `options.sha256`, serves the pinned
 * bytes), reporting progress and honouring cancellation, size limits and a shared budget.
 * Throws a `DownloadError`: `cancelled` at once, otherwise the last source's failure with all of
 * them in `failures` when no source served anything; or {@link DownloadMismatch} when sources
 * answered with other bytes than the pinned ones. A web page where data was expected (other
 * bytes than the pinned ones, or anything when nothing is pinned) is a failure, `html`: the file
 * is not there, whatever the status said (single-page hosts answer every path with their page).
 */
export async function download(
  sources: readonly string[],
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  if (!sources.length) throw new Error('download: no source to download from');
  const failures: SourceFailure[] = [];
  const errors: DownloadError[] = [];
  const pinned = options.sha256?.toLowerCase();
  for (const [index, url] of sources.entries()) {
    let got: Got;
    try {
      got = await downloadOne(url, options, pinned ? options.bytes : undefined);
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      if (error.reason === 'cancelled') throw error;
      failures.push({ url, index, error });
      errors.push(error);
      continue;
    }
    const { bytes, meta } = got;
    const notThere = () => {
      const error = new DownloadError('html', url);
      failures.push({ url, index, error });
      errors.push(error);
    };
    if (!bytes) {
      if (got.html) notThere();
      else
        failures.push({
          url,
          index,
          error: { reason: 'mismatch', ...got.stopped, ...lastOf(meta) },
        });
      continue;
    }
    if (!pinned) {
      if (got.html) {
        notThere();
        continue;
      }
      return { bytes, url, index, failures, ...meta };
    }
    const sha256 = await sha256Hex(bytes);
    if (sha256 === pinned) return { bytes, url, index, sha256, failures, ...meta };
    if (got.html) {
      notThere();
      continue;
    }
    // Only the hash and size of other bytes are kept: the bytes themselves are let go here.
    const size = bytes.byteLength;
    failures.push({ url, index, error: { reason: 'mismatch', sha256, size, ...lastOf(meta) } });
  }
  if (failures.some((f) => f.error.reason === 'mismatch')) throw new DownloadMismatch(failures);
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

type Meta = Pick<DownloadResult, 'contentType' | 'lastModified'>;

/**
 * The bytes of one source, or (`bytes` absent) how much was read when it passed the pinned size;
 * `html` when the answer is a web page (its type or its first bytes).
 */
type Got =
  | { bytes: Uint8Array; meta: Meta; html: boolean }
  | { bytes?: undefined; stopped: { size: number; stopped: true }; meta: Meta; html: boolean };

const lastOf = (meta: Meta) => (meta.lastModified ? { lastModified: meta.lastModified } : {});

async function downloadOne(
  url: string,
  options: DownloadOptions,
  pinnedBytes: number | undefined,
): Promise<Got> {
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
  const meta: Meta = {};
  const contentType = response.headers.get('content-type');
  if (contentType) meta.contentType = contentType;
  const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
  if (Number.isFinite(lastModified)) meta.lastModified = new Date(lastModified).toISOString();
  const body = new BodyReader(url, limit, pinnedBytes, options);
  try {
    const read = await body.read(response, total);
    const html = isHtmlAnswer(contentType, read.kind === 'bytes' ? read.bytes : body.head);
    return read.kind === 'bytes'
      ? { bytes: read.bytes, meta, html }
      : { stopped: { size: read.size, stopped: true }, meta, html };
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (signal?.aborted) throw cancelled(error);
    throw new DownloadError('unreachable', url, {
      cause: error,
      message: `the connection to ${url} broke during the download (${messageOf(error)}).`,
    });
  } finally {
    body.releaseBudget();
  }
}

/**
 * Reads one answer's body with its caps: the size limit (an error), the pinned size (the source
 * is not serving the pinned bytes: stop and say how much was read) and the shared budget.
 * The length the host announces is the encoded one; only decoded bytes are counted.
 */
class BodyReader {
  private reserved = 0;
  /** The first bytes read, to tell a web page from data when the download stops early. */
  head: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly url: string,
    private readonly limit: number,
    private readonly pinnedBytes: number | undefined,
    private readonly options: DownloadOptions,
  ) {}

  async read(
    response: Response,
    total: number | null,
  ): Promise<{ kind: 'bytes'; bytes: Uint8Array } | { kind: 'stopped'; size: number }> {
    const { url, options } = this;
    const reader = response.body?.getReader();
    options.onProgress?.({ url, loaded: 0, total });
    if (!reader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      this.head = bytes.subarray(0, HTML_SNIFF_BYTES);
      const over = this.check(0, bytes.byteLength);
      return over ?? { kind: 'bytes', bytes };
    }
    // One buffer when the size is known and fits the caps (no copy at the end); chunks otherwise.
    const fits = total !== null && total <= (this.pinnedBytes ?? total);
    let buffer = fits ? new Uint8Array(total) : null;
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (this.head.byteLength < HTML_SNIFF_BYTES)
        this.head = concat(this.head, value.subarray(0, HTML_SNIFF_BYTES));
      const over = this.check(loaded, value.byteLength);
      if (over) {
        void reader.cancel().catch(() => {});
        return over;
      }
      if (buffer && loaded + value.byteLength <= buffer.byteLength) buffer.set(value, loaded);
      else {
        // More bytes than announced (a compressed transfer, or a wrong header): fall back.
        if (buffer) chunks.push(buffer.subarray(0, loaded));
        buffer = null;
        chunks.push(value);
      }
      loaded += value.byteLength;
      options.onProgress?.({ url, loaded, total });
    }
    if (buffer)
      return {
        kind: 'bytes',
        bytes: loaded === buffer.byteLength ? buffer : buffer.subarray(0, loaded),
      };
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return { kind: 'bytes', bytes };
  }

  /** Whether `more` bytes after `loaded` pass a cap: stopped, or an error thrown. */
  private check(loaded: number, more: number): { kind: 'stopped'; size: number } | undefined {
    const size = loaded + more;
    if (this.pinnedBytes !== undefined && size > this.pinnedBytes) return { kind: 'stopped', size };
    if (size > this.limit)
      throw new DownloadError('too-large', this.url, { bytes: size, limit: this.limit });
    const { budget } = this.options;
    if (budget) {
      if (!budget.reserve(more))
        throw new DownloadError('too-large', this.url, {
          bytes: size,
          limit: budget.total,
          budget: true,
        });
      this.reserved += more;
    }
    return undefined;
  }

  /** The bytes read leave the budget with the download: the caller owns them now. */
  releaseBudget() {
    this.options.budget?.release(this.reserved);
    this.reserved = 0;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
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
