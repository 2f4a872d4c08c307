import { AlgobookError } from '../errors/algobook-error.ts';

/** Why a download failed, for the UI to word and to choose what to offer. */
export type DownloadFailureReason =
  /** No answer: the host is down, the address is wrong, or the network is off. */
  | 'unreachable'
  /** The host answers but refuses requests from another site (no CORS headers). */
  | 'cors'
  /** The host answered with an HTTP error status. */
  | 'http'
  /** More bytes than the limit. */
  | 'too-large'
  /** The host answered with a web page (its `index.html`, say) where data was expected. */
  | 'html'
  /** The person cancelled. */
  | 'cancelled';

const MB = 1024 * 1024;

/** Megabytes, rounded for people: 3072, 12.5, 0.2. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return String(mb >= 100 ? Math.round(mb) : Math.round(mb * 10) / 10 || 0.1);
}

/**
 * A download failed. `reason` and the fields say why, so that the UI can word it (in English or
 * French) and offer the way out: load a downloaded copy as a local file (`cors`), use a portal
 * query (`too-large`), try again (`unreachable`).
 */
export class DownloadError extends AlgobookError {
  readonly reason: DownloadFailureReason;
  readonly url: string;
  readonly status?: number;
  readonly statusText?: string;
  /** For `too-large`: the size announced or read so far, and the limit. */
  readonly bytes?: number;
  readonly limit?: number;
  /** For `too-large`: the limit is the budget of the downloads going on together, not this file's. */
  readonly budget: boolean;
  /** For a failure over several sources: each source's own failure, in order. */
  readonly failures: DownloadError[];

  constructor(
    reason: DownloadFailureReason,
    url: string,
    details: {
      status?: number;
      statusText?: string;
      bytes?: number;
      limit?: number;
      budget?: boolean;
      failures?: DownloadError[];
      cause?: unknown;
      message?: string;
    } = {},
  ) {
    super(
      `download-${reason}`,
      downloadParams(url, details),
      details.message ?? describe(reason, url, details),
      { cause: details.cause },
    );
    this.name = 'DownloadError';
    this.reason = reason;
    this.url = url;
    this.status = details.status;
    this.statusText = details.statusText;
    this.bytes = details.bytes;
    this.limit = details.limit;
    this.budget = details.budget ?? false;
    this.failures = details.failures ?? [];
  }
}

/** The plain values of a failure, for the page to word it (`download-<reason>` codes). */
function downloadParams(
  url: string,
  d: { status?: number; statusText?: string; bytes?: number; limit?: number },
): Record<string, string | number> {
  const params: Record<string, string | number> = { url };
  if (d.status !== undefined)
    params.status = `${d.status}${d.statusText ? ` ${d.statusText}` : ''}`;
  if (d.bytes !== undefined) params.size = megabytes(d.bytes);
  if (d.limit !== undefined) params.limit = megabytes(d.limit);
  return params;
}

function describe(
  reason: DownloadFailureReason,
  url: string,
  d: { status?: number; statusText?: string; bytes?: number; limit?: number; budget?: boolean },
): string {
  switch (reason) {
    case 'unreachable':
      return `could not reach ${url}: the host does not answer (check the address and the network).`;
    case 'cors':
      return (
        `${url} refuses requests from other sites (it sends no CORS headers), so the browser ` +
        'cannot read it. Download the file yourself and load it as a local file.'
      );
    case 'http':
      return `${url} answered ${d.status}${d.statusText ? ` ${d.statusText}` : ''}.`;
    case 'too-large':
      if (d.budget)
        return (
          `The datasets being downloaded together exceed ${megabytes(d.limit ?? 0)} MB: ${url} was ` +
          `stopped after ${megabytes(d.bytes ?? 0)} MB. Load fewer or smaller datasets at once.`
        );
      return (
        `${url} is too large (${megabytes(d.bytes ?? 0)} MB; the limit is ${megabytes(d.limit ?? 0)} MB); ` +
        'use a portal query to reduce it (select fewer columns, filter rows, or group them).'
      );
    case 'cancelled':
      return `The download of ${url} was cancelled.`;
    case 'html':
      return `${url} is not there: the host answered with a web page (HTML) instead of the data.`;
  }
}
