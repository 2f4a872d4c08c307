import { AlgobookError, type ErrorParams } from '../../core/errors/index.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { formatSize } from './format-size.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

/** Why bytes could not be loaded from one URL. */
export type LoadErrorKind =
  'cors' | 'unreachable' | 'not-found' | 'status' | 'too-large' | 'cancelled';

/**
 * A download that failed, with a message a person can act on (in the interface's language when
 * it was thrown). `kind` lets the panel offer the right way out (a local file for `cors`, a
 * portal query for `too-large`).
 */
export class DatasetLoadError extends AlgobookError {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    readonly detail: {
      status?: number;
      statusText?: string;
      size?: number;
      limit?: number;
      /** For `not-found`: the host answered with a web page where the data was expected. */
      html?: boolean;
      /** Overrides the message of `kind` (a cap shared by several downloads, say). */
      message?: string;
    } = {},
  ) {
    // The download codes of the core; the message is already in the interface's language.
    super(...codeOf(kind, url, detail), detail.message ?? describe(kind, url, detail));
    this.name = 'DatasetLoadError';
  }
}

function codeOf(
  kind: LoadErrorKind,
  url: string,
  detail: DatasetLoadError['detail'],
): [string, ErrorParams] {
  const mb = (n: number | undefined) => (n === undefined ? '?' : Math.round(n / 1e6));
  switch (kind) {
    case 'not-found':
      return [detail.html ? 'download-html' : 'download-not-found', { url }];
    case 'status':
      // The status text is the server's, in its language: only the number is worded again.
      return ['download-http', { url, status: String(detail.status ?? '') }];
    case 'too-large':
      return ['download-too-large', { url, size: mb(detail.size), limit: mb(detail.limit) }];
    default:
      return [`download-${kind}`, { url }];
  }
}

function describe(kind: LoadErrorKind, url: string, detail: DatasetLoadError['detail']): string {
  const size = (n: number | undefined) => (n === undefined ? '?' : formatSize(n, i18n.locale));
  switch (kind) {
    case 'cors':
      return t('data.error.cors', { url });
    case 'unreachable':
      return t('data.error.unreachable', { url });
    case 'not-found':
      return detail.html ? t('storage.error.html', { url }) : t('data.error.notFound', { url });
    case 'status':
      return t('data.error.status', {
        url,
        status: `${detail.status ?? ''} ${detail.statusText ?? ''}`.trim(),
      });
    case 'too-large':
      return t('data.error.tooLarge', { url, size: size(detail.size), limit: size(detail.limit) });
    case 'cancelled':
      return t('data.error.cancelled', { url });
  }
}

/** True for a failure caused by an abort signal. */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof DatasetLoadError && error.kind === 'cancelled') ||
    (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
  );
}
