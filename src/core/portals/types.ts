import type { DatasetFormat, DatasetPortal, DatasetQuery } from '../format/types.ts';
import type { FetchFn } from '../data/download.ts';

export type PortalKind = DatasetPortal['kind'];
export type { FetchFn };

/** One file (or export) of a portal dataset that can be downloaded. */
export interface PortalResource {
  /** The portal's resource id (udata, CKAN); absent for Opendatasoft exports. */
  id?: string;
  title: string;
  /** The format as the runtime names it, or null when it cannot read it (PDF, XLSX...). */
  format: DatasetFormat | null;
  /** The format as the portal names it ("CSV", "csv", "GeoJSON", "xlsx"...). */
  portalFormat: string;
  url: string;
  /** Bytes, when the portal says. */
  size?: number;
  /** ISO date-time of the resource's last change, when the portal says. */
  modified?: string;
}

/** A dataset as a search lists it. */
export interface PortalDatasetSummary {
  id: string;
  title: string;
  publisher?: string;
  /** SPDX id when the portal's licence name is known, else the portal's own words. */
  license?: string;
  /** The portal's own licence name or id. */
  licenseName?: string;
  /** ISO date-time of the data's last change. */
  modified?: string;
  /** Records (Opendatasoft). */
  records?: number;
  /** Total bytes of its resources, when the portal gives their sizes. */
  size?: number;
}

export interface PortalField {
  name: string;
  label: string;
  type: string;
}

/** A dataset with its resources, ready to choose one. */
export interface PortalDataset extends PortalDatasetSummary {
  description?: string;
  /** The dataset's page on the portal, for people. */
  page?: string;
  resources: PortalResource[];
  /** Opendatasoft: the fields, for building a query. */
  fields?: PortalField[];
}

export interface SearchResult {
  /** Matching datasets in all pages. */
  total: number;
  /** From 1. */
  page: number;
  pageSize: number;
  datasets: PortalDatasetSummary[];
}

export interface SearchOptions {
  /** From 1; default 1. */
  page?: number;
  /** Default 20. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** An open-data portal's read-only API. */
export interface Portal {
  kind: PortalKind;
  /** The portal's base URL, normalized (no trailing slash, no API path). */
  base: string;
  search(q: string, options?: SearchOptions): Promise<SearchResult>;
  dataset(id: string, options?: { signal?: AbortSignal }): Promise<PortalDataset>;
  /**
   * Opendatasoft only: runs a query on the dataset's records, to show how many rows the export
   * will have and the first ones (at most 100), before downloading. Refused queries throw a
   * `PortalError` with reason `query`.
   */
  preview?(
    id: string,
    query: DatasetQuery,
    options?: { limit?: number; signal?: AbortSignal },
  ): Promise<{ total: number; rows: Record<string, unknown>[] }>;
}
