import { unreachableOrCors } from '../data/download.ts';
import { PORTAL_NAMES, PortalError } from './errors.ts';
import type { FetchFn, PortalKind } from './types.ts';

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/**
 * GETs a portal API URL and parses its JSON. Network failures become `unreachable` or `cors`,
 * cancellation `cancelled`, and an answer that is not JSON (a web page, a proxy's error)
 * `not-api`. Error statuses with a JSON body are returned for the caller to read.
 */
export async function getJson(
  url: string,
  context: { kind: PortalKind; base: string; fetch: FetchFn; signal?: AbortSignal },
): Promise<JsonAnswer> {
  const { kind, base, signal } = context;
  const cancelled = (cause?: unknown) =>
    new PortalError('cancelled', kind, base, `The request to ${base} was cancelled.`, {
      url,
      cause,
    });
  if (signal?.aborted) throw cancelled();
  let response: Response;
  try {
    response = await context.fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw cancelled(error);
    const failure = await unreachableOrCors(url, context.fetch, error, signal);
    if (failure.reason === 'cancelled') throw cancelled(error);
    if (failure.reason === 'cors') {
      throw new PortalError(
        'cors',
        kind,
        base,
        `The portal at ${base} answers, but refuses requests from other sites (it sends no CORS headers), so it cannot be searched from this page. Download the file from the portal's site and load it as a local file.`,
        { url, cause: error },
      );
    }
    throw new PortalError(
      'unreachable',
      kind,
      base,
      `Could not reach the portal at ${base}: it does not answer (check the address and the network).`,
      { url, cause: error },
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw cancelled(error);
    throw new PortalError('unreachable', kind, base, `The connection to ${base} broke.`, {
      url,
      cause: error,
    });
  }
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    if (!response.ok && response.status !== 404)
      throw httpError(kind, base, url, response.status, null);
    throw notApi(kind, base, url, `it answered ${describeBody(response, text)}, not JSON`);
  }
}

export function notApi(kind: PortalKind, base: string, url: string, why: string): PortalError {
  return new PortalError(
    'not-api',
    kind,
    base,
    `${base} does not answer like a ${PORTAL_NAMES[kind]} portal: ${why}. Check the address and the kind of portal.`,
    { url },
  );
}

export function httpError(
  kind: PortalKind,
  base: string,
  url: string,
  status: number,
  portalMessage: string | null,
): PortalError {
  return new PortalError(
    'http',
    kind,
    base,
    `The portal at ${base} answered ${status}${portalMessage ? `: ${portalMessage}` : ''}.`,
    { url, status },
  );
}

export function notFound(
  kind: PortalKind,
  base: string,
  url: string,
  dataset: string,
): PortalError {
  return new PortalError(
    'not-found',
    kind,
    base,
    `The portal at ${base} has no dataset "${dataset}".`,
    {
      url,
      status: 404,
      dataset,
    },
  );
}

function describeBody(response: Response, text: string): string {
  const type = response.headers.get('content-type')?.split(';')[0];
  if (type === 'text/html' || /^\s*<(!doctype|html)/i.test(text)) return 'with a web page';
  return type ? `with ${type}` : 'with something else';
}

/** The portal's base URL without trailing slashes or the given API path. */
export function normalizeBase(base: string, apiPath: RegExp): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return trimmed.replace(apiPath, '').replace(/\/+$/, '');
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : undefined;

export const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
