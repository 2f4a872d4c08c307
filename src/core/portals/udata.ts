import { toSpdx } from '../licenses/spdx.ts';
import {
  count,
  getJson,
  httpError,
  isRecord,
  normalizeBase,
  notApi,
  notFound,
  text,
} from './http.ts';
import { formatOf } from './formats.ts';
import type { FetchFn, Portal, PortalDatasetSummary, PortalResource } from './types.ts';

/** data.gouv.fr or another udata portal, API v1. */
export function udata(baseUrl: string, fetchFn: FetchFn): Portal {
  const base = normalizeBase(baseUrl, /\/api\/1$/);
  const kind = 'udata' as const;
  const context = (signal?: AbortSignal) => ({ kind, base, fetch: fetchFn, signal });

  return {
    kind,
    base,
    async search(q, { page = 1, pageSize = 20, signal } = {}) {
      const params = new URLSearchParams({
        q: q.trim(),
        page: String(page),
        page_size: String(pageSize),
      });
      const url = `${base}/api/1/datasets/?${params}`;
      const { status, body } = await getJson(url, context(signal));
      if (status === 404) throw notApi(kind, base, url, 'it has no /api/1/datasets/');
      if (status !== 200) throw httpError(kind, base, url, status, messageOf(body));
      if (!isRecord(body) || !Array.isArray(body.data) || typeof body.total !== 'number') {
        throw notApi(kind, base, url, 'its search has no `data` and `total`');
      }
      return {
        total: body.total,
        page: count(body.page) ?? page,
        pageSize: count(body.page_size) ?? pageSize,
        datasets: body.data.filter(isRecord).map(summary),
      };
    },
    async dataset(id, { signal } = {}) {
      const url = `${base}/api/1/datasets/${encodeURIComponent(id)}/`;
      const { status, body } = await getJson(url, context(signal));
      if (status === 404) throw notFound(kind, base, url, id);
      if (status !== 200) throw httpError(kind, base, url, status, messageOf(body));
      if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.resources)) {
        throw notApi(kind, base, url, 'the dataset has no `id` and `resources`');
      }
      return {
        ...summary(body),
        description: text(body.description),
        page: text(body.page),
        resources: body.resources.filter(isRecord).map(resource),
      };
    },
  };
}

function summary(d: Record<string, unknown>): PortalDatasetSummary {
  const organization = isRecord(d.organization) ? d.organization : null;
  const owner = isRecord(d.owner) ? d.owner : null;
  const licenseName = text(d.license);
  const sizes = Array.isArray(d.resources)
    ? d.resources.filter(isRecord).map((r) => count(r.filesize))
    : [];
  return {
    id: String(d.id),
    title: text(d.title) ?? String(d.id),
    publisher:
      text(organization?.name) ??
      ([text(owner?.first_name), text(owner?.last_name)].filter(Boolean).join(' ') || undefined),
    license: toSpdx(licenseName) ?? licenseName,
    licenseName,
    modified: text(d.last_update) ?? text(d.last_modified),
    size:
      sizes.length && sizes.every((s) => s !== undefined)
        ? sizes.reduce((a, b) => a! + b!, 0)
        : undefined,
  };
}

function resource(r: Record<string, unknown>): PortalResource {
  const url = text(r.url) ?? text(r.latest) ?? '';
  return {
    id: text(r.id),
    title: text(r.title) ?? url,
    format: formatOf(text(r.format), url, text(r.mime)),
    portalFormat: text(r.format) ?? '',
    url,
    size: count(r.filesize),
    modified: text(r.last_modified),
  };
}

function messageOf(body: unknown): string | null {
  return isRecord(body) ? (text(body.message) ?? null) : null;
}
