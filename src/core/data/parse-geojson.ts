import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { DatasetParseCode, ErrorParams } from '../errors/index.ts';

/**
 * A GeoJSON FeatureCollection (or a single Feature) as a table: one row per feature, a column
 * per property (the union over all features, as properties may differ), and a `geometry` column
 * holding each feature's GeoJSON geometry (`_geometry` when a property is already so named).
 */
export function fromGeoJson(
  data: unknown,
  fail: (code: DatasetParseCode, params?: ErrorParams) => Error,
): ColumnTable {
  const type = (data as { type?: unknown } | null)?.type;
  const features: unknown =
    type === 'FeatureCollection'
      ? (data as { features?: unknown }).features
      : type === 'Feature'
        ? [data]
        : undefined;
  if (!Array.isArray(features)) {
    throw type === undefined
      ? fail('geojson-not-geojson')
      : fail('geojson-not-collection', { type: JSON.stringify(type) });
  }
  const names = new Set<string>();
  for (let i = 0; i < features.length; ++i) {
    const feature = features[i] as { type?: unknown; properties?: unknown } | null;
    if (typeof feature !== 'object' || feature === null || feature.type !== 'Feature') {
      throw fail('geojson-not-feature', { item: i });
    }
    const properties = feature.properties;
    if (properties === null || properties === undefined) continue;
    if (typeof properties !== 'object' || Array.isArray(properties)) {
      throw fail('geojson-properties', { item: i });
    }
    for (const key in properties) names.add(key);
  }
  const geometry = names.has('geometry') ? '_geometry' : 'geometry';
  const columns: Record<string, unknown[]> = {};
  for (const name of names) columns[name] = new Array(features.length);
  columns[geometry] = new Array(features.length);
  features.forEach(
    (feature: { properties?: Record<string, unknown> | null; geometry?: unknown }, i) => {
      const properties = feature.properties ?? {};
      for (const name of names) columns[name][i] = properties[name] ?? null;
      columns[geometry][i] = feature.geometry ?? null;
    },
  );
  return aq.table(columns);
}
