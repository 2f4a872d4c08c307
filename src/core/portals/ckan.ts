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

/** A CKAN site by its base URL, action API v3. */
export function ckan(baseUrl: string, fetchFn: FetchFn): Portal {
  const base = normalizeBase(baseUrl, /\/api\/3(\/action)?$/);
  const kind = 'ckan' as const;
  const context = (signal?: AbortSignal) => ({ kind, base, fetch: fetchFn, signal });

  /** CKAN wraps every answer in `{success, result}` or `{success: false, error}`. */
  async function action(name: string, params: URLSearchParams, signal?: AbortSignal) {
    const url = `${base}/api/3/action/${name}?${params}`;
    const { status, body } = await getJson(url, context(signal));
    if (!isRecord(body) || typeof body.success !== 'boolean') {
      throw notApi(kind, base, url, 'its answer has no `success`');
    }
    const error = isRecord(body.error) ? body.error : null;
    return { url, status, result: body.success ? body.result : undefined, error };
  }

  return {
    kind,
    base,
    async search(q, { page = 1, pageSize = 20, signal } = {}) {
      const params = new URLSearchParams({
        q: q.trim(),
        rows: String(pageSize),
        start: String((page - 1) * pageSize),
      });
      const { url, status, result, error } = await action('package_search', params, signal);
      if (!isRecord(result) || !Array.isArray(result.results) || typeof result.count !== 'number') {
        if (error) throw httpError(kind, base, url, status, text(error.message) ?? null);
        throw notApi(kind, base, url, 'its search has no `count` and `results`');
      }
      return {
        total: result.count,
        page,
        pageSize,
        datasets: result.results.filter(isRecord).map(summary),
      };
    },
    async dataset(id, { signal } = {}) {
      const { url, status, result, error } = await action(
        'package_show',
        new URLSearchParams({ id }),
        signal,
      );
      if (status === 404 || error?.__type === 'Not Found Error')
        throw notFound(kind, base, url, id);
      if (!isRecord(result) || !Array.isArray(result.resources)) {
        if (error) throw httpError(kind, base, url, status, text(error.message) ?? null);
        throw notApi(kind, base, url, 'the package has no `resources`');
      }
      return {
        ...summary(result),
        description: text(result.notes),
        page: `${base}/dataset/${encodeURIComponent(String(result.name ?? id))}`,
        resources: result.resources.filter(isRecord).map(resource),
      };
    },
  };
}

function summary(p: Record<string, unknown>): PortalDatasetSummary {
  const organization = isRecord(p.organization) ? p.organization : null;
  const licenseId = text(p.license_id);
  const licenseTitle = text(p.license_title);
  const sizes = Array.isArray(p.resources)
    ? p.resources.filter(isRecord).map((r) => count(r.size))
    : [];
  return {
    // The name is the stable, readable id (`package_show?id=` takes either).
    id: text(p.name) ?? String(p.id),
    title: text(p.title) ?? String(p.name ?? p.id),
    publisher: text(organization?.title) ?? text(organization?.name) ?? text(p.author),
    license: toSpdx(licenseId) ?? toSpdx(licenseTitle) ?? licenseId ?? licenseTitle,
    licenseName: licenseTitle ?? licenseId,
    modified: text(p.metadata_modified),
    size:
      sizes.length && sizes.every((s) => s !== undefined)
        ? sizes.reduce((a, b) => a! + b!, 0)
        : undefined,
  };
}

function resource(r: Record<string, unknown>): PortalResource {
  const url = text(r.url) ?? '';
  return {
    id: text(r.id),
    title: text(r.name) ?? url,
    format: formatOf(text(r.format), url, text(r.mimetype)),
    portalFormat: text(r.format) ?? '',
    url,
    size: count(r.size),
    modified: text(r.last_modified) ?? text(r.created),
  };
}
