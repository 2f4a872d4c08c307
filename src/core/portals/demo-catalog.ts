/**
 * The demo portal's files: a catalog in the shape of Opendatasoft's Explore API v2.1, built
 * from the example datasets when the app is built (`vite/demo-portal.ts`) and served as static
 * files beside the app, under `demo-portal/`. The exports sit at the very paths of the API
 * (`api/explore/v2.1/catalog/datasets/<id>/exports/<format>`), so a pinned export URL is a plain
 * file any static host serves (it ignores the query string); the listing, the search and a
 * dataset's metadata are answered from `catalog.json` by `demoPortalFetch`.
 */
import * as v from 'valibot';

/** The folder of the demo portal in the app's output. */
export const DEMO_PORTAL_DIR = 'demo-portal';
/** The catalog's file, in that folder. */
export const DEMO_CATALOG_FILE = 'catalog.json';
/** The exports every demo dataset has (the formats the Opendatasoft client offers, but GeoJSON). */
export const DEMO_EXPORTS = ['csv', 'json', 'parquet'] as const;
export type DemoExport = (typeof DEMO_EXPORTS)[number];

/** Where an export of dataset `id` lies, relative to the demo portal's folder. */
export function demoExportPath(id: string, format: DemoExport): string {
  return `api/explore/v2.1/catalog/datasets/${encodeURIComponent(id)}/exports/${format}`;
}

const field = v.object({
  name: v.string(),
  label: v.string(),
  type: v.picklist(['text', 'int', 'double', 'date']),
});

const dataset = v.object({
  dataset_id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]*$/)),
  fields: v.array(field),
  metas: v.object({
    default: v.object({
      title: v.string(),
      description: v.string(),
      keyword: v.array(v.string()),
      publisher: v.string(),
      license: v.string(),
      records_count: v.number(),
      modified: v.string(),
      data_processed: v.string(),
    }),
  }),
});

/** `catalog.json`: every dataset as the API's `catalog/datasets/<id>` answers it. */
export const demoCatalogSchema = v.object({ datasets: v.array(dataset) });

export type DemoCatalog = v.InferOutput<typeof demoCatalogSchema>;
export type DemoDataset = DemoCatalog['datasets'][number];
export type DemoField = DemoDataset['fields'][number];
