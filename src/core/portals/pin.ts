import { sha256Hex } from '../data/sha256.ts';
import type { DatasetFormat, DatasetQuery, DatasetSpec } from '../format/types.ts';
import { opendatasoftExportUrl } from './opendatasoft.ts';
import type { Portal, PortalDataset, PortalResource } from './types.ts';

export interface PinInput {
  portal: Pick<Portal, 'kind' | 'base'>;
  dataset: PortalDataset;
  resource: PortalResource;
  /** The downloaded bytes (hashed here). */
  bytes: Uint8Array;
  /** Opendatasoft: the ODSQL query the export was made with. */
  query?: DatasetQuery;
  /** When the resource's format is unknown to the portal, the one the person chose. */
  format?: DatasetFormat;
  /** The URL that served the bytes, when it differs from the resource's (a query, a redirect). */
  url?: string;
  /** Retrieval date; default now. */
  retrieved?: Date;
}

/**
 * The front-matter entry that pins a portal resource: where it came from (URL, portal, query),
 * its bytes' SHA-256 and size, when it was retrieved, the portal's own modified stamp, and
 * the licence as an SPDX id (or the portal's words when unknown), publisher and title.
 */
export async function pinSpec(input: PinInput): Promise<DatasetSpec> {
  const { portal, dataset, resource, bytes } = input;
  const format = input.format ?? resource.format;
  if (!format) {
    throw new Error(
      `The resource "${resource.title}" is in a format the notebook cannot read (${resource.portalFormat || 'unknown'}); choose CSV, TSV, JSON, GeoJSON, Arrow or Parquet.`,
    );
  }
  const query = cleanQuery(input.query);
  const url =
    input.url ??
    (portal.kind === 'opendatasoft'
      ? opendatasoftExportUrl(portal.base, dataset.id, format, query)
      : resource.url);
  const spec: DatasetSpec = {
    url,
    format,
    sha256: await sha256Hex(bytes),
    bytes: bytes.byteLength,
  };
  if (dataset.license) spec.license = dataset.license;
  if (dataset.publisher) spec.source = dataset.publisher;
  spec.title = dataset.title;
  spec.retrieved = (input.retrieved ?? new Date()).toISOString().slice(0, 10);
  spec.portal = {
    kind: portal.kind,
    base: portal.base,
    dataset: dataset.id,
    ...(resource.id ? { resource: resource.id } : {}),
  };
  if (query && portal.kind === 'opendatasoft') spec.query = query;
  const modified = resource.modified ?? dataset.modified;
  if (modified) spec.modified = modified;
  return spec;
}

function cleanQuery(query: DatasetQuery | undefined): DatasetQuery | undefined {
  if (!query) return undefined;
  const clean: DatasetQuery = {};
  for (const key of ['select', 'where', 'group_by', 'order_by'] as const) {
    const value = query[key]?.trim();
    if (value) clean[key] = value;
  }
  return Object.keys(clean).length ? clean : undefined;
}
