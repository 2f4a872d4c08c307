import { AlgobookError } from '../errors/algobook-error.ts';
import type { PortalKind } from './types.ts';

/** Why a portal request failed; the UI words it and offers what fits. */
export type PortalFailureReason =
  /** The portal does not answer. */
  | 'unreachable'
  /** It answers, but without CORS headers: a browser page cannot read it. */
  | 'cors'
  /** It answers, but not as this kind of portal (an HTML page, another API). */
  | 'not-api'
  /** No such dataset. */
  | 'not-found'
  /** The portal refused the query (Opendatasoft ODSQL error). */
  | 'query'
  /** Another HTTP error. */
  | 'http'
  | 'cancelled';

export const PORTAL_NAMES: Record<PortalKind, string> = {
  opendatasoft: 'Opendatasoft (Explore API v2.1)',
  udata: 'data.gouv.fr (udata API v1)',
  ckan: 'CKAN (action API)',
};

export class PortalError extends AlgobookError {
  constructor(
    readonly reason: PortalFailureReason,
    readonly kind: PortalKind,
    readonly base: string,
    message: string,
    readonly details: {
      url?: string;
      status?: number;
      dataset?: string;
      /** The portal's own error message, when it sent one. */
      portalMessage?: string;
      cause?: unknown;
    } = {},
  ) {
    super(
      `portal-${reason}`,
      {
        url: details.url ?? base,
        status: details.status ?? '',
        detail: details.portalMessage ?? '',
      },
      message,
      { cause: details.cause },
    );
    this.name = 'PortalError';
  }
}
