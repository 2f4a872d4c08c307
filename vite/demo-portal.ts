/**
 * Builds the demo portal's files (see `src/core/portals/demo-catalog.ts`) from the example
 * datasets: one Opendatasoft-shaped dataset per `examples/data/*.csv`, with the title, licence,
 * source and retrieval date an example notebook pins it with, and its CSV (the very bytes the
 * examples pin), JSON and Parquet exports. A CSV no example pins is an error: the portal would
 * have no licence to give it.
 */
import * as aq from 'arquero';
import {
  DEMO_CATALOG_FILE,
  demoExportPath,
  type DemoCatalog,
  type DemoDataset,
  type DemoField,
} from '../src/core/portals/demo-catalog.ts';
import type { FrontMatter } from './front-matter.ts';
import { writeParquet, type ParquetColumn } from './parquet-writer.ts';

/** A CSV of `examples/data/`, by file name. */
export interface DataFile {
  file: string;
  bytes: Uint8Array;
}

/** What the examples say of one data file. */
interface Pinned {
  title: string;
  license: string;
  source: string;
  retrieved: string;
  /** The names, notebook titles and translated titles it is known by, for the search. */
  keywords: string[];
  notebooks: string[];
}

/** The demo portal's files, by path relative to its folder. */
export function demoPortalFiles(
  notebooks: readonly FrontMatter[],
  data: readonly DataFile[],
): Map<string, Uint8Array> {
  const pins = pinnedData(notebooks);
  const files = new Map<string, Uint8Array>();
  const datasets: DemoDataset[] = [];
  // By id, so that a name comes before its longer variants.
  const byId = (file: string) => file.replace(/\.csv$/, '');
  for (const { file, bytes } of [...data].sort((a, b) => (byId(a.file) < byId(b.file) ? -1 : 1))) {
    const pinned = pins.get(file);
    if (!pinned) throw new Error(`examples/data/${file}: no example pins it, so it has no licence`);
    const id = byId(file);
    const text = new TextDecoder().decode(bytes);
    const table = aq.fromCSV(text, { autoType: false });
    const columns = table.columnNames().map((name) =>
      typed(
        name,
        Array.from(table.array(name), (c: unknown) => (c ?? '') as string),
      ),
    );
    const rows = Array.from({ length: table.numRows() }, (_, i) =>
      Object.fromEntries(columns.map((c) => [c.name, c.values[i]])),
    );
    files.set(demoExportPath(id, 'csv'), bytes);
    files.set(demoExportPath(id, 'json'), utf8(JSON.stringify(rows)));
    files.set(demoExportPath(id, 'parquet'), writeParquet(columns, rows.length));
    datasets.push(dataset(id, pinned, columns, rows.length));
  }
  const catalog: DemoCatalog = { datasets };
  files.set(DEMO_CATALOG_FILE, utf8(JSON.stringify(catalog, null, 2)));
  return files;
}

/** What the notebooks pin of each `data/*.csv`: originals first, translations add words. */
function pinnedData(notebooks: readonly FrontMatter[]): Map<string, Pinned> {
  const pins = new Map<string, Pinned>();
  const originals = notebooks.filter((n) => !n.front.translationOf);
  const translations = notebooks.filter((n) => n.front.translationOf);
  for (const { file, front } of [...originals, ...translations]) {
    const entries = front.datasets && typeof front.datasets === 'object' ? front.datasets : {};
    for (const [name, spec] of Object.entries(entries as Record<string, Record<string, unknown>>)) {
      const url = typeof spec?.url === 'string' ? spec.url : '';
      const data = /^data\/([^/]+\.csv)$/.exec(url)?.[1];
      if (!data) continue;
      const title = String(spec.title ?? name);
      const notebook = String(front.title ?? file);
      const known = pins.get(data);
      if (known) {
        known.keywords.push(...[name, title, notebook].filter((k) => !known.keywords.includes(k)));
        continue;
      }
      if (front.translationOf) continue;
      const missing = ['license', 'source', 'retrieved'].filter((key) => !spec[key]);
      if (missing.length)
        throw new Error(`${file}: dataset "${name}" has no ${missing.join(', ')}`);
      pins.set(data, {
        title,
        license: String(spec.license),
        source: String(spec.source),
        retrieved: retrievedDate(spec.retrieved),
        keywords: [name],
        notebooks: [notebook],
      });
    }
  }
  return pins;
}

function dataset(id: string, pinned: Pinned, columns: ParquetColumn[], rows: number): DemoDataset {
  const fields: DemoField[] = columns.map(({ name, type }) => ({ name, label: name, type }));
  return {
    dataset_id: id,
    fields,
    metas: {
      default: {
        title: pinned.title,
        description: `Sample data of algobook's example notebook “${pinned.notebooks.join('”, “')}”. Source: ${pinned.source}.`,
        keyword: pinned.keywords,
        publisher: pinned.source,
        license: pinned.license,
        records_count: rows,
        modified: pinned.retrieved,
        data_processed: pinned.retrieved,
      },
    },
  };
}

/** A column's type, as Opendatasoft names it, from its text: the narrowest that fits every cell. */
function typed(name: string, cells: readonly string[]): ParquetColumn {
  const present = cells.filter((c) => c !== '');
  const all = (test: RegExp) => present.length > 0 && present.every((c) => test.test(c));
  const number = (c: string) => (c === '' ? null : Number(c));
  if (all(/^-?\d{1,9}$/)) return { name, type: 'int', values: cells.map(number) };
  if (all(/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i))
    return { name, type: 'double', values: cells.map(number) };
  if (all(/^\d{4}-\d{2}-\d{2}$/))
    return { name, type: 'date', values: cells.map((c) => (c === '' ? null : c)) };
  return { name, type: 'text', values: cells.map((c) => (c === '' ? null : c)) };
}

/** YAML reads an unquoted `2026-11-25` as a Date. */
function retrievedDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
