import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { DatasetSpec } from '../../../src/core/format/types.ts';
import type { DatasetEvent } from '../../../src/core/runtime/events.ts';
import { Datasets } from '../../../src/core/runtime/datasets.ts';

const CSV = 'nom;surface_km2\nParis 1er;1,83\nLyon;n/a\nÉvry;17,25\n';

async function datasetsOf(text: string) {
  const bytes = new TextEncoder().encode(text);
  const spec: DatasetSpec = { url: 'x.csv', format: 'csv', sha256: await sha256Hex(bytes) };
  const events: DatasetEvent[] = [];
  let loads = 0;
  const datasets = new Datasets(
    async () => {
      loads++;
      return bytes;
    },
    false,
    (event) => events.push(event),
  );
  return { datasets, spec, events, loads: () => loads };
}

describe('Datasets and csv dialects', () => {
  it('datasets.table(name) tells the dialect it read a csv with and the notes on its columns', async () => {
    const { datasets, spec, events } = await datasetsOf(CSV);
    datasets.set({ x: spec });
    await datasets.table('x');
    expect(events.find((e) => e.kind === 'parse-end')).toMatchObject({
      dialect: { delimiter: ';', decimal: ',', encoding: 'utf-8', dates: 'iso', header: true },
      notes: [
        {
          column: 'surface_km2',
          code: 'column-not-number',
          params: expect.objectContaining({ value: 'n/a', line: 3 }),
        },
      ],
    });
  });

  it('datasets.table(name) reads the table again when the pinned dialect changes', async () => {
    const { datasets, spec, events, loads } = await datasetsOf(CSV);
    datasets.set({ x: spec });
    const detected = await datasets.table('x');
    datasets.set({ x: { ...spec, csv: { decimal: '.', header: true } } });
    const pinned = await datasets.table('x');
    expect(pinned).not.toBe(detected);
    expect(loads()).toBe(2);
    const ends = events.filter((e) => e.kind === 'parse-end');
    expect(ends.map((e) => e.kind === 'parse-end' && e.dialect?.decimal)).toEqual([',', '.']);
    // The same keys in another order are the same dialect: the table read before.
    datasets.set({ x: { ...spec, csv: { header: true, decimal: '.' } } });
    expect(await datasets.table('x')).toBe(pinned);
    expect(loads()).toBe(2);
  });

  it('datasets.table(name) tells no dialect for a format that has none', async () => {
    const bytes = new TextEncoder().encode('[{"a": 1}]');
    const events: DatasetEvent[] = [];
    const datasets = new Datasets(
      async () => bytes,
      false,
      (e) => events.push(e),
    );
    datasets.set({ j: { url: 'j.json', format: 'json', sha256: await sha256Hex(bytes) } });
    await datasets.table('j');
    const end = events.find((e) => e.kind === 'parse-end');
    expect(end && 'dialect' in end).toBe(false);
    expect(end && 'notes' in end).toBe(false);
  });
});
