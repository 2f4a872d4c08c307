import type { DatasetFormat } from '../../core/format/types.ts';

const EXTENSIONS: Record<string, DatasetFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  geojson: 'geojson',
  arrow: 'arrow',
  feather: 'arrow',
  ipc: 'arrow',
  arrows: 'arrow',
  parquet: 'parquet',
  xlsx: 'xlsx',
  xls: 'xls',
};

/** The path of a URL, or a file name without its query. */
function pathOf(nameOrUrl: string): string {
  try {
    return new URL(nameOrUrl).pathname;
  } catch {
    return nameOrUrl.split(/[?#]/)[0];
  }
}

/**
 * The format a file name or URL says, by its extension; also Opendatasoft's
 * `/exports/{format}` paths, which have none.
 */
export function formatFromName(nameOrUrl: string): DatasetFormat | null {
  const path = pathOf(nameOrUrl);
  const exported = /\/exports\/([a-z]+)\/?$/i.exec(path);
  if (exported) return EXTENSIONS[exported[1].toLowerCase()] ?? null;
  const extension = /\.([a-z]+)$/i.exec(path)?.[1].toLowerCase();
  return (extension && EXTENSIONS[extension]) || null;
}

/** The format a Content-Type says; `null` for generic types (text/plain, octet-stream). */
export function formatFromType(contentType: string | null | undefined): DatasetFormat | null {
  const type = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (type === 'text/tab-separated-values') return 'tsv';
  if (type === 'application/geo+json' || type === 'application/vnd.geo+json') return 'geojson';
  if (type === 'application/json') return 'json';
  if (type.startsWith('application/vnd.apache.arrow')) return 'arrow';
  if (type === 'application/vnd.apache.parquet' || type === 'application/x-parquet')
    return 'parquet';
  if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  if (type === 'application/vnd.ms-excel') return 'xls';
  return null;
}

/** The format the first bytes show: magic numbers for binary formats, the shape of text. */
export function formatFromBytes(bytes: Uint8Array): DatasetFormat | null {
  // A zip is taken for xlsx (the only zipped format read); OLE2 compound files for xls.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (head.startsWith('PAR1')) return 'parquet';
  if (head.startsWith('ARROW1') || (bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff))
    return 'arrow';
  const text = head.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('{') && /"FeatureCollection"|"Feature"/.test(text)) return 'geojson';
  if (text.startsWith('[')) return 'json';
  if (!text) return null;
  const firstLine = text.split(/\r?\n/)[0];
  const tabs = firstLine.split('\t').length;
  const others = Math.max(firstLine.split(',').length, firstLine.split(';').length);
  return tabs > others ? 'tsv' : 'csv';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The format of a download: its name first, then its Content-Type, then its bytes. */
export function detectFormat(
  nameOrUrl: string,
  contentType?: string | null,
  bytes?: Uint8Array,
): DatasetFormat | null {
  return (
    formatFromName(nameOrUrl) ??
    formatFromType(contentType) ??
    (bytes ? formatFromBytes(bytes) : null)
  );
}

/** A dataset name from a file name or URL: `paris-arrondissements.csv` → `paris_arrondissements`. */
export function nameFromFile(nameOrUrl: string): string {
  const path = pathOf(nameOrUrl);
  const base = decodeURIComponent(path.split('/').filter(Boolean).at(-1) ?? '')
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) return 'data';
  return /^[a-z]/.test(base) ? base : `d_${base}`;
}

/** Names a dataset may have: a letter, then letters, digits, `_` or `-`. */
export const DATASET_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** `name`, or `name_2`, `name_3`… the first not in `taken`. */
export function freeName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  for (let n = 2; ; n++) if (!used.has(`${name}_${n}`)) return `${name}_${n}`;
}
