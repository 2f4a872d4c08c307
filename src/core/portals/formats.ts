import type { DatasetFormat } from '../format/types.ts';

const NAMES: Record<string, DatasetFormat> = {
  csv: 'csv',
  'text/csv': 'csv',
  tsv: 'tsv',
  'text/tab-separated-values': 'tsv',
  json: 'json',
  'application/json': 'json',
  geojson: 'geojson',
  'application/geo+json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  parquet: 'parquet',
  'application/vnd.apache.parquet': 'parquet',
  arrow: 'arrow',
  arrows: 'arrow',
  feather: 'arrow',
  'application/vnd.apache.arrow.file': 'arrow',
  'application/vnd.apache.arrow.stream': 'arrow',
  xlsx: 'xlsx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  xls: 'xls',
  'application/vnd.ms-excel': 'xls',
};

/**
 * The runtime's format for a resource, from the portal's format name, else its MIME type, else
 * the URL's extension; null when none is one the runtime reads.
 */
export function formatOf(
  portalFormat: string | null | undefined,
  url?: string | null,
  mime?: string | null,
): DatasetFormat | null {
  for (const name of [portalFormat, mime?.split(';')[0]]) {
    const found = name && NAMES[name.trim().toLowerCase()];
    if (found) return found;
  }
  return url ? formatFromUrl(url) : null;
}

/** The format a URL's file extension names (`.csv`, `.geojson`...), or null. */
export function formatFromUrl(url: string): DatasetFormat | null {
  let path = url;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    // keep the text
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && NAMES[ext]) || null;
}
