import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset } from '../../src/core/data/parse-dataset.ts';
import { demoCatalogSchema, demoExportPath } from '../../src/core/portals/demo-catalog.ts';
import { demoPortalFiles } from '../../vite/demo-portal.ts';
import { demoPortalPlugin, exampleDemoPortal } from '../../vite/demo-portal-plugin.ts';
import { readFrontMatters } from '../../vite/front-matter.ts';
import * as v from 'valibot';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const catalogOf = (files: Map<string, Uint8Array>) =>
  v.parse(demoCatalogSchema, JSON.parse(text(files.get('catalog.json'))));

/** The example notebooks' pins of `data/<file>`, by file. */
function examplePins() {
  const pins = new Map<string, Record<string, unknown>>();
  for (const { front } of readFrontMatters(EXAMPLES)) {
    if (front.translationOf) continue;
    for (const spec of Object.values(
      (front.datasets ?? {}) as Record<string, Record<string, unknown>>,
    ))
      pins.set(String(spec.url).replace('data/', ''), spec);
  }
  return pins;
}

describe('demoPortalPlugin()', () => {
  it('writes the catalog and every export into the build', async () => {
    const root = await mkdtemp(join(tmpdir(), 'demo-portal-'));
    try {
      const plugin: Plugin = demoPortalPlugin();
      const call = (hook: unknown, ...args: unknown[]) =>
        (hook as (...a: unknown[]) => void).call({}, ...args);
      call(plugin.configResolved, { root, build: { outDir: 'out' } });
      call(plugin.writeBundle);
      const dir = join(root, 'out', 'demo-portal');
      const catalog = v.parse(
        demoCatalogSchema,
        JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')),
      );
      expect(catalog.datasets.map((d) => d.dataset_id)).toEqual([
        'atmo-thresholds',
        'paris-arrondissements',
        'paris-arrondissements-surface',
        'seattle-weather',
      ]);
      for (const { dataset_id } of catalog.datasets) {
        for (const format of ['csv', 'json', 'parquet'] as const) {
          const bytes = await readFile(join(dir, demoExportPath(dataset_id, format)));
          expect(bytes.byteLength).toBeGreaterThan(0);
        }
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('demoPortalFiles(notebooks, data)', () => {
  const files = exampleDemoPortal();
  const catalog = catalogOf(files);

  it('gives each example CSV the title, licence, source and date its example pins it with', () => {
    const pins = examplePins();
    expect(catalog.datasets).toHaveLength(pins.size);
    for (const dataset of catalog.datasets) {
      const pin = pins.get(`${dataset.dataset_id}.csv`)!;
      const m = dataset.metas.default;
      expect([m.title, m.license, m.publisher, m.modified]).toEqual([
        pin.title,
        pin.license,
        pin.source,
        pin.retrieved,
      ]);
    }
  });

  it('exports as CSV the very bytes the examples pin', () => {
    for (const [file, pin] of examplePins()) {
      const csv = files.get(demoExportPath(file.replace('.csv', ''), 'csv'))!;
      expect(createHash('sha256').update(csv).digest('hex')).toBe(pin.sha256);
      expect(csv.byteLength).toBe(pin.bytes);
    }
  });

  it('exports JSON and Parquet with the rows, nulls and types of the CSV', async () => {
    for (const dataset of catalog.datasets) {
      const id = dataset.dataset_id;
      const read = (format: 'csv' | 'json' | 'parquet') =>
        parseDataset(files.get(demoExportPath(id, format))!, format, id);
      const csv = await read('csv');
      const dated = dataset.fields.filter((f) => f.type === 'date').map((f) => f.name);
      // JSON has no dates: Opendatasoft writes them as `YYYY-MM-DD` text.
      const plain = (rows: object[]) =>
        rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, value]) => [
              k,
              value instanceof Date ? value.toISOString().slice(0, 10) : value,
            ]),
          ),
        );
      expect(plain((await read('json')).objects())).toEqual(plain(csv.objects()));
      expect((await read('parquet')).objects()).toEqual(csv.objects());
      expect(dataset.metas.default.records_count).toBe(csv.numRows());
      if (id === 'seattle-weather') expect(dated).toEqual(['date']);
    }
  });

  it('counts a CSV with empty cells as nulls of the column type', () => {
    const atmo = catalog.datasets.find((d) => d.dataset_id === 'atmo-thresholds')!;
    expect(atmo.fields.find((f) => f.name === 'upper_ug_m3')?.type).toBe('int');
    const rows = JSON.parse(text(files.get(demoExportPath('atmo-thresholds', 'json'))));
    expect(rows.some((r: Record<string, unknown>) => r.upper_ug_m3 === null)).toBe(true);
  });

  it('finds a dataset by its translations’ words too', () => {
    const weather = catalog.datasets.find((d) => d.dataset_id === 'seattle-weather')!;
    expect(weather.metas.default.keyword).toContain(
      'La météo de Seattle, et une étiquette à vérifier',
    );
  });

  it('refuses a CSV that no example pins, which would have no licence', () => {
    const notebooks = readFrontMatters(EXAMPLES);
    const stray = { file: 'stray.csv', bytes: new TextEncoder().encode('a\n1\n') };
    expect(() => demoPortalFiles(notebooks, [stray])).toThrow(
      'examples/data/stray.csv: no example pins it, so it has no licence',
    );
  });
});
